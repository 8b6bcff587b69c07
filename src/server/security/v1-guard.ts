/**
 * @module v1-guard
 * Who may use `/v1` (the OpenAI-compatible model endpoint). With an API key configured, a
 * request needs that key or a logged-in account's token; without one, requests that reach the
 * server over loopback are open (a local tool on the same machine), and any request that
 * arrives on another interface needs an account token. Keys are compared in constant time.
 * `max_tokens` is capped so one request cannot ask the model for unbounded work.
 */
import type { MiddlewareHandler } from 'hono';
import { presentError } from '../presenters/present-error.ts';
import { isLoopback, socketAddresses } from './client-address.ts';
import { secretsEqual } from './constant-time.ts';

export type V1GuardOptions = {
  /** The API key `officemate serve` was given, if any. */
  readonly apiKey?: string;
  /** The account a session token belongs to, if it is a live one. */
  readonly accountFor?: (token: string) => string | undefined;
};

/** Default cap on `max_tokens` for one request. */
export const DEFAULT_MAX_TOKENS = 4096;

export function guardV1(options: V1GuardOptions): MiddlewareHandler {
  return async function requireV1Access(c, next) {
    const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const byKey = options.apiKey !== undefined && secretsEqual(token, options.apiKey);
    const byAccount = token !== undefined && options.accountFor?.(token) !== undefined;
    const local = isLoopback(socketAddresses(c).local);
    if (byKey || byAccount || (options.apiKey === undefined && local)) return next();
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
  };
}

/** Clamps `max_tokens` (and `max_completion_tokens`) of chat requests to `limit`; fills it in when missing. */
export function capMaxTokens(limit = DEFAULT_MAX_TOKENS): MiddlewareHandler {
  return async function clampMaxTokens(c, next) {
    if (c.req.method !== 'POST' || !c.req.header('content-type')?.includes('json')) return next();
    const body = (await c.req.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const field of ['max_tokens', 'max_completion_tokens']) {
        const asked = body[field];
        if (typeof asked === 'number' && asked > limit) body[field] = limit;
      }
      if (body.max_tokens === undefined && body.max_completion_tokens === undefined) body.max_tokens = limit;
      // Hono keeps the body text it read; the route's validator parses the clamped one.
      c.req.bodyCache = { text: Promise.resolve(JSON.stringify(body)) };
    }
    return next();
  };
}
