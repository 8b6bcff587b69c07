/**
 * @module code-match
 * Codes and identifiers a question names ("session QK2.15", "form B-12", "release v2.3.1"):
 * letters and digits joined by dots, hyphens or slashes. The index splits them at those marks
 * ("ft3", "40"), so their pieces weigh no more than any common word of another passage; a person
 * looking for the code reads first the passage that holds it whole.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** A token of letters and digits joined by '.', '-' or '/', with at least one letter and one digit. */
const CODE =
  /(?<![\p{L}\p{N}.\-/])(?=[\p{L}\p{N}.\-/]*\p{L})(?=[\p{L}\p{N}.\-/]*\p{N})[\p{L}\p{N}]+(?:[.\-/][\p{L}\p{N}]+)+/gu;

/** The codes a text names, each once, as written. */
export function askedCodes(text: string): string[] {
  return [...new Set(text.normalize('NFKC').match(CODE) ?? [])];
}

/** True when the text holds the code whole: not inside a longer code ("QK2.151", "QK2.15.2"). */
export function holdsCode(text: string, code: string): boolean {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][.\-/])${escapeRegExp(code)}(?![\p{L}\p{N}]|[.\-/][\p{L}\p{N}])`,
    'iu',
  );
  return pattern.test(text.normalize('NFKC'));
}

/** True when the text holds a code the question names, whole. */
export function holdsAskedCode(question: string, text: string): boolean {
  return askedCodes(question).some((code) => holdsCode(text, code));
}
