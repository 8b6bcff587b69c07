/**
 * @module fallback-warnings
 * One way for every skill to say that it did not use the configured model's answer: the
 * reason (the model's own error message and code, or why its answer was rejected) and what
 * was used instead.
 */
import type { AppError } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';

/** The model call failed: `what` names the builtin result used instead ("the builtin summary"). */
export function modelFailedWarning(error: AppError, what: string): Warning {
  return { type: 'other', message: `${error.message.replace(/\.$/, '')} (${error.code}); used ${what}.` };
}

/** The model answered but its answer was not used. */
export function modelRejectedWarning(reason: string, what: string): Warning {
  return { type: 'other', message: `The model's answer was not used: ${reason}; used ${what}.` };
}
