/**
 * Fuzz pass over the HTTP API: malformed JSON, huge and deeply nested bodies, wrong types and
 * Unicode edge cases, on every JSON route. Whatever arrives, the answer is a 4xx or 2xx with
 * a JSON body, never a 500 and never the web app. Bounded in time, seeded so failures replay.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, startTestServer, type TestServer } from '../server/workspace-helpers.ts';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ token } = await login(server.app, 'alice'));
});
afterAll(async () => {
  await server.close();
});

const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '\u0000',
    '\uFEFF',
    '\u202E',
    '\uD800',
    '\uDFFF',
    '\u200B<',
    '＜/document＞',
    'Ω'.repeat(5000),
    '%E0%A4%A',
  ),
);
const deep = fc
  .integer({ min: 1000, max: 200_000 })
  .chain((depth) => fc.constantFrom('[', '{"a":').map((open) => open.repeat(depth)));
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
  fc
    .record({
      user: fc.oneof(unicode, fc.integer(), fc.constant(null)),
      password: fc.oneof(unicode, fc.array(fc.string())),
      question: fc.oneof(unicode, fc.boolean()),
      users: fc.oneof(fc.array(unicode), unicode),
      messages: fc.oneof(fc.array(fc.record({ role: unicode, content: unicode })), unicode),
      max_tokens: fc.oneof(fc.integer(), fc.double(), unicode),
    })
    .map((value) => JSON.stringify(value)),
  unicode,
  deep,
  fc.integer({ min: 1, max: 3 }).map((mib) => `"${'x'.repeat(mib * 1024 * 1024)}"`),
);
const routes = fc.constantFrom(
  '/api/session',
  '/api/ask',
  '/api/users',
  '/api/files/nope/share',
  '/v1/chat/completions',
);
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', '');

/** Every UTF-8 byte as %XX (lone surrogates become U+FFFD, as a browser would send them). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

describe('API fuzz', () => {
  it('answers every malformed request with a 4xx or 2xx JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(routes, body, contentType, fc.boolean(), async (route, text, type, authed) => {
        const headers: Record<string, string> = authed ? bearer(token) : {};
        if (type) headers['content-type'] = type;
        else delete headers['content-type'];
        const response = await server.app.request(route, { method: 'POST', headers, body: text });
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type') ?? '').toContain('json');
        await response.json();
      }),
      { seed: 17, numRuns: 150, interruptAfterTimeLimit: 6000 },
    );
  });

  it('answers fuzzed paths and query strings without a 500', async () => {
    const segment = fc.oneof(
      unicode.map(percentEncode),
      fc.constantFrom('%', '%E0%A4%A', '..%2F..', '%00', '%FF'),
    );
    await fc.assert(
      fc.asyncProperty(segment, segment, async (id, query) => {
        for (const path of [
          `/api/files/${id}`,
          `/api/files/${id}/preview`,
          `/api/search?q=${query}&k=${id}`,
          `/api/${id}`,
        ]) {
          const response = await server.app.request(path, { headers: { authorization: `Bearer ${token}` } });
          expect(response.status).toBeLessThan(500);
          expect(response.headers.get('content-type') ?? '').toContain('json');
        }
      }),
      { seed: 17, numRuns: 100, interruptAfterTimeLimit: 5000 },
    );
  });
});
