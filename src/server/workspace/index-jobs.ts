/**
 * @module index-jobs
 * Indexing as durable jobs. An upload queues a job in the workspace records (the same
 * database as the accounts and files); a worker in every `serve` process claims due jobs under
 * a lease, indexes the file from its recorded bytes (read and chunked in a worker thread
 * within the per-file budget, so any instance can do it), and ends the job. A job whose worker
 * died (kill -9, a lost machine) is claimed again once its lease runs out, so a file left
 * "indexing" becomes ready; failures that are not the file's fault (the database went away)
 * are retried with doubling waits, and a file that cannot be read is marked "error" at once.
 * A delete is a job too (kind 'delete'): it removes the file's passages and people mentions,
 * its record and bytes; an index job that finds its file being deleted does the delete. So is
 * bringing the index's readers in line with the record after a share (kind 'readers'), and a
 * long skill run that a client asked to have queued (kind 'skill', run by the app: skill-runner.ts).
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { writeChunks } from '../../index/index-paths.ts';
import { sharedIsolatedReader } from '../../index/isolated-reader.ts';
import { deleteStoredFile, readersOf } from './file-store.ts';
import type { IndexWorker, WorkspaceOptions } from './workspace-options.ts';

export type { IndexWorker };

import { type Job, type JobOutcome, newId, type StoredFile } from './workspace-records.ts';

export type IndexJobSettings = {
  /** How often an idle worker looks for due jobs (default 1 s). */
  readonly pollMs: number;
  /**
   * How long a claimed job is the worker's before another may take it (default 30 s); the
   * worker renews it every third of that while the job runs, so only a dead worker loses it.
   */
  readonly leaseMs: number;
  /** Claims before a job fails for good (default 5). */
  readonly maxAttempts: number;
  /** Wait before the first retry; doubles with each (default 5 s). */
  readonly backoffMs: number;
};

export const INDEX_JOB_DEFAULTS: IndexJobSettings = {
  pollMs: 1_000,
  leaseMs: 30_000,
  maxAttempts: 5,
  backoffMs: 5_000,
};

type JobOptions = Pick<WorkspaceOptions, 'db' | 'index' | 'clock' | 'dataDir'>;

/** Indexes a stored file from its recorded bytes; the message when the file cannot be read. Throws on other failures. */
export async function indexStoredFile(options: JobOptions, file: StoredFile): Promise<string | undefined> {
  const bytes = await options.db.readBytes(file.id);
  if (!bytes) return `The bytes of ${file.name} are missing.`;
  const now = options.clock.now();
  const parsed = await sharedIsolatedReader().chunk(file.path, bytes, { now, fileDate: file.uploaded });
  if (!parsed.success) return parsed.error.message.split(file.path).join(file.name);
  await writeChunks(
    options.index.store,
    {
      path: file.path,
      hash: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      mtimeMs: Date.parse(file.uploaded) || 0,
      owner: file.owner,
      readers: readersOf(file),
      indexedAt: now.toISOString(),
    },
    parsed.data,
  );
  return undefined;
}

/** Runs one claimed job: what it made of the file, and whether to retry. */
export async function runIndexJob(
  options: JobOptions,
  job: Job,
  settings: IndexJobSettings = INDEX_JOB_DEFAULTS,
): Promise<JobOutcome> {
  const { db, index } = options;
  try {
    const file = await db.getFile(job.fileId);
    if (!file) return { status: 'done' };
    if (job.kind === 'delete' || file.status === 'deleting') {
      await deleteStoredFile(options, file);
      return { status: 'done' };
    }
    if (job.kind === 'readers') {
      await index.store.setReaders(file.path, readersOf(file));
      return { status: 'done' };
    }
    await db.setStatus(file.id, 'indexing');
    const unreadable = await indexStoredFile(options, file);
    // Deleted or shared while it was being indexed: bring the index in line.
    const current = await db.getFile(file.id);
    if (!current) {
      await index.store.removeFile(file.path);
      return { status: 'done' };
    }
    if (current.status === 'deleting') {
      await deleteStoredFile(options, current);
      return { status: 'done' };
    }
    if (JSON.stringify(readersOf(current)) !== JSON.stringify(readersOf(file)))
      await index.store.setReaders(file.path, readersOf(current));
    await db.setStatus(file.id, unreadable ? 'error' : 'ready', unreadable);
    return { status: 'done' };
  } catch (thrown) {
    const error = (thrown as Error).message;
    if (job.attempts < settings.maxAttempts)
      return { status: 'retry', error, runAfter: Date.now() + settings.backoffMs * 2 ** (job.attempts - 1) };
    await db.setStatus(job.fileId, 'error', error).catch(() => undefined);
    return { status: 'failed', error };
  }
}

/** Starts this process's worker: it polls for due jobs and runs them one at a time. */
export function startIndexWorker(
  options: JobOptions,
  overrides: Partial<IndexJobSettings> = {},
): IndexWorker {
  const settings = { ...INDEX_JOB_DEFAULTS, ...overrides };
  const id = `${hostname()}:${process.pid}:${newId(6)}`;
  let stopped = false;
  let runSkill: ((job: Job) => Promise<JobOutcome>) | undefined;
  const run = (job: Job): Promise<JobOutcome> => {
    if (job.kind !== 'skill') return runIndexJob(options, job, settings);
    if (runSkill) return runSkill(job);
    return Promise.resolve({
      status: 'retry',
      error: 'No skill runner here yet.',
      runAfter: Date.now() + settings.backoffMs,
    });
  };
  let draining: Promise<void> | undefined;
  const runOnce = async (): Promise<boolean> => {
    const job = await options.db.claimJob(id, Date.now(), settings.leaseMs);
    if (!job) return false;
    const renewing = setInterval(
      () => void options.db.renewLease(job, id, Date.now() + settings.leaseMs).catch(() => undefined),
      Math.max(10, Math.floor(settings.leaseMs / 3)),
    );
    renewing.unref();
    try {
      await options.db.finishJob(job, id, await run(job));
    } finally {
      clearInterval(renewing);
    }
    return true;
  };
  const drain = () => {
    draining ??= (async () => {
      try {
        while (!stopped && (await runOnce()));
      } catch {
        // The records are unreachable; the next poll tries again.
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  };
  const timer = setInterval(drain, settings.pollMs);
  timer.unref();
  return {
    id,
    kick: () => void drain(),
    runOnce,
    handleSkills(runner) {
      runSkill = runner;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await draining;
    },
  };
}
