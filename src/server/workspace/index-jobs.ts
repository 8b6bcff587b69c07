/**
 * @module index-jobs
 * Indexing as durable jobs. An upload queues a job in the workspace records' queue (the same
 * database as the accounts and files: a jobs table in SQLite, pg-boss in PostgreSQL); a worker
 * in every `serve` process claims due jobs and hands each to a thread of its own, so the
 * thread that answers requests only claims and ends jobs. Index, readers and delete jobs run
 * whole in the job thread (job-thread.ts) — read and chunk the file from its recorded bytes,
 * write its passages and people mentions, mark it ready — under the per-file time and heap
 * budget; queued skill runs run in the skill thread (skill-thread.ts), which builds its own
 * model from the serve configuration, under the same budget. A claim lasts the queue's
 * `expireMs`, never extended: the budget stops a job before its claim is over, and a job whose
 * worker died (kill -9, a lost machine) is claimed again once it is, so a file left "indexing"
 * becomes ready. Failures that are not the file's fault (the database went away) are retried
 * after the queue's doubling backoff; a file that cannot be read, or that the budget stops, is
 * marked "error" at once.
 * A delete is a job too (kind 'delete'): it removes the file's passages and people mentions,
 * its record and bytes; an index job that finds its file being deleted does the delete. So is
 * bringing the index's readers in line with the record after a share (kind 'readers').
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { budgetOf, type FileBudget } from '../../formats/budget.ts';
import { writeChunks } from '../../index/index-paths.ts';
import type { IsolatedReader } from '../../index/types.ts';
import { type AppError, appError } from '../../lib/errors.ts';
import { type JobFailure, openIsolatedWorker } from '../../lib/isolated-worker.ts';
import type { Warning } from '../../lib/result.ts';
import { distinctWarnings } from '../../lib/warnings.ts';
import type { ModelConfig } from '../../models/model-config.ts';
import { deleteStoredFile, readersOf } from './file-store.ts';
import { runThumbnailJob } from './thumbnail-jobs.ts';
import { type IndexWorker, problemOf, type WorkspaceOptions } from './workspace-options.ts';

export type { IndexWorker };

import {
  type Job,
  type JobOutcome,
  newId,
  type QueueSettings,
  type StoredFile,
} from './workspace-records.ts';

/**
 * What the skill thread needs to build the process's model and meter for itself, as plain data
 * (the serve configuration): the model's configuration, and where its calls are metered.
 */
export type SkillThreadSetup = {
  readonly model: ModelConfig;
  /** A usage database's path, or a PostgreSQL URL (the workspace records' location); unmetered when absent. */
  readonly meter?: string;
};

export type IndexJobSettings = {
  /** How often an idle worker looks for due jobs (default 1 s). */
  readonly pollMs: number;
  /** The budget of one job in its thread: its wall time and heap, and the readers' limits (default: the file budget). */
  readonly budget: Partial<FileBudget>;
  /** How the skill thread builds its model; without it, queued skill runs wait for a worker that has one. */
  readonly skills?: SkillThreadSetup;
};

export const INDEX_JOB_DEFAULTS: IndexJobSettings = {
  pollMs: 1_000,
  budget: {},
};

type JobOptions = Pick<WorkspaceOptions, 'db' | 'index' | 'clock' | 'dataDir'>;

/** Reads a file's bytes and cuts them into chunk drafts (as `IsolatedReader.chunk`). */
export type ChunkBytes = IsolatedReader['chunk'];

/** What the request thread sends its job thread: a claimed job with where its records and index live, or the word to close its connections. */
export type ThreadJob =
  | {
      readonly op: 'run';
      /** The records' path or URL (`WorkspaceDb.url`). */
      readonly dbUrl: string;
      /** The object store holding file bytes, when they are not in the records (`WorkspaceDb.objects`). */
      readonly objects?: string;
      /** The index's path or URL (`SearchIndex.url`). */
      readonly indexUrl: string;
      readonly dataDir: string;
      /** ISO 8601 "now" of the request thread's clock when the job started. */
      readonly now: string;
      readonly job: Job;
      readonly settings: IndexJobSettings;
    }
  | { readonly op: 'close' };

