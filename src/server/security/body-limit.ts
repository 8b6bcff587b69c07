/**
 * @module body-limit
 * Request bodies are limited on every route, counted while they stream in: a body sent
 * without Content-Length (chunked) is stopped as soon as it passes its limit, before it is
 * buffered whole, and a declared Content-Length over the limit is refused before any byte is
 * read. Limits go by path; the first matching rule wins, others get the JSON limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { presentError } from '../presenters/present-error.ts';

export type BodyLimitRule = { readonly path: RegExp; readonly maxBytes: number };

/** Bodies of JSON requests (login, questions, shares): generous for any real request. */
export const DEFAULT_JSON_BYTES = 1024 * 1024;

function mebibytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1048576)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

export function limitBodies(
  rules: readonly BodyLimitRule[],
  fallbackBytes = DEFAULT_JSON_BYTES,
): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiterFor = (maxBytes: number) => {
    let limiter = limiters.get(maxBytes);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize: maxBytes,
        onError: (c) =>
          c.json(
            presentError({
              code: 'file_too_large',
              message: `The request body is over the ${mebibytes(maxBytes)} limit for ${c.req.path}.`,
              hint: 'Send a smaller body; uploads have their own, larger limit.',
            }),
            413,
          ),
      });
      limiters.set(maxBytes, limiter);
    }
    return limiter;
  };
  return async function limitBody(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const rule = rules.find((item) => item.path.test(c.req.path));
    return limiterFor(rule?.maxBytes ?? fallbackBytes)(c, next);
  };
}
