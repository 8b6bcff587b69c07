/**
 * Requests the server cannot serve are refused with the reason a user can act on: a
 * password-protected Office file is named as such (before: "not a file Officemate can read"),
 * a plain zip says to unpack it, an empty file says it is empty; a bad `k` on search is named
 * (before: "Give a query" with the query given).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/paths.ts';
import { login, startTestServer, type TestServer } from './workspace-helpers.ts';

type Problem = { error: { code: string; message: string; hint?: string } };

describe('POST /api/files with a file it cannot read', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = (await login(server.app, 'alice')).token;
  });
  afterAll(async () => server.close());

  const post = async (name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([Uint8Array.from(bytes)]), name);
    const response = await server.app.request('/api/files', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Problem };
  };

  it('says a password-protected Word file is encrypted, and what to do', async () => {
    const bytes = readFileSync(join(CORPUS, 'office', 'docx', 'poi_bug53475-password-is-pass.docx'));
    const { status, body } = await post('Board minutes.docx', bytes);
    expect(status).toBe(415);
    expect(body.error.code).toBe('file_encrypted');
    expect(body.error.message).toBe('Board minutes.docx is password-protected (an encrypted Office file).');
    expect(body.error.hint).toContain('remove the password');
  });

  it('says a zip that is no Office file should be unpacked', async () => {
    const { status, body } = await post(
      'photos.zip',
      zipSync({ 'readme.txt': new TextEncoder().encode('hello') }),
    );
    expect(status).toBe(415);
    expect(body.error.code).toBe('format_unsupported');
    expect(body.error.hint).toContain('Unpack');
  });

  it('says an empty file is empty', async () => {
    const { status, body } = await post('draft.md', new Uint8Array());
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'file_empty', message: 'draft.md is empty (0 bytes).' });
  });

  it('keeps refusing bytes of no known format as unknown', async () => {
    const { status, body } = await post('blob.bin', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]));
    expect(status).toBe(415);
    expect(body.error.code).toBe('format_unknown');
  });
});

describe('GET /api/search with a bad parameter', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = (await login(server.app, 'alice')).token;
  });
  afterAll(async () => server.close());

  const search = async (query: string) => {
    const response = await server.app.request(`/api/search?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as Problem };
  };

  it('names k when k is wrong, not the query', async () => {
    for (const k of ['abc', '-3', '500']) {
      const { status, body } = await search(`q=budget&k=${k}`);
      expect(status).toBe(400);
      expect(body.error.message).toBe(`k must be a whole number from 1 to 50, not "${k}".`);
    }
  });

  it('asks for the query when it is missing', async () => {
    const { status, body } = await search('k=abc');
    expect(status).toBe(400);
    expect(body.error.message).toContain('Give a query');
  });
});
