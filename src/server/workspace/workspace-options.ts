/**
 * @module workspace-options
 * What the `/api` routes share: the workspace records, the index, the data folder, the clock
 * and the process's model runtime; and the Hono environment every authenticated route sees.
 */
import type { SearchIndex } from '../../index/open-index.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AppError } from '../../lib/errors.ts';
import type { UsageMeter } from '../../models/metering/usage-meter.ts';
import type { ModelRuntime } from '../../models/model-runtime.ts';
import type { LimitStore } from '../security/limit-store.ts';
import type { LoginLimiter } from '../security/login-limiter.ts';
import type { ServerLog } from '../server-log.ts';
import type { Session, WorkspaceDb } from './workspace-db.ts';

/** A process's indexing worker (index-jobs.ts). */
export type IndexWorker = {
  readonly id: string;
  /** Looks for work now (after queuing a job). */
  kick(): void;
  /** Claims and runs one due job; false when there was none. */
  runOnce(): Promise<boolean>;
  /** Stops polling, waits for the job in hand and closes the job and skill threads (a later `runOnce` opens them again). */
  stop(): Promise<void>;
};

export type WorkspaceOptions = {
  readonly db: WorkspaceDb;
  readonly index: SearchIndex;
  /** Where uploads and generated files are stored. */
  readonly dataDir: string;
  readonly clock: Clock;
  /** The process's model, metered per user and skill; owned (and released) by `serve`. */
  readonly runtime: ModelRuntime;
  /** The process's usage meter, when it keeps one: administrators read usage from it. */
  readonly meter?: UsageMeter;
  /** This process's indexing worker (index-jobs.ts); `createApp` starts one when not given. */
  readonly jobs?: IndexWorker;
  /** Largest upload in bytes (default 50 MiB). */
  readonly maxUploadBytes?: number;
  /** Secure cookies always; by default they are Secure when the request came over HTTPS. */
  readonly secureCookies?: boolean;
  /** Login limits (default: counters in `<dataDir>/limits.db`, shared by instances on the host). */
  readonly loginLimiter?: LoginLimiter;
  /** Login and quota counters (default: `<dataDir>/limits.db`); `serve` puts them in PostgreSQL with a PostgreSQL index. */
  readonly limitStore?: LimitStore;
  /** Where failures on the server's side are described, one line each (default: stderr). */
  readonly log?: ServerLog;
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (`--trusted-proxy`). */
  readonly trustedProxies?: readonly string[];
};

export type WorkspaceEnv = { Variables: { session: Session; viaCookie: boolean } };

/** The JSON error body every `/api` route answers with. */
export function problem(code: string, message: string, hint?: string) {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}

/** An AppError as the `/api` error body (the OpenAI-style shape is for `/v1` only). */
export function problemOf(error: AppError) {
  return problem(error.code, error.message, error.hint);
}
