/**
 * @module v1-guard
 * Who may use `/v1` (the OpenAI-compatible model endpoint), and how much. With an API key
 * configured, a request needs that key or a logged-in account's token; without one, requests
 * that reach the server over loopback are open (a local tool on the same machine), and any
 * request that arrives on another interface needs an account token. Keys are compared in
 * constant time. `max_tokens` is capped (and filled in when missing), and with a daily quota
 * each caller's requests reserve their `max_tokens` against it; over it, 429.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { presentError } from '../presenters/present-error.ts';
import { isLoopback, socketAddresses } from './client-address.ts';
import { secretsEqual } from './constant-time.ts';
import type { LimitStore } from './limit-store.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Who called `/v1`: an account name, "api" (the server's API key) or "local" (loopback, no key). */
    v1User: string;
  }
}

export type V1GuardOptions = {
  /** The API key `officemate serve` was given, if any. */
  readonly apiKey?: string;
  /** The account a session token belongs to, if it is a live one. */
  readonly accountFor?: (token: string) => Promise<string | undefined>;
  /** Cap on `max_tokens` for one request (default 4096). */
  readonly maxTokens?: number;
  /** Tokens each caller (account, "api" for the key, "local") may reserve per day. */
  readonly quota?: { readonly store: LimitStore; readonly tokensPerDay: number };
  readonly now?: () => number;
};

/** Default cap on `max_tokens` for one request. */
export const DEFAULT_MAX_TOKENS = 4096;
const DAY_MS = 24 * 3_600_000;

/** The caller's name, or undefined when the request may not use `/v1`. */
async function callerOf(c: Context, options: V1GuardOptions): Promise<string | undefined> {
  const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const account = token === undefined ? undefined : await options.accountFor?.(token);
  if (account !== undefined) return `account:${account}`;
  if (options.apiKey !== undefined) return secretsEqual(token, options.apiKey) ? 'api' : undefined;
  return isLoopback(socketAddresses(c).local) ? 'local' : undefined;
}

/** Clamps `max_tokens` and `max_completion_tokens` to `limit` (filling in `max_tokens`); returns the tokens asked for. */
async function clampMaxTokens(c: Context, limit: number): Promise<number> {
  if (c.req.method !== 'POST' || !c.req.header('content-type')?.includes('json')) return 0;
  const body = (await c.req.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 0;
  for (const field of ['max_tokens', 'max_completion_tokens']) {
    const asked = body[field];
    if (typeof asked === 'number' && asked > limit) body[field] = limit;
  }
  if (body.max_tokens === undefined && body.max_completion_tokens === undefined) body.max_tokens = limit;
  // The route reads the clamped body: a new request, and Hono's cache of the old body dropped.
  c.req.raw = new Request(c.req.raw, { body: JSON.stringify(body) });
  c.req.bodyCache = {};
  const asked = body.max_completion_tokens ?? body.max_tokens;
  return typeof asked === 'number' && asked > 0 ? Math.min(asked, limit) : limit;
}

export function guardV1(options: V1GuardOptions): MiddlewareHandler {
  const limit = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  const now = options.now ?? Date.now;
  return async function requireV1Access(c, next) {
    const caller = await callerOf(c, options);
    if (caller === undefined) {
      return c.json(
        presentError({
          code: 'unauthorized',
          message: options.apiKey
            ? 'Missing or wrong API key.'
            : 'This endpoint needs an account token when reached over the network.',
          hint: options.apiKey
            ? 'Send Authorization: Bearer <the key officemate serve was given, or your session token>.'
            : 'Log in (POST /api/session) and send Authorization: Bearer <token>, or start the server with --api-key.',
        }),
        401,
      );
    }
    c.set('v1User', caller.startsWith('account:') ? caller.slice('account:'.length) : caller);
    const tokens = await clampMaxTokens(c, limit);
    if (options.quota && tokens > 0) {
      const [used] = await options.quota.store.hit([`tokens:${caller}`], now(), DAY_MS, tokens);
      if (used && used.count > options.quota.tokensPerDay) {
        const hours = Math.max(1, Math.ceil((used.resetAt - now()) / 3_600_000));
        c.header('retry-after', String(Math.ceil((used.resetAt - now()) / 1000)));
        return c.json(
          presentError({
            code: 'rate_limited',
            message: `The daily quota of ${options.quota.tokensPerDay} tokens is used up; it renews in about ${hours} h.`,
            hint: 'Ask for fewer tokens (max_tokens), or ask an administrator to raise the quota.',
          }),
          429,
        );
      }
    }
    return next();
  };
}
