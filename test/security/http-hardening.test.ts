/**
 * Findings 3 (no body-size limit) and 6 (`/v1` open to anyone, unbounded `max_tokens`, key
 * compared in variable time), and the low-severity HTTP findings: 500 for malformed URLs and
 * JSON, missing CSP/frame/referrer/no-store headers, bidi overrides in file names, and
 * unknown `/api` GETs answered with the HTML app.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.ts';
import { createScriptedLanguageModel } from '../../src/models/testing/scripted-language-model.ts';
import { createApp } from '../../src/server/app.ts';
import { secretsEqual } from '../../src/server/security/constant-time.ts';
import { stripBidiControls } from '../../src/server/security/strip-bidi.ts';
import { bearer, login, startTestServer, type TestServer } from '../server/workspace-helpers.ts';
import { fromSocket, jsonPost, lazyBody } from './security-helpers.ts';

let server: TestServer;
let webRoot: string;
let app: ReturnType<typeof createApp>;
const model = createScriptedLanguageModel({ replies: ['ok'] });

beforeAll(async () => {
  server = await startTestServer();
  webRoot = mkdtempSync(join(tmpdir(), 'officemate-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Officemate</title>');
  app = createApp({
    model,
    webRoot,
    maxTokens: 256,
    workspace: {
      db: server.db,
      index: server.index,
      dataDir: server.dataDir,
      clock: fixedClock('2026-03-12T09:00:00Z'),
      maxUploadBytes: 1024 * 1024,
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const chat = { messages: [{ role: 'user', content: 'hi' }] };

/** Streams `total` bytes (no Content-Length) to `path`; returns the status and the bytes the server read. */
async function streamTo(path: string, total: number, headers: Record<string, string>) {
  const body = lazyBody(total);
  const init = { method: 'POST', headers, body: body.stream, duplex: 'half' } as RequestInit;
  const response = await app.request(path, init);
  return { status: response.status, pulled: body.pulled() };
}

describe('body limits', () => {
  it('stops a 200 MiB chunked JSON body to the unauthenticated login route after about 1 MiB', async () => {
    const sent = await streamTo('/api/session', 200 * 1024 * 1024, { 'content-type': 'application/json' });
    expect(sent.status).toBe(413);
    expect(sent.pulled).toBeLessThan(4 * 1024 * 1024);
  });

  it('stops a chunked upload without Content-Length at the upload limit', async () => {
    const { token } = await login(app, 'alice');
    const sent = await streamTo('/api/files', 64 * 1024 * 1024, {
      authorization: `Bearer ${token}`,
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(sent.status).toBe(413);
    expect(sent.pulled).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the limit before reading it', async () => {
    const response = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) },
      body: '{}',
    });
    expect(response.status).toBe(413);
  });
});

describe('/v1', () => {
  it('needs an account token or the API key when reached over the network', async () => {
    const remote = fromSocket('198.51.100.20', '192.0.2.1');
    expect((await app.request('/v1/models', {}, remote)).status).toBe(401);
    const { token } = await login(app, 'bob');
    expect(
      (await app.request('/v1/models', { headers: { authorization: `Bearer ${token}` } }, remote)).status,
    ).toBe(200);
    // Loopback stays open for local tools when no key is configured.
    expect((await app.request('/v1/models', {}, fromSocket('127.0.0.1', '127.0.0.1'))).status).toBe(200);

    const keyed = createApp({ model, apiKey: 'sk-right-key' });
    expect(
      (await keyed.request('/v1/models', { headers: { authorization: 'Bearer sk-wrong-key' } })).status,
    ).toBe(401);
    expect(
      (await keyed.request('/v1/models', { headers: { authorization: 'Bearer sk-right-key' } })).status,
    ).toBe(200);
    expect((await keyed.request('/v1/models', {}, fromSocket('127.0.0.1'))).status).toBe(401);
  });

  it('caps max_tokens at the configured limit', async () => {
    const before = model.calls.length;
    const response = await app.request('/v1/chat/completions', jsonPost({ ...chat, max_tokens: 10_000_000 }));
    expect(response.status).toBe(200);
    expect(model.calls[before]?.maxTokens).toBe(256);
    await app.request('/v1/chat/completions', jsonPost(chat));
    expect(model.calls[before + 1]?.maxTokens).toBe(256);
    await app.request('/v1/chat/completions', jsonPost({ ...chat, max_tokens: 12 }));
    expect(model.calls[before + 2]?.maxTokens).toBe(12);
  });

  it('holds each caller to a daily token quota, with a clear 429', async () => {
    const quota = createApp({ model, maxTokens: 100, tokensPerDay: 250 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await quota.request('/v1/chat/completions', jsonPost({ ...chat, max_tokens: 100 }))).status,
      );
    expect(statuses).toEqual([200, 200, 429, 429]);
    const refused = await quota.request('/v1/chat/completions', jsonPost(chat));
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('250 tokens');
  });

  it('compares keys by value, whatever their length', () => {
    expect(secretsEqual('sk-right-key', 'sk-right-key')).toBe(true);
    expect(secretsEqual('sk-right-kez', 'sk-right-key')).toBe(false);
    expect(secretsEqual('sk', 'sk-right-key')).toBe(false);
    expect(secretsEqual(undefined, '')).toBe(false);
  });
});

describe('bad input and unknown routes', () => {
  it('answers 400, not 500, for malformed URLs and JSON', async () => {
    const badUrl = await app.request('/%E0%A4%A');
    expect(badUrl.status).toBe(400);
    const badJson = await app.request('/v1/chat/completions', jsonPost('{"messages": [', {}));
    expect(badJson.status).toBe(400);
    const { token } = await login(app, 'bob');
    const badAsk = await app.request('/api/ask', {
      method: 'POST',
      headers: bearer(token),
      body: '{"question":',
    });
    expect(badAsk.status).toBe(400);
  });

  it('answers JSON 404 for unknown API routes instead of the web app', async () => {
    const { token } = await login(app, 'bob');
    const response = await app.request('/api/no-such-route', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect((await app.request('/v1/no-such-route')).status).toBe(404);
    // The web app still answers its own routes.
    expect((await app.request('/files/123')).status).toBe(200);
  });
});

describe('headers', () => {
  it('sends CSP without inline script, no framing, no referrer, nosniff; no-store on the API', async () => {
    const page = await app.request('/');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const { token } = await login(app, 'bob');
    const api = await app.request('/api/files', { headers: { authorization: `Bearer ${token}` } });
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect((await app.request('/api/session', jsonPost({}))).headers.get('cache-control')).toBe('no-store');
  });
});

describe('file names', () => {
  it('strips right-to-left overrides and other bidi controls from stored names', async () => {
    expect(stripBidiControls('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    const { token } = await login(app, 'alice');
    const form = new FormData();
    form.append('file', new Blob(['Quarterly notes.']), 'notes\u202Etxt.md');
    const response = await app.request('/api/files', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { files: { id: string; name: string }[] };
    expect(body.files[0]?.name).toBe('notestxt.md');
    // Let its indexing finish before the server closes.
    for (let i = 0; i < 200; i++) {
      const file = await app.request(`/api/files/${body.files[0]?.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (((await file.json()) as { status: string }).status !== 'indexing') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
