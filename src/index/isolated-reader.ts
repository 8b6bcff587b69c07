/**
 * @module isolated-reader
 * Reads files for the index (and for previews) in a worker thread under the file budget's
 * wall time and heap, so a file built to loop or balloon fails alone with `file_too_complex`
 * and never blocks the caller's thread, its other requests or the rest of an index run.
 *
 * @example
 * const reader = openIsolatedReader({ wallMs: 20_000 });
 * const result = await reader.chunk(path, bytes, { now: new Date() });
 * await reader.close();
 */
import { basename } from 'node:path';
import { budgetOf, type FileBudget } from '../formats/budget.ts';
import { type AppError, appError } from '../lib/errors.ts';
import { type JobFailure, openIsolatedWorker } from '../lib/isolated-worker.ts';
import { failure, success } from '../lib/result.ts';
import type { ReadJob, ReadValue } from './read-and-chunk.ts';
import type { IsolatedReader, IsolatedReadOptions } from './types.ts';

export type { IsolatedReader } from './types.ts';

/** The worker module beside this one: .ts from the sources, .js from the compiled CLI. */
const WORKER = new URL(
  `./read-and-chunk-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

function limitError(path: string, budget: FileBudget, failed: JobFailure): AppError {
  const name = basename(path);
  const what =
    failed.reason === 'time'
      ? `reading it took over ${budget.wallMs / 1000} s`
      : failed.reason === 'memory'
        ? `reading it needed over ${budget.memoryMb} MiB`
        : `the reader stopped (${failed.detail})`;
  return appError('file_too_complex', `${name} is too complex to read: ${what}.`, {
    hint: 'The file may be malformed or built to exhaust the reader. If it is genuine, split it into smaller files.',
    path,
  });
}

let shared: IsolatedReader | undefined;

/** One reader for the whole process (the server's uploads and previews), with the default budget. */
export function sharedIsolatedReader(): IsolatedReader {
  shared ??= openIsolatedReader();
  return shared;
}

export function openIsolatedReader(overrides?: Partial<FileBudget>): IsolatedReader {
  const budget = budgetOf(overrides);
  const worker = openIsolatedWorker<ReadJob, ReadValue>(
    WORKER,
    { wallMs: budget.wallMs, memoryMb: budget.memoryMb },
    (failed, job) => limitError(job.path, budget, failed),
  );
  const run = (job: Omit<ReadJob, 'bytes' | 'budget'>, bytes: Uint8Array) => {
    // A private copy goes to the worker (transferred, not cloned); the caller keeps its bytes.
    const copy = new Uint8Array(bytes);
    return worker.run({ ...job, bytes: copy, ...(overrides ? { budget: overrides } : {}) }, [copy.buffer]);
  };
  /** A whole-file job (Markdown or the typed model), with the calendar window when given. */
  const render = (op: 'markdown' | 'model', path: string, bytes: Uint8Array, options: IsolatedReadOptions) =>
    run(
      { op, path, now: options.now.toISOString(), ...(options.window ? { window: options.window } : {}) },
      bytes,
    );
  return {
    async chunk(path, bytes, options) {
      const result = await run(
        {
          op: 'chunk',
          path,
          now: options.now.toISOString(),
          ...(options.fileDate ? { fileDate: options.fileDate } : {}),
        },
        bytes,
      );
      if (!result.success) return result;
      return result.data.op === 'chunk'
        ? success(result.data.drafts, result.data.warnings)
        : failure(appError('internal', 'Wrong reply.'));
    },
    async markdown(path, bytes, options) {
      const result = await render('markdown', path, bytes, options);
      if (!result.success) return result;
      return result.data.op === 'markdown'
        ? success({ type: result.data.type, markdown: result.data.markdown }, result.data.warnings)
        : failure(appError('internal', 'Wrong reply.'));
    },
    async model(path, bytes, options) {
      const result = await render('model', path, bytes, options);
      if (!result.success) return result;
      return result.data.op === 'model'
        ? success({ type: result.data.type, model: result.data.model }, result.data.warnings)
        : failure(appError('internal', 'Wrong reply.'));
    },
    close: () => worker.close(),
  };
}
