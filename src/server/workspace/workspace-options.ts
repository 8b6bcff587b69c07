/**
 * @module workspace-options
 * What the `/api` routes share: the workspace records, the index, the data folder, the clock
 * and the process's model runtime; and the Hono environment every authenticated route sees.
 */
import type { SearchIndex } from '../../index/open-index.ts';
import type { Clock } from '../../lib/clock.ts';
import type { ModelRuntime } from '../../models/model-runtime.ts';
import type { LoginLimiter } from '../security/login-limiter.ts';
import type { Session, WorkspaceDb } from './workspace-db.ts';

export type WorkspaceOptions = {
  readonly db: WorkspaceDb;
  readonly index: SearchIndex;
  /** Where uploads and generated files are stored. */
  readonly dataDir: string;
  readonly clock: Clock;
  /** The process's model, metered per user and skill; owned (and released) by `serve`. */
  readonly runtime: ModelRuntime;
  /** Largest upload in bytes (default 50 MiB). */
  readonly maxUploadBytes?: number;
  /** Secure cookies always; by default they are Secure when the request came over HTTPS. */
  readonly secureCookies?: boolean;
  /** Login limits (default: counters in `<dataDir>/limits.db`, shared by instances on the host). */
  readonly loginLimiter?: LoginLimiter;
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (`--trusted-proxy`). */
  readonly trustedProxies?: readonly string[];
};

export type WorkspaceEnv = { Variables: { session: Session; viaCookie: boolean } };

/** The JSON error body every `/api` route answers with. */
export function problem(code: string, message: string, hint?: string) {
  return { error: { code, message, ...(hint ? { hint } : {}) } };
}
