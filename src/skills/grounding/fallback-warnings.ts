/**
 * @module fallback-warnings
 * One way for every skill to say that it did not use the configured model for part of its
 * work: a `Warning` per reason, collected without repeats, so ten paragraphs that fell back
 * after the circuit opened give one line, not ten.
 */
import type { AppError } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';

/** Warnings without repeats, in the order first seen. */
export class WarningList {
  readonly #items: Warning[] = [];
  add(warning: Warning): void {
    if (!this.#items.some((seen) => seen.message === warning.message)) this.#items.push(warning);
  }
  get items(): readonly Warning[] {
    return [...this.#items];
  }
}

/** The model call failed: `what` names the builtin result used instead ("the builtin summary"). */
export function modelFailedWarning(error: AppError, what: string): Warning {
  return { type: 'other', message: `${error.message.replace(/\.$/, '')} (${error.code}); used ${what}.` };
}

/** The model answered but its answer was not used. */
export function modelRejectedWarning(reason: string, what: string): Warning {
  return { type: 'other', message: `The model's answer was not used: ${reason}; used ${what}.` };
}
