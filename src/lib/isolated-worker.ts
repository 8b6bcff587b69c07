/**
 * @module isolated-worker
 * Runs jobs in one worker thread with a wall-time and heap limit per job, so a job that
 * loops or balloons never blocks or crashes the thread that called it. Jobs run one at a
 * time, in order. A job over its time is stopped by terminating the worker; a worker that
 * runs out of heap dies on its own; either way the job fails with the caller's error and the
 * next job starts a fresh worker. The worker module answers `{ id, ok, value | error }`
 * messages for `{ id, job }` requests, once it has said it is ready (see `serveJobs`); the
 * time a worker takes to load is not counted against a job.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { type AppError, toAppError } from './errors.ts';
import { failure, type Result, success } from './result.ts';

export type WorkerLimits = {
  /** Milliseconds one job may run. */
  readonly wallMs: number;
  /** Heap of the worker thread, in MiB. */
  readonly memoryMb: number;
};

export type JobFailure = { readonly reason: 'time' | 'memory' | 'crash'; readonly detail: string };

export type IsolatedWorker<Job, Value> = {
  run(job: Job, transfer?: readonly ArrayBuffer[]): Promise<Result<Value>>;
  close(): Promise<void>;
};

type Reply<Value> = { id: number; ok: true; value: Value } | { id: number; ok: false; error: AppError };

type Started = { readonly thread: Worker; readonly ready: Promise<boolean> };

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const READY = 'officemate-worker-ready';
/** How long a worker may take to load its module. */
const STARTUP_MS = 60_000;

/**
 * A worker on `module` (a file URL). `onLimit` turns a job stopped for time, memory or a
 * crash into the error the caller reports.
 */
export function openIsolatedWorker<Job, Value>(
  module: URL,
  limits: WorkerLimits,
  onLimit: (failed: JobFailure, job: Job) => AppError,
): IsolatedWorker<Job, Value> {
  let worker: Started | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 0;

  const start = (): Started => {
    // TypeScript sources load through the boot script (tsx); compiled JavaScript loads directly.
    const typescript = module.pathname.endsWith('.ts');
    const created = new Worker(typescript ? BOOT : module, {
      workerData: { module: module.href },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    created.unref();
    // An idle worker that fails is simply replaced by the next job; never an uncaught error here.
    created.on('error', () => undefined);
    // Loading the module is not the job's time: jobs wait until the worker says it is ready.
    const ready = new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        created.off('message', onReady);
        created.off('exit', onExit);
        resolve(ok);
      };
      const onReady = (message: unknown) => message === READY && done(true);
      const onExit = () => done(false);
      const timer = setTimeout(() => done(false), STARTUP_MS);
      created.on('message', onReady);
      created.on('exit', onExit);
    });
    return { thread: created, ready };
  };

  const once = async (job: Job, transfer: readonly ArrayBuffer[]): Promise<Result<Value>> => {
    const started = worker ?? start();
    worker = started;
    if (!(await started.ready)) {
      if (worker === started) worker = undefined;
      void started.thread.terminate();
      return failure(onLimit({ reason: 'crash', detail: 'the worker did not start' }, job));
    }
    return runOn(started.thread, job, transfer);
  };

  const runOn = (current: Worker, job: Job, transfer: readonly ArrayBuffer[]): Promise<Result<Value>> =>
    new Promise((resolve) => {
      const id = ++nextId;
      let settled = false;
      const finish = (result: Result<Value>, retire: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        if (retire) {
          if (worker?.thread === current) worker = undefined;
          void current.terminate();
        }
        resolve(result);
      };
      const onMessage = (reply: Reply<Value>) => {
        if (reply.id !== id) return;
        finish(reply.ok ? success(reply.value) : failure(reply.error), false);
      };
      const onError = (error: Error & { code?: string }) => {
        const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(error.message);
        finish(failure(onLimit({ reason: memory ? 'memory' : 'crash', detail: error.message }, job)), true);
      };
      const onExit = (code: number) =>
        finish(
          failure(onLimit({ reason: 'crash', detail: `the worker exited with code ${code}` }, job)),
          true,
        );
      const timer = setTimeout(
        () => finish(failure(onLimit({ reason: 'time', detail: `over ${limits.wallMs} ms` }, job)), true),
        limits.wallMs,
      );
      current.on('message', onMessage);
      current.on('error', onError);
      current.on('exit', onExit);
      current.postMessage({ id, job }, [...transfer]);
    });

  return {
    run(job, transfer = []) {
      const result = queue.then(() => once(job, transfer));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      const current = worker;
      worker = undefined;
      await current?.thread.terminate();
    },
  };
}

/** In a worker module: answers every job with `handle`, typed errors passed back as they are. */
export function serveJobs<Job, Value>(handle: (job: Job) => Promise<Value>): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', async (request: { id: number; job: Job }) => {
    try {
      const value = await handle(request.job);
      port.postMessage({ id: request.id, ok: true, value });
    } catch (thrown) {
      const { cause: _cause, ...error } = toAppError(thrown);
      port.postMessage({ id: request.id, ok: false, error });
    }
  });
  port.postMessage(READY);
}
