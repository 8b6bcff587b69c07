/**
 * @module job-thread
 * The entry of the job thread (index-jobs.ts starts it): runs whole index, readers and delete
 * jobs — read, chunk, write the passages and people mentions, mark the file — on its own
 * connections to the records and the index, so the thread that answers requests only claims
 * jobs and ends them. SQLite files are opened again here (WAL mode, so
 * separate connections in separate threads are safe); PostgreSQL gets its own small pool.
 */
import type { FileBudget } from '../../formats/budget.ts';
import { openIndex, type SearchIndex } from '../../index/open-index.ts';
import { readAndChunk } from '../../index/read-and-chunk.ts';
import { fixedClock } from '../../lib/clock.ts';
import { toAppError } from '../../lib/errors.ts';
import { serveJobs } from '../../lib/isolated-worker.ts';
import { failure, success } from '../../lib/result.ts';
import { type ChunkBytes, runIndexJob, type ThreadJob } from './index-jobs.ts';
import { openWorkspaceDb } from './workspace-db.ts';
import type { WorkspaceDb } from './workspace-records.ts';

type Connections = { readonly db: WorkspaceDb; readonly index: SearchIndex };

const open = new Map<string, Promise<Connections>>();

async function connect(dbUrl: string, indexUrl: string, objects: string | undefined): Promise<Connections> {
  const db = await openWorkspaceDb(dbUrl, { objects });
  try {
    return { db, index: await openIndex(indexUrl) };
  } catch (thrown) {
    await db.close().catch(() => undefined);
    throw thrown;
  }
}

/** This thread's connections to these records and this index, opened once. */
function connections(dbUrl: string, indexUrl: string, objects: string | undefined): Promise<Connections> {
  const key = JSON.stringify([dbUrl, indexUrl, objects]);
  let opened = open.get(key);
  if (!opened) {
    opened = connect(dbUrl, indexUrl, objects);
    open.set(key, opened);
    // A failed opening is tried again by the next job.
    opened.catch(() => open.delete(key));
  }
  return opened;
}

/** Reads and chunks in this thread: it is the one under the file budget already. */
function chunkHere(budget: Partial<FileBudget>): ChunkBytes {
  return (path, bytes, options) =>
    readAndChunk({
      op: 'chunk',
      path,
      bytes,
      now: options.now.toISOString(),
      ...(options.fileDate ? { fileDate: options.fileDate } : {}),
      budget,
    }).then(
      (value) =>
        value.op === 'chunk'
          ? success(value.drafts, value.warnings)
          : failure(toAppError(new Error('Wrong reply.'))),
      (thrown: unknown) => failure(toAppError(thrown)),
    );
}

async function closeAll(): Promise<void> {
  const all = [...open.values()];
  open.clear();
  for (const opened of all) {
    const { db, index } = await opened.catch(() => ({ db: undefined, index: undefined }));
    await index?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
  }
}

serveJobs(async (request: ThreadJob) => {
  if (request.op === 'close') {
    await closeAll();
    return null;
  }
  const { db, index } = await connections(request.dbUrl, request.indexUrl, request.objects);
  const clock = fixedClock(request.now);
  const chunk = chunkHere(request.settings.budget);
  return runIndexJob({ db, index, dataDir: request.dataDir, clock, chunk }, request.job);
});