/** What the request thread sends its skill thread: a claimed skill job with the serve configuration, or the word to close. */
export type SkillThreadJob =
  | (Omit<Extract<ThreadJob, { op: 'run' }>, 'settings'> & {
      readonly setup: SkillThreadSetup;
      /** How the thread's connection to the records queues jobs (the thumbnails of a deck it makes). */
      readonly queue: QueueSettings;
    })
  | { readonly op: 'close' };

/** What indexing a stored file came to: why it cannot be read, or what its reader skipped or guessed in it. */
export type StoredFileReading =
  | { readonly unreadable: string }
  | { readonly unreadable?: undefined; readonly warnings: readonly Warning[] };

/** Indexes a stored file from its recorded bytes (messages name the file, never its server path). Throws on other failures. */
export async function indexStoredFile(
  options: JobOptions & { readonly chunk: ChunkBytes },
  file: StoredFile,
): Promise<StoredFileReading> {
  const named = (message: string) => message.split(file.path).join(file.name);
  const bytes = await options.db.readBytes(file.id);
  if (!bytes) return { unreadable: `The bytes of ${file.name} are missing.` };
  const now = options.clock.now();
  const parsed = await options.chunk(file.path, bytes, { now, fileDate: file.uploaded });
  if (!parsed.success) return { unreadable: named(parsed.error.message) };
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
  return {
    warnings: distinctWarnings(parsed.warnings).map(({ type, message }) => ({
      type,
      message: named(message),
    })),
  };
}

/** Back in the queue (after the queue's backoff), or failed for good (the file marked "error") on the last attempt. */
async function retryOrFail(options: Pick<JobOptions, 'db'>, job: Job, error: string): Promise<JobOutcome> {
  if (job.attempts < job.maxAttempts) return { status: 'retry', error };
  await options.db.setStatus(job.fileId, 'error', error).catch(() => undefined);
  return { status: 'failed', error };
}

/** Runs one claimed job where it is called (the job thread): what it made of the file, and whether to retry. */
export async function runIndexJob(
  options: JobOptions & { readonly chunk: ChunkBytes },
  job: Job,
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
    const reading = await indexStoredFile(options, file);
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
    if (reading.unreadable !== undefined) await db.setStatus(file.id, 'error', reading.unreadable);
    else await db.setStatus(file.id, 'ready', undefined, reading.warnings);
    return { status: 'done' };
  } catch (thrown) {
    return retryOrFail(options, job, (thrown as Error).message);
  }
}

