import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.ts';
import { storeFile } from '../../src/server/workspace/file-store.ts';
import { bearer, login, startTestServer, type TestServer } from './workspace-helpers.ts';

const WORD = 'tarnwickel';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // The tests run the worker's steps by hand.
  await server.jobs.stop();
});
afterAll(async () => {
  await server.close();
});

const options = () => ({ ...server, clock: fixedClock('2026-03-12T09:00:00Z') });

describe('indexing jobs', () => {
  it('resumes a file left "indexing" by a worker that died, once its lease is over', async () => {
    const file = await storeFile(options(), {
      owner: 'bob',
      name: 'left.md',
      bytes: new TextEncoder().encode(
        `# Left behind\n\nThe ${WORD} report was being indexed when the server died.\n`,
      ),
      contentType: 'text/markdown',
    });
    expect(await server.db.enqueueJob(file.id, Date.now() - 20 * 60_000)).toBe(true);
    // A worker claimed it 20 minutes ago with a 10-minute lease, and was killed.
    const dead = await server.db.claimJob('dead-worker', Date.now() - 20 * 60_000, 10 * 60_000);
    expect(dead?.fileId).toBe(file.id);
    expect((await server.db.getFile(file.id))?.status).toBe('indexing');
    // No second job for the file while the first is held.
    expect(await server.db.enqueueJob(file.id, Date.now())).toBe(false);

    expect(await server.jobs.runOnce()).toBe(true);
    expect((await server.db.getFile(file.id))?.status).toBe('ready');
    expect(await server.db.finishJob(dead!, 'dead-worker', { status: 'done' })).toBe(false);
    const { token } = await login(server.app, 'bob');
    const found = (await (
      await server.app.request(`/api/search?q=${WORD}`, { headers: bearer(token) })
    ).json()) as { results: { fileId: string }[] };
    expect(found.results.map((hit) => hit.fileId)).toEqual([file.id]);
    expect(await server.jobs.runOnce()).toBe(false);
  });

  it('marks a file that cannot be read as "error" without retrying it', async () => {
    const file = await storeFile(options(), {
      owner: 'bob',
      name: 'broken.docx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
      contentType: 'application/octet-stream',
    });
    expect(await server.db.enqueueJob(file.id, Date.now())).toBe(true);
    expect(await server.jobs.runOnce()).toBe(true);
    const stored = await server.db.getFile(file.id);
    expect(stored?.status).toBe('error');
    expect(stored?.error).toContain('broken.docx');
    expect(stored?.error).not.toContain(server.dataDir);
    expect(await server.jobs.runOnce()).toBe(false);
  });

  it('finishes a share and a delete that a dying process left half done', async () => {
    const { token: bob } = await login(server.app, 'bob');
    const { token: carol } = await login(server.app, 'carol');
    const file = await storeFile(options(), {
      owner: 'bob',
      name: 'half.md',
      bytes: new TextEncoder().encode(`# Half done\n\nThe ${WORD} ledger was shared, then deleted.\n`),
      contentType: 'text/markdown',
    });
    await server.db.enqueueJob(file.id, Date.now());
    expect(await server.jobs.runOnce()).toBe(true);
    const found = async (token: string) =>
      (
        (await (await server.app.request(`/api/search?q=${WORD}`, { headers: bearer(token) })).json()) as {
          results: { fileId: string }[];
        }
      ).results.map((hit) => hit.fileId);
    expect(await found(carol)).not.toContain(file.id);

    // Shared: the job was queued and the record changed, then the process died before the index did.
    expect(await server.db.enqueueJob(file.id, Date.now(), 'readers')).toBe(true);
    await server.db.share(file.id, ['carol']);
    expect((await server.index.store.getFile(file.path))?.readers).toEqual(['bob']);
    expect(await server.jobs.runOnce()).toBe(true);
    expect((await server.index.store.getFile(file.path))?.readers).toEqual(['bob', 'carol']);
    expect(await found(carol)).toContain(file.id);

    // Deleted: marked and queued, then the process died before anything was removed.
    await server.db.setStatus(file.id, 'deleting');
    expect(await server.db.enqueueJob(file.id, Date.now(), 'delete')).toBe(true);
    expect(await found(bob)).not.toContain(file.id);
    expect(await server.jobs.runOnce()).toBe(true);
    expect(await server.db.getFile(file.id)).toBeUndefined();
    expect(await server.db.readBytes(file.id)).toBeUndefined();
    expect(await server.index.store.getFile(file.path)).toBeUndefined();
    expect(await server.jobs.runOnce()).toBe(false);
  });
});
