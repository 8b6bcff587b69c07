/**
 * Whole jobs run in the job thread: the thread that answers requests keeps answering while a
 * large mailbox is read, chunked and written, and the per-file budget stops a job that runs
 * over it (the file is marked "error", the next job runs on a fresh thread). Queued skill runs
 * run in the skill thread: the request thread stays all but idle while one reads a mailbox.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.ts';
import { storeFile } from '../../src/server/workspace/file-store.ts';
import { startIndexWorker } from '../../src/server/workspace/index-jobs.ts';
import { CORPUS, STRICT } from '../helpers/paths.ts';
import { builtinModelConfig, startTestServer, type TestServer } from './workspace-helpers.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

/** About `bytes` of the corpus's mailboxes, cut at a message boundary. */
function buildMailbox(bytes: number): string {
  const folder = join(CORPUS, 'email');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mbox'))
    .sort();
  let mailbox = '';
  for (const name of files) {
    mailbox += `${readFileSync(join(folder, name), 'utf8').replace(/\s+$/, '')}\n\n`;
    if (mailbox.length >= bytes) break;
  }
  const cut = mailbox.indexOf('\nFrom ', bytes);
  return cut > 0 ? mailbox.slice(0, cut + 1) : mailbox;
}

for (const [store, location] of [
  ['SQLite', undefined],
  ['PostgreSQL', url ? `${url}${url.includes('?') ? '&' : '?'}schema=job_thread_${process.pid}` : undefined],
] as const) {
  describe.skipIf(store === 'PostgreSQL' && !url && !STRICT)(`the job thread (${store} index)`, () => {
    let server: TestServer;
    beforeAll(async () => {
      if (store === 'PostgreSQL')
        expect(url, 'OFFICEMATE_TEST_PG_URL is set by the global setup').toBeTruthy();
      // A job put back in the queue may be claimed again at once.
      server = await startTestServer({
        ...(location ? { indexLocation: location } : {}),
        queue: { backoffMs: 0 },
      });
      // The tests run the worker's steps by hand.
      await server.jobs.stop();
    });
    afterAll(async () => {
      await server?.close();
    });

    const options = () => ({ ...server, clock: fixedClock('2026-03-12T09:00:00Z') });

    const queueMailbox = async (name: string) => {
      const file = await storeFile(options(), {
        owner: 'bob',
        name,
        bytes: new TextEncoder().encode(buildMailbox(2 * 1_048_576)),
        contentType: 'application/mbox',
      });
      expect(await server.db.enqueueJob(file.id, Date.now())).toBe(true);
      return file;
    };

    describe('runs whole jobs', () => {
      it('keeps /health answering while a 2 MB mailbox is read, chunked and written', async () => {
        const file = await queueMailbox('archive.mbox');
        const started = performance.now();
        let ended = 0;
        const job = server.jobs.runOnce().then((ran) => {
          ended = performance.now();
          return ran;
        });
        // Ask /health one request after another for as long as the job runs.
        const answers: { at: number; indexed: boolean }[] = [];
        while (!ended) {
          // Each request arrives as a new event, as it would from a socket.
          await new Promise((resolve) => setImmediate(resolve));
          const response = await server.app.request('/health');
          expect(response.status).toBe(200);
          const indexed = (await server.index.store.getFile(file.path)) !== undefined;
          answers.push({ at: performance.now(), indexed });
        }
        expect(await job).toBe(true);
        expect((await server.db.getFile(file.id))?.status).toBe('ready');
        expect((await server.index.store.getFile(file.path))?.path).toBe(file.path);
        // Many answers while the job ran, the first ones before any passage of the file was written.
        const during = answers.filter((answer) => answer.at < ended);
        expect(during.length).toBeGreaterThanOrEqual(5);
        expect(during[0]!.indexed).toBe(false);
        // The request thread was never held for a large part of the job (the writing included):
        // the longest wait between two answers is a small share of the whole job.
        const gaps = during.map((answer, n) => answer.at - (n ? during[n - 1]!.at : started));
        expect(Math.max(...gaps)).toBeLessThan((ended - started) / 4);
      });

      it('keeps the request thread free while a queued skill run reads a 2 MB mailbox in the skill thread', async () => {
        const file = await storeFile(options(), {
          owner: 'bob',
          name: 'threads.mbox',
          bytes: new TextEncoder().encode(buildMailbox(2 * 1_048_576)),
          contentType: 'application/mbox',
        });
        const queueRun = async (input: unknown) => {
          const id = `run-${Math.random().toString(36).slice(2)}`;
          await server.db.addSkillRun({
            id,
            user: 'bob',
            skill: 'mail-threads',
            input,
            created: '2026-03-12T09:00:00Z',
          });
          expect(await server.db.enqueueJob(id, Date.now(), 'skill')).toBe(true);
          return id;
        };
        // A first run starts the skill thread (its modules load then, outside any budget).
        const first = await queueRun({ mail: ['no-such-file'] });
        expect(await server.jobs.runOnce()).toBe(true);
        const failed = await server.db.getSkillRun(first);
        expect(failed).toMatchObject({ status: 'failed' });
        // Kept in the /api error shape, as GET /api/skill-runs/:id answers it.
        expect((failed!.output as { error: Record<string, unknown> }).error).not.toHaveProperty('type');

        const id = await queueRun({ mail: [file.id], limit: 3 });
        // How busy this thread (the one that answers requests) is while the run goes on: on it,
        // reading the mailbox would keep it busy most of the time (about 0.9 measured).
        const before = performance.eventLoopUtilization();
        const started = performance.now();
        let ended = false;
        const job = server.jobs.runOnce().finally(() => {
          ended = true;
        });
        let answers = 0;
        while (!ended) {
          expect((await server.app.request('/health')).status).toBe(200);
          answers++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await job).toBe(true);
        const elapsed = performance.now() - started;
        const busy = performance.eventLoopUtilization(before);
        const run = await server.db.getSkillRun(id);
        expect(run?.status, JSON.stringify(run?.output)).toBe('done');
        expect((run?.output as { result?: { total?: number } } | undefined)?.result?.total).toBeGreaterThan(
          3,
        );
        // Free, the thread answers about every 100 ms whatever the run's length on this machine;
        // blocked by the read, it would answer once or twice over the whole run.
        expect(answers).toBeGreaterThanOrEqual(Math.max(2, Math.floor(elapsed / 200)));
        expect(busy.utilization).toBeLessThan(0.25);
      });

      it('retries a job whose thread could not run it, without blaming the file, and a working thread indexes it', async () => {
        const file = await storeFile(options(), {
          owner: 'bob',
          name: 'memo.md',
          bytes: new TextEncoder().encode('# Memo\n\nThe supplier list is due on Friday.\n'),
          contentType: 'text/markdown',
        });
        expect(await server.db.enqueueJob(file.id, Date.now())).toBe(true);
        // A heap too small for the thread to even load its modules.
        const starved = startIndexWorker(options(), { pollMs: 60_000, budget: { memoryMb: 4 } });
        try {
          expect(await starved.runOnce()).toBe(true);
        } finally {
          await starved.stop();
        }
        const job = await server.db.latestJob(file.id);
        expect(job?.status).toBe('queued');
        expect(job?.error).toContain('job thread');
        expect((await server.db.getFile(file.id))?.status).not.toBe('error');
        // The next worker with a working thread indexes it.
        expect(await server.jobs.runOnce()).toBe(true);
        expect((await server.db.getFile(file.id))?.status).toBe('ready');
      });

      it('stops a job over its time budget: the file is marked "error" and the next job runs', async () => {
        const file = await queueMailbox('huge.mbox');
        // A worker whose jobs may take a millisecond: no 2 MB mailbox is indexed in that.
        const strict = startIndexWorker(options(), { pollMs: 60_000, budget: { wallMs: 1 } });
        try {
          expect(await strict.runOnce()).toBe(true);
        } finally {
          await strict.stop();
        }
        const stored = await server.db.getFile(file.id);
        expect(stored?.status).toBe('error');
        expect(stored?.error).toContain('huge.mbox is too complex to index');
        expect(await server.index.store.getFile(file.path)).toBeUndefined();
        expect(await strict.runOnce()).toBe(false);

        const small = await storeFile(options(), {
          owner: 'bob',
          name: 'note.md',
          bytes: new TextEncoder().encode('# Note\n\nThe quarterly figures are in.\n'),
          contentType: 'text/markdown',
        });
        await server.db.enqueueJob(small.id, Date.now());
        expect(await server.jobs.runOnce()).toBe(true);
        expect((await server.db.getFile(small.id))?.status).toBe('ready');
      });

      it('stops a queued skill run over its job budget: the run fails saying so and is not tried again', async () => {
        const file = await queueMailbox('letters.mbox');
        expect(await server.jobs.runOnce()).toBe(true);
        const id = `run-${Math.random().toString(36).slice(2)}`;
        await server.db.addSkillRun({
          id,
          user: 'bob',
          skill: 'mail-threads',
          input: { mail: [file.id] },
          created: '2026-03-12T09:00:00Z',
        });
        expect(await server.db.enqueueJob(id, Date.now(), 'skill')).toBe(true);
        // A worker whose runs may take a millisecond: no 2 MB mailbox is threaded in that.
        const strict = startIndexWorker(options(), {
          pollMs: 60_000,
          budget: { wallMs: 1 },
          skills: { model: builtinModelConfig(server.dataDir) },
        });
        try {
          expect(await strict.runOnce()).toBe(true);
          // Failed for good: nothing is left in the queue to try it again.
          expect(await strict.runOnce()).toBe(false);
        } finally {
          await strict.stop();
        }
        const run = await server.db.getSkillRun(id);
        if (run === undefined) throw new Error('the skill run was not stored');
        expect(run.status).toBe('failed');
        const error = (run.output as { error: { code: string; message: string; hint?: string } }).error;
        expect(error.code).toBe('timeout');
        expect(error.message).toContain('the job budget');
        expect(error.hint).toContain('job budget');
        expect((await server.db.latestJob(id))?.status).toBe('failed');
      });
    });
  });
}