const JOB_THREAD = new URL(`./job-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** Why the job thread stopped a job: over the budget (the file's fault) or a crash (retried). */
function limitError(budget: FileBudget, failed: JobFailure): AppError {
  if (failed.reason === 'crash') return appError('internal', `The job thread stopped (${failed.detail}).`);
  const what =
    failed.reason === 'time'
      ? `indexing it took over ${budget.wallMs / 1000} s`
      : `indexing it needed over ${budget.memoryMb} MiB`;
  return appError('file_too_complex', what, {
    hint: 'The file may be malformed or built to exhaust the reader. If it is genuine, split it into smaller files.',
  });
}

/** What every run message carries besides its own settings: where the records and index live, the job, and "now". */
type RunBase = Omit<Extract<ThreadJob, { op: 'run' }>, 'settings'>;

/**
 * A worker thread under the job budget, opened when first needed, that runs one claimed job at a
 * time; closing it closes the thread's connections first (a later job opens both again).
 */
function openBudgetThread<Message extends RunBase>(
  url: URL,
  options: JobOptions,
  budget: FileBudget,
  limitError: (failed: JobFailure) => AppError,
) {
  const thread = openIsolatedWorker<
    (Message & { readonly op: 'run' }) | { readonly op: 'close' },
    JobOutcome | null
  >(url, { wallMs: budget.wallMs, memoryMb: budget.memoryMb }, limitError);
  let used = false;
  return {
    run(job: Job, extra: Omit<Message, keyof RunBase>) {
      used = true;
      const base: RunBase = {
        op: 'run',
        dbUrl: options.db.url,
        ...(options.db.objects ? { objects: options.db.objects } : {}),
        indexUrl: options.index.url,
        dataDir: options.dataDir,
        now: options.clock.now().toISOString(),
        job,
      };
      return thread.run({ ...base, ...extra } as Message & { readonly op: 'run' });
    },
    async close() {
      if (!used) return;
      used = false;
      await thread.run({ op: 'close' });
      await thread.close();
    },
  };
}

/** The job thread of one worker: runs claimed jobs one at a time under the per-file budget, opened when first needed. */
function openJobThread(options: JobOptions, settings: IndexJobSettings) {
  const budget = budgetOf(settings.budget);
  const thread = openBudgetThread<Extract<ThreadJob, { op: 'run' }>>(JOB_THREAD, options, budget, (failed) =>
    limitError(budget, failed),
  );
  return {
    async run(job: Job): Promise<JobOutcome> {
      const result = await thread.run(job, { settings });
      if (result.success && result.data) return result.data;
      const error = result.success ? appError('internal', 'The job thread gave no outcome.') : result.error;
      const file = await options.db.getFile(job.fileId);
      if (!file) return { status: 'done' };
      // Over the budget while indexing: the file's fault, not worth another try (unless it is being deleted: the retry deletes it).
      if (error.code === 'file_too_complex' && job.kind === 'index' && file.status !== 'deleting') {
        await options.db.setStatus(
          file.id,
          'error',
          `${file.name} is too complex to index: ${error.message}.`,
        );
        return { status: 'done' };
      }
      return retryOrFail(options, job, error.message);
    },
    close: thread.close,
  };
}

const SKILL_THREAD = new URL(
  `./skill-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/**
 * The skill thread of one worker: runs queued skill runs one at a time under the job budget,
 * opened when first needed. A run stopped by the budget fails (the run says why); one whose
 * thread crashed is tried again.
 */
function openSkillThread(options: JobOptions, settings: IndexJobSettings, setup: SkillThreadSetup) {
  const budget = budgetOf(settings.budget);
  const thread = openBudgetThread<Extract<SkillThreadJob, { op: 'run' }>>(
    SKILL_THREAD,
    options,
    budget,
    (failed) =>
      failed.reason === 'crash'
        ? appError('internal', `The skill thread stopped (${failed.detail}).`)
        : appError(
            failed.reason === 'time' ? 'timeout' : 'file_too_complex',
            failed.reason === 'time'
              ? `The run took over ${budget.wallMs / 1000} s, the job budget.`
              : `The run needed over ${budget.memoryMb} MiB, the job budget.`,
            { hint: 'Try a smaller source or fewer items, or ask an administrator to raise the job budget.' },
          ),
  );
  return {
    async run(job: Job): Promise<JobOutcome> {
      const result = await thread.run(job, { setup, queue: options.db.queue });
      if (result.success && result.data) return result.data;
      const error = result.success ? appError('internal', 'The skill thread gave no outcome.') : result.error;
      if (error.code === 'internal' && job.attempts < job.maxAttempts)
        return { status: 'retry', error: error.message };
      await options.db.setSkillRun(job.fileId, 'failed', problemOf(error));
      return { status: 'failed', error: error.message };
    },
    close: thread.close,
  };
}

/** Starts this process's worker: it polls for due jobs and runs them one at a time. */
export function startIndexWorker(
  options: JobOptions,
  overrides: Partial<IndexJobSettings> = {},
): IndexWorker {
  const settings = { ...INDEX_JOB_DEFAULTS, ...overrides };
  const id = `${hostname()}:${process.pid}:${newId(6)}`;
  const thread = openJobThread(options, settings);
  const skills = settings.skills ? openSkillThread(options, settings, settings.skills) : undefined;
  let stopped = false;
  const run = (job: Job): Promise<JobOutcome> => {
    if (job.kind === 'thumbnails') return runThumbnailJob(options, job);
    if (job.kind !== 'skill') return thread.run(job);
    if (skills) return skills.run(job);
    return Promise.resolve({ status: 'retry', error: 'This worker runs no skills: it has no model set up.' });
  };
  let draining: Promise<void> | undefined;
  const runOnce = async (): Promise<boolean> => {
    const job = await options.db.claimJob(id);
    if (!job) return false;
    await options.db.finishJob(job, id, await run(job));
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
    async stop() {
      stopped = true;
      clearInterval(timer);
      await draining;
      await thread.close();
      await skills?.close();
    },
  };
}
