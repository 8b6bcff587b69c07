import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

// A made-up word and a made-up sender that occur in no other file.
const WORD = 'quellbrasten';
const MAIL = [
  'From: Yuri Vantongeren <yuri.vantongeren@example.org>',
  'To: Bob <bob@example.com>',
  `Subject: The ${WORD} contract`,
  'Date: Tue, 10 Mar 2026 09:00:00 +0000',
  'Message-ID: <quell-1@example.org>',
  '',
  `The ${WORD} contract is signed; Yuri Vantongeren sends the invoice on Friday.`,
  '',
].join('\r\n');

let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob', 'carol']) tokens[user] = (await login(server.app, user)).token;
});
afterAll(async () => {
  await server.close();
});

const get = (user: string, path: string) => server.app.request(path, { headers: bearer(tokens[user]!) });
const remove = (user: string, id: string) =>
  server.app.request(`/api/files/${id}`, { method: 'DELETE', headers: bearer(tokens[user]!) });
const share = (user: string, id: string, users: string[]) =>
  server.app.request(`/api/files/${id}/share`, {
    method: 'POST',
    headers: bearer(tokens[user]!),
    body: JSON.stringify({ users }),
  });
const searchIds = async (user: string, query: string) =>
  (
    (await (await get(user, `/api/search?q=${encodeURIComponent(query)}`)).json()) as {
      results: { fileId: string }[];
    }
  ).results.map((hit) => hit.fileId);
const askIds = async (user: string, question: string) =>
  (
    (await (
      await server.app.request('/api/ask', {
        method: 'POST',
        headers: bearer(tokens[user]!),
        body: JSON.stringify({ question }),
      })
    ).json()) as { citations: { fileId: string }[] }
  ).citations.map((citation) => citation.fileId);
const mentionsYuri = async () =>
  (await server.index.store.people()).some((person) =>
    person.emails.includes('yuri.vantongeren@example.org'),
  );

describe('sharing', () => {
  it('changes readers in place: the same passages, now readable by the new reader, and back', async () => {
    const id = await upload(server.app, tokens.bob!, 'contract.eml', MAIL);
    const path = (await server.db.getFile(id))!.path;
    const chunkIds = async () =>
      (await server.index.store.queryChunks({ types: ['email'], limit: 100, offset: 0 }))
        .filter((chunk) => chunk.path === path)
        .map((chunk) => chunk.id);
    const before = await chunkIds();
    expect(before.length).toBeGreaterThan(0);
    expect(await searchIds('carol', WORD)).toEqual([]);
    expect((await share('bob', id, ['carol'])).status).toBe(200);
    expect(await chunkIds()).toEqual(before);
    expect(await searchIds('carol', WORD)).toContain(id);
    expect((await share('bob', id, [])).status).toBe(200);
    expect(await chunkIds()).toEqual(before);
    expect(await searchIds('carol', WORD)).toEqual([]);
    expect((await remove('bob', id)).status).toBe(200);
  });
});

describe('DELETE /api/files/:id', () => {
  it('lets only the owner or an administrator delete, and hides the file from everyone who cannot read it', async () => {
    const id = await upload(server.app, tokens.bob!, 'contract.eml', MAIL);
    expect((await share('bob', id, ['carol'])).status).toBe(200);
    // Carol may read it but not delete it; nobody else learns it exists.
    expect((await remove('carol', id)).status).toBe(403);
    expect((await remove('carol', 'no-such-id')).status).toBe(404);
    expect((await get('carol', `/api/files/${id}`)).status).toBe(200);
    // Alice is an administrator.
    expect((await remove('alice', id)).status).toBe(200);
    expect((await remove('alice', id)).status).toBe(404);
  });

  it('removes the bytes, the record, the passages and the people mentions: gone from search, ask and previews', async () => {
    const id = await upload(server.app, tokens.bob!, 'contract.eml', MAIL);
    const stored = (await server.db.getFile(id))!;
    expect(await searchIds('bob', WORD)).toContain(id);
    expect(await askIds('bob', `When is the ${WORD} invoice sent?`)).toContain(id);
    expect((await get('bob', `/api/files/${id}/preview`)).status).toBe(200);
    expect(await mentionsYuri()).toBe(true);

    const response = await remove('bob', id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, id });

    for (const path of [`/api/files/${id}`, `/api/files/${id}/preview`, `/api/files/${id}/download`])
      expect((await get('bob', path)).status).toBe(404);
    const listed = (await (await get('bob', '/api/files')).json()) as { files: { id: string }[] };
    expect(listed.files.map((file) => file.id)).not.toContain(id);
    expect(await searchIds('bob', WORD)).toEqual([]);
    expect(await askIds('bob', `When is the ${WORD} invoice sent?`)).toEqual([]);
    // The delete job ends with the record, the bytes and the copy gone.
    for (let i = 0; i < 100 && (await server.db.latestJob(id))?.status !== 'done'; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await server.db.getFile(id)).toBeUndefined();
    expect(await server.db.readBytes(id)).toBeUndefined();
    expect(await server.db.latestJob(id)).toMatchObject({ kind: 'delete', status: 'done' });
    expect(existsSync(stored.path)).toBe(false);
    expect(await server.index.store.getFile(stored.path)).toBeUndefined();
    expect(await mentionsYuri()).toBe(false);
    expect((await server.index.store.integrityCheck()).problems).toEqual([]);
  });
});
