/**
 * @module secure-app
 * Mounts the request-level protections on the app, before its routes: security headers,
 * body limits (uploads get theirs), and `/v1` access, token cap and quota.
 */
import { join } from 'node:path';
import type { Hono } from 'hono';
import { limitBodies } from './body-limit.ts';
import { type LimitStore, memoryLimitStore, sqliteLimitStore } from './limit-store.ts';
import { securityHeaders } from './security-headers.ts';
import { guardV1 } from './v1-guard.ts';

export type SecureAppOptions = {
  readonly apiKey?: string;
  /** Cap on `max_tokens` for one `/v1` request (default 4096). */
  readonly maxTokens?: number;
  /** Tokens each `/v1` caller may reserve per day (no quota when unset). */
  readonly tokensPerDay?: number;
  readonly workspace?: {
    readonly db: { getSession(token: string): Promise<{ readonly user: string } | undefined> };
    readonly dataDir: string;
    readonly maxUploadBytes?: number;
    readonly limitStore?: LimitStore;
  };
};

const DEFAULT_UPLOAD_BYTES = 50 * 1024 * 1024;

export function secureApp(app: Hono, options: SecureAppOptions): void {
  const { workspace } = options;
  const uploadBytes = (workspace?.maxUploadBytes ?? DEFAULT_UPLOAD_BYTES) + 64 * 1024;
  app.use('*', securityHeaders());
  app.use('*', limitBodies([{ path: /^\/api\/files\/?$/, maxBytes: uploadBytes }]));
  app.use(
    '/v1/*',
    guardV1({
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(workspace
        ? { accountFor: async (token: string) => (await workspace.db.getSession(token))?.user }
        : {}),
      ...(options.maxTokens ? { maxTokens: options.maxTokens } : {}),
      ...(options.tokensPerDay
        ? {
            quota: {
              store: workspace
                ? (workspace.limitStore ?? sqliteLimitStore(join(workspace.dataDir, 'limits.db')))
                : memoryLimitStore(),
              tokensPerDay: options.tokensPerDay,
            },
          }
        : {}),
    }),
  );
}
