/**
 * Indexing, readers and delete jobs on both stores' queues: a file left "indexing" by a worker
 * that died is finished by the next claim once the dead one's runs out; a share or delete that a
 * dying process left half done is finished by its job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.ts';
import { storeFile } from '../../src/server/workspace/file-store.ts';
import { STRICT } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer } from './workspace-helpers.ts';

const WORD = 'tarnwickel';
const url = process.env.OFFICEMATE_TEST_PG_URL;

/** True once `probe` is, trying for up to `ms`. */
async function eventually(probe: () => Promise<boolean>, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}

for (const [store, location] of [
  ['SQLite', undefined],
  ['PostgreSQL', url ? `${url}${url.includes('?') ? '&' : '?'}schema=index_jobs_${process.pid}` : undefined],
] as const) {
  describe.skipIf(store === 'PostgreSQL' && !url && !STRICT)(`indexing jobs (${store})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      if (store === 'PostgreSQL')
        expect(url, 'OFFICEMATE_TEST_PG_URL is set by the global setup').toBeTruthy();
      // Claims last 5 s, looked at every second: a dead worker's job is free again soon.
      server = await startTestServer({
        ...(location ? { indexLocation: location } : {}),
        queue: { expireMs: 5_000, superviseMs: 1_000, backoffMs: 0 },
      });
      // The tests run the worker's steps by hand, on a job thread already started.
      await server.jobs.stop();
      const warm = await storeFile(options(), {
        owner: 'alice',
        name: 'warm.md',
        bytes: new TextEncoder().encode('# Warm\n\nThe thread is started.\n'),
        contentType: 'text/markdown',
      });
      await server.db.enqueueJob(warm.id, Date.now());
      expect(await server.jobs.runOnce()).toBe(true);
      expect((await server.db.getFile(warm.id))?.status).toBe('ready');
    });
    afterAll(async () => {
      await server?.close();
    });

    const options = () => ({ ...server, clock: fixedClock('2026-03-12T09:00:00Z') });

    it('resumes a file left "indexing" by a worker that died, once its claim is over', async () => {
      const file = await storeFile(options(), {
        owner: 'bob',
        name: 'left.md',
        bytes: new TextEncoder().encode(
          `# Left behind\n\nThe ${WORD} report was being indexed when the server died.\n`,
        ),
        contentType: 'text/markdown',
      });
      expect(await server.db.enqueueJob(file.id, Date.now())).toBe(true);
      // A worker claimed it and was killed.
      const dead = await server.db.claimJob('dead-worker');
      expect(dead?.fileId).toBe(file.id);
      expect((await server.db.getFile(file.id))?.status).toBe('indexing');
      // No second job for the file while the first is held, and nobody else runs it.
      expect(await server.db.enqueueJob(file.id, Date.now())).toBe(false);
      expect(await server.jobs.runOnce()).toBe(false);

      // Once the dead worker's claim is over, the next claim runs it.
      expect(await eventually(() => server.jobs.runOnce())).toBe(true);
      expect((await server.db.getFile(file.id))?.status).toBe('ready');
      expect(await server.db.latestJob(file.id)).toMatchObject({ status: 'done', attempts: 2 });
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

    it('keeps what the reader skipped in a file it indexed, for the file list and the file', async () => {
      const file = await storeFile(options(), {
        owner: 'bob',
        name: 'kiln-rota.ics',
        bytes: new TextEncoder().encode(
          [
            'BEGIN:VCALENDAR',
            'BEGIN:VEVENT',
            'UID:glaze-day',
            'DTSTART:20310405T090000Z',
            'SUMMARY:Glaze day',
            'END:VEVENT',
            'BEGIN:VEVENT',
            'UID:bisque-firing',
            'DTSTART:20310412T::',
            'SUMMARY:Bisque firing',
            'END:VEVENT',
            'END:VCALENDAR',
          ].join('\r\n'),
        ),
        contentType: 'text/calendar',
      });
      expect(await server.db.enqueueJob(file.id, Date.now())).toBe(true);
      expect(await server.jobs.runOnce()).toBe(true);
      const { token } = await login(server.app, 'bob');
      const one = (await (
        await server.app.request(`/api/files/${file.id}`, { headers: bearer(token) })
      ).json()) as { status: string; warnings?: { type: string; message: string }[] };
      expect(one.status).toBe('ready');
      expect(one.warnings).toEqual([
        {
          type: 'skipped',
          message: expect.stringMatching(/^Event "Bisque firing" \(UID bisque-firing\) could not be read: /),
        },
      ]);
      expect(JSON.stringify(one)).not.toContain(server.dataDir);
      const listed = (await (await server.app.request('/api/files', { headers: bearer(token) })).json()) as {
        files: { id: string; warnings?: unknown[] }[];
      };
      expect(listed.files.find((item) => item.id === file.id)?.warnings).toHaveLength(1);
      // Indexed again (the status goes back to "indexing"), the warnings of the last reading are gone until it is read.
      await server.db.setStatus(file.id, 'indexing');
      expect((await server.db.getFile(file.id))?.warnings).toBeUndefined();
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
}
