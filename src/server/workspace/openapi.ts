/**
 * @module openapi
 * The OpenAPI 3.1 description of `/api`, served at `/api/openapi.json`, generated from the
 * same zod schemas the routes validate with: the request bodies in `src/protocol/api.ts` and
 * one `POST /api/skills/{id}` entry per skill in the registry, with the skill's own input and
 * output schemas.
 */
import { z } from 'zod';
import {
  AskBody,
  ConversationPatch,
  LoginBody,
  MailReplyBody,
  NewConversationBody,
  NewPageBody,
  NewUserBody,
  PagePatch,
  QuotaBody,
  ShareBody,
} from '../../protocol/api.ts';
import { SKILLS } from '../../skills/registry.ts';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });
const body = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: schemaOf(schema) } },
});
const ok = (description: string, schema: object = { type: 'object' }) => ({
  '200': { description, content: { 'application/json': { schema } } },
});
const errors = {
  '400': { description: 'Bad input' },
  '401': { description: 'Not logged in' },
  '403': { description: 'Forbidden or CSRF token missing' },
  '404': { description: 'Not found or not yours' },
};
const fileId = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const mailThread = [
  { name: 'fileId', in: 'path', required: true, schema: { type: 'string' } },
  { name: 'threadId', in: 'path', required: true, schema: { type: 'string' } },
];

