/**
 * @module bad-input
 * Malformed input is the client's mistake, never a server error: a URL that does not decode,
 * a body that is not JSON, or an HTTP error a middleware raised become 4xx responses here,
 * and unknown API routes answer JSON 404 instead of the web app's page.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type AppError, appError } from '../../lib/errors.ts';
import { presentError } from '../presenters/present-error.ts';

/** The AppError for input the client got wrong, or undefined when `thrown` is something else. */
export function badInputError(thrown: unknown): AppError | undefined {
  if (thrown instanceof URIError)
    return appError('bad_usage', 'The URL is malformed (a bad %-escape).', {
      hint: 'Encode the URL with encodeURIComponent.',
    });
  if (thrown instanceof SyntaxError)
    return appError('bad_usage', 'The request body is not valid JSON.', {
      hint: 'Send a JSON body with Content-Type: application/json.',
    });
  if (thrown instanceof HTTPException && thrown.status < 500) {
    if (thrown.status === 413) return appError('file_too_large', 'The request body is too large.');
    return appError('bad_usage', thrown.message || 'The request is malformed.');
  }
  return undefined;
}

/** JSON 404 for any API path no route answered. */
export function apiNotFound(c: Context) {
  return c.json(
    presentError({ code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` }),
    404,
  );
}
