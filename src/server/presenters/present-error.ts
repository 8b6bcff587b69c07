/**
 * @module present-error
 * The one place an AppError becomes an HTTP status and body. Routes never choose statuses
 * from messages. The body follows OpenAI's error shape (`{ error: { message, type, code } }`)
 * so OpenAI clients show it, and carries our hint.
 */
import type { AppError, ErrorCode } from '../../lib/errors.ts';

export type HttpStatus = 400 | 401 | 403 | 404 | 408 | 413 | 422 | 429 | 500 | 502 | 504;

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  bad_usage: 400,
  model_capability: 400,
  format_unknown: 400,
  format_unsupported: 400,
  file_too_large: 413,
  file_too_complex: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  file_not_found: 404,
  model_not_found: 404,
  model_output_invalid: 422,
  rate_limited: 429,
  aborted: 408,
  model_unreachable: 502,
  model_auth: 502,
  timeout: 504,
};

export function statusFor(error: AppError): HttpStatus {
  return STATUS[error.code] ?? 500;
}

export function presentError(error: AppError) {
  const status = statusFor(error);
  const type =
    status === 401
      ? 'authentication_error'
      : status < 500 && status !== 429
        ? 'invalid_request_error'
        : 'server_error';
  return {
    error: { message: error.message, type, code: error.code, ...(error.hint ? { hint: error.hint } : {}) },
  };
}
