/**
 * @module openapi
 * The OpenAPI 3.1 description of `/api`, served at `/api/openapi.json`.
 */
const json = (schema: object) => ({ 'application/json': { schema } });
const ok = (description: string, schema: object = { type: 'object' }) => ({
  '200': { description, content: json(schema) },
});
const errors = {
  '400': { description: 'Bad input' },
  '401': { description: 'Not logged in' },
  '403': { description: 'Forbidden or CSRF token missing' },
  '404': { description: 'Not found or not yours' },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Officemate API',
    version: '1',
    description:
      'Sessions, files, search, grounded answers and skills. Cookie sessions need the X-CSRF-Token header on writes; API clients send Authorization: Bearer TOKEN.',
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'officemate_session' },
    },
  },
  security: [{ bearer: [] }, { cookie: [] }],
  paths: {
    '/api/session': {
      post: {
        summary: 'Log in',
        security: [],
        requestBody: {
          content: json({
            type: 'object',
            required: ['user', 'password'],
            properties: { user: { type: 'string' }, password: { type: 'string' } },
          }),
        },
        responses: {
          ...ok('Session token and CSRF token', {
            type: 'object',
            properties: { token: { type: 'string' }, csrf: { type: 'string' }, user: { type: 'string' } },
          }),
          '401': { description: 'Wrong credentials' },
          '429': { description: 'Too many failed logins' },
        },
      },
      delete: { summary: 'Log out', responses: ok('Logged out') },
    },
    '/api/me': { get: { summary: 'The current user and CSRF token', responses: ok('User') } },
    '/api/users': {
      get: {
        summary: 'User names (to share with); administrators also see who is an administrator',
        responses: ok('Users'),
      },
      post: {
        summary: 'Add a user (administrators only)',
        requestBody: {
          content: json({
            type: 'object',
            required: ['name', 'password'],
            properties: {
              name: { type: 'string' },
              password: { type: 'string' },
              admin: { type: 'boolean' },
            },
          }),
        },
        responses: { '201': { description: 'Added' }, '409': { description: 'Exists' }, ...errors },
      },
    },
    '/api/files': {
      get: { summary: 'Files you own or that are shared with you', responses: ok('Files') },
      post: {
        summary: 'Upload files (multipart field "file", repeatable); indexing runs in the background',
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        },
        responses: {
          '201': { description: 'Stored files' },
          '413': { description: 'Too large' },
          '415': { description: 'Not a readable format' },
          ...errors,
        },
      },
    },
    '/api/files/{id}': {
      get: { summary: 'One file and its indexing status', responses: { ...ok('File'), ...errors } },
    },
    '/api/files/{id}/download': {
      get: {
        summary: 'The original bytes, under the original name',
        responses: { '200': { description: 'File' }, ...errors },
      },
    },
    '/api/files/{id}/preview': {
      get: { summary: 'The file as Markdown', responses: { ...ok('Preview'), ...errors } },
    },
    '/api/files/{id}/share': {
      post: {
        summary: 'Share with users (owner only); replaces the list',
        requestBody: {
          content: json({
            type: 'object',
            properties: { users: { type: 'array', items: { type: 'string' } } },
          }),
        },
        responses: { ...ok('File'), ...errors },
      },
    },
    '/api/search': {
      get: {
        summary: 'Ranked passages from files you may read',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'k', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { ...ok('Results'), ...errors },
      },
    },
    '/api/ask': {
      post: {
        summary:
          'A grounded answer with citations (JSON, or SSE with Accept: text/event-stream: text-start, text-delta, citation, finish)',
        requestBody: {
          content: json({
            type: 'object',
            required: ['question'],
            properties: { question: { type: 'string' }, sessionId: { type: 'string' } },
          }),
        },
        responses: { ...ok('Answer'), ...errors },
      },
    },
    '/api/skills/{id}': {
      post: {
        summary:
          'Run a skill (deck, analyze, recap, summarize, mail-summarize, mail-reply, draft) on your files; generated files appear in /api/files',
        requestBody: {
          content: json({
            type: 'object',
            properties: {
              fileId: { type: 'string' },
              fileIds: { type: 'array', items: { type: 'string' } },
              prompt: { type: 'string' },
              question: { type: 'string' },
              query: { type: 'string' },
              slides: { type: 'integer' },
              theme: { type: 'string' },
            },
          }),
        },
        responses: {
          ...ok('Result and the artifact download URL'),
          '422': { description: 'The skill failed' },
          ...errors,
        },
      },
    },
  },
} as const;