function skillPaths() {
  return Object.fromEntries(
    SKILLS.map((skill) => [
      `/api/skills/${skill.id}`,
      {
        post: {
          operationId: `skill-${skill.id}`,
          summary: skill.description,
          description:
            'File references are file ids you may read; files the skill makes appear in /api/files. With the header Prefer: respond-async the run is queued as a durable job: 202 with its id and statusUrl (GET /api/skill-runs/{id}).',
          parameters: [{ name: 'Prefer', in: 'header', schema: { type: 'string', enum: ['respond-async'] } }],
          requestBody: body(skill.input),
          responses: {
            ...ok('The result, with file ids for files, and the stored artifacts', {
              type: 'object',
              properties: {
                skill: { const: skill.id },
                result: schemaOf(skill.output, 'output'),
                artifacts: { type: 'array', items: { type: 'object' } },
              },
            }),
            '202': { description: 'Queued (Prefer: respond-async): id, status and statusUrl' },
            '422': { description: 'The skill failed' },
            ...errors,
          },
        },
      },
    ]),
  );
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Officemate API',
      version: '1',
      description:
        'Sessions, files, search, grounded answers and skills. Cookie sessions need the X-CSRF-Token header on writes; API clients send Authorization: Bearer TOKEN. MCP clients use /mcp with the same token.',
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
          requestBody: body(LoginBody),
          responses: {
            ...ok('Session token and CSRF token'),
            '401': { description: 'Wrong credentials' },
            '429': { description: 'Too many failed logins' },
          },
        },
        delete: { summary: 'Log out', responses: ok('Logged out') },
      },
      '/api/me': { get: { summary: 'The current user and CSRF token', responses: ok('User') } },
      '/api/users': {
        get: {
          summary: 'User names (to share with); administrators also see who is one',
          responses: ok('Users'),
        },
        post: {
          summary: 'Add a user (administrators only)',
          requestBody: body(NewUserBody),
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
        get: {
          summary: 'One file and its indexing status',
          parameters: fileId,
          responses: { ...ok('File'), ...errors },
        },
        delete: {
          summary: 'Delete a file (owner or administrator): its bytes, record, passages and people mentions',
          parameters: fileId,
          responses: { ...ok('Deleted'), ...errors },
        },
      },
      '/api/files/{id}/download': {
        get: {
          summary: 'The original bytes, under the original name',
          parameters: fileId,
          responses: { '200': { description: 'File' }, ...errors },
        },
      },
      '/api/files/{id}/preview': {
        get: {
          summary: 'The file as Markdown',
          parameters: fileId,
          responses: { ...ok('Preview'), ...errors },
        },
      },
      '/api/files/{id}/share': {
        post: {
          summary: 'Share with users (owner only); replaces the list',
          parameters: fileId,
          requestBody: body(ShareBody),
          responses: { ...ok('File'), ...errors },
        },
      },
      '/api/search': {
        get: {
          summary: 'Ranked passages from files you may read',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'k', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
          ],
          responses: { ...ok('Results'), ...errors },
        },
      },
      '/api/ask': {
        post: {
          summary:
            'A grounded answer with citations (JSON, or SSE with Accept: text/event-stream: text-start, text-delta, citation, finish)',
          requestBody: body(AskBody),
          responses: { ...ok('Answer'), ...errors },
        },
      },
      '/api/conversations': {
        get: { summary: 'Your conversations, most recently used first', responses: ok('Conversations') },
        post: {
          summary: 'Start a conversation (scope: all, one file, mail only, meetings only)',
          requestBody: body(NewConversationBody),
          responses: { '201': { description: 'Started' }, ...errors },
        },
      },
      '/api/conversations/{id}': {
        get: {
          summary: 'One of your conversations with its turns',
          parameters: fileId,
          responses: { ...ok('Conversation'), ...errors },
        },
        patch: {
          summary: 'Rename or rescope one of your conversations',
          parameters: fileId,
          requestBody: body(ConversationPatch),
          responses: { ...ok('Conversation'), ...errors },
        },
        delete: {
          summary: 'Delete one of your conversations and its turns',
          parameters: fileId,
          responses: { ...ok('Deleted'), ...errors },
        },
      },
      '/api/admin/usage': {
        get: {
          summary: 'Model usage per user and per day over the last `days` (administrators only)',
          parameters: [{ name: 'days', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 366 } }],
          responses: { ...ok('Usage'), ...errors },
        },
      },
      '/api/admin/jobs': {
        get: {
          summary: 'The latest indexing jobs and their status (administrators only)',
          responses: { ...ok('Jobs'), ...errors },
        },
      },
      '/api/files/{id}/thumbnails': {
        get: {
          summary: "A deck's slide thumbnails: the rendering job's status and one PNG URL per slide",
          parameters: fileId,
          responses: { ...ok('Thumbnails'), ...errors },
        },
      },
      '/api/admin/users': {
        get: {
          summary: "Users with their daily token quota and today's tokens (administrators only)",
          responses: { ...ok('Users'), ...errors },
        },
      },
      '/api/admin/users/{name}': {
        patch: {
          summary: "Set or lift (null) a user's daily token quota (administrators only)",
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body(QuotaBody),
          responses: { ...ok('User'), ...errors },
        },
      },
      '/api/pages': {
        get: { summary: 'Your pages and those shared with you', responses: ok('Pages') },
        post: {
          summary: 'Save an answer or result as a page (Markdown with its citations)',
          requestBody: body(NewPageBody),
          responses: { '201': { description: 'Saved' }, ...errors },
        },
      },
      '/api/pages/{id}': {
        get: {
          summary: 'A page you own or that is shared with you',
          parameters: fileId,
          responses: { ...ok('Page'), ...errors },
        },
        patch: {
          summary: 'Change the title or text (owner only)',
          parameters: fileId,
          requestBody: body(PagePatch),
          responses: { ...ok('Page'), ...errors },
        },
        delete: {
          summary: 'Delete a page (owner only)',
          parameters: fileId,
          responses: { ...ok('Deleted'), ...errors },
        },
      },
      '/api/pages/{id}/share': {
        post: {
          summary: 'Share with users (owner only); replaces the list',
          parameters: fileId,
          requestBody: body(ShareBody),
          responses: { ...ok('Page'), ...errors },
        },
      },
      '/api/pages/{id}/docx': {
        get: {
          summary: 'The page as a Word document, citations as footnotes',
          parameters: fileId,
          responses: { '200': { description: 'The .docx' }, ...errors },
        },
      },
      '/api/mail/{fileId}/threads': {
        get: {
          summary: 'A page of the threads of a mail file you may read, newest first, with triage labels',
          parameters: [
            { name: 'fileId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          ],
          responses: { ...ok('Threads'), ...errors },
        },
      },
      '/api/mail/{fileId}/threads/{threadId}': {
        get: {
          summary: "One thread's messages (new text, quoted history and signature apart) and its triage",
          parameters: mailThread,
          responses: { ...ok('Thread'), ...errors },
        },
      },
      '/api/mail/{fileId}/threads/{threadId}/reply': {
        post: {
          summary: 'Draft a reply (without text), or store the edited reply as an .eml of yours (with text)',
          parameters: mailThread,
          requestBody: body(MailReplyBody),
          responses: { ...ok('Draft'), '201': { description: 'Stored .eml' }, ...errors },
        },
      },
      '/api/calendar/week': {
        get: {
          summary:
            'The events of every calendar you may read in a range of at most 14 days, recurring events expanded',
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
          ],
          responses: { ...ok('Occurrences'), ...errors },
        },
      },
      '/api/transcripts/{fileId}': {
        get: {
          summary: 'A meeting transcript you may read, as its turns: speaker, seconds from the start, text',
          parameters: [{ name: 'fileId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { ...ok('Transcript'), ...errors },
        },
      },
      '/api/skill-runs/{id}': {
        get: {
          summary:
            'A queued skill run (yours only): status queued, running, done (with the response a direct call answers) or failed (with the error)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { ...ok('Skill run'), ...errors },
        },
      },
      ...skillPaths(),
    },
  };
}
