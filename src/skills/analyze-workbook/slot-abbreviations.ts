/**
 * @module slot-abbreviations
 * Slot words that abbreviate a column the plan read: "lt" for the late trains of
 * number_of_late_trains (the initials of words next to each other in its name), "intl" for
 * International (a contraction keeping the word's first letter and some of its others in order),
 * "parkmaint" for Parks Maintenance (the first letters of neighbouring words, joined).
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';

/** Words a name's initials skip: "number_of_late_trains" abbreviates to "lt", not "nolt". */
const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'and',
  'or',
  'to',
  'for',
  'by',
  'per',
]);

/** The plain lower-case words of a column's name ("number_of_late_trains" → number, late, trains). */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0 && !FUNCTION_WORDS.has(word));
}

/** The initials of every run of two or more neighbouring words of a name ("hr", "nh", "nhr"). */
function runInitials(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let start = 0; start < words.length; start++)
    for (let end = start + 2; end <= words.length; end++)
      found.push(
        words
          .slice(start, end)
          .map((word) => word[0])
          .join(''),
      );
  return found;
}

/** Whether `short` keeps the first letter of `long` and some of its other letters in order, and is much shorter. */
function contracts(short: string, long: string): boolean {
  if (short.length < 4 || long.length < short.length + 3 || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/**
 * Whether `short` joins the first three or more letters of two or more neighbouring words of a
 * name, in order and with nothing else ("parkmaint" of Parks Maintenance, "streetlig" of Street
 * Lighting).
 */
function blends(short: string, words: readonly string[]): boolean {
  const from = (at: number, start: number, used: number): boolean => {
    if (at === short.length) return used >= 2;
    if (start >= words.length) return false;
    const word = words[start]!;
    for (let size = Math.min(word.length, short.length - at); size >= 3; size--)
      if (short.startsWith(word.slice(0, size), at) && from(at + size, start + 1, used + 1)) return true;
    return false;
  };
  return words.some((_, start) => from(0, start, 0));
}

/**
 * The slot words among `words` that abbreviate a column the plan read, by the initials of
 * neighbouring words of its name, by a contraction of one of its words, or by a blend of the
 * first letters of neighbouring words.
 */
export function abbreviatedColumnWords(
  words: readonly string[],
  columns: readonly string[],
  planText: string,
): Set<string> {
  const read = columns.filter((name) =>
    new RegExp(`(?:^|[^\\w])${escapeRegExp(name)}(?![\\w])`).test(planText),
  );
  const initials = new Set(read.flatMap((name) => runInitials(nameWords(name))));
  const parts = read.flatMap((name) => nameWords(name));
  return new Set(
    words.filter(
      (word) =>
        (/^[a-z]{2,5}$/.test(word) && (initials.has(word) || parts.some((part) => contracts(word, part)))) ||
        (/^[a-z]{6,12}$/.test(word) && read.some((name) => blends(word, nameWords(name)))),
    ),
  );
}
