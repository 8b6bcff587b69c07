/**
 * @module unlabelled-bands
 * Bands a text lists by their ranges alone, with no label of their own: "The bands are: below 100;
 * from 100 up to but not including 300; 300 or more", "The bins are 1 to 9, 10 to 19 and 20 to 49,
 * each including both ends". Each band is named by its words, in the order written.
 */

/** One band: its words, what it holds, and the numbers written in it. */
export type Band = {
  readonly label: string;
  readonly words: string;
  readonly contains: (value: number) => boolean;
};

/** "The bands are:", "the bins are", "The decades are": where a list of ranges starts. */
const LIST_START =
  /\b(?:bands?|bins?|groups?|ranges?|intervals?|brackets?|tiers?|decades?|centuries|categories)\s*(?:(?:are|is)\s*:?|:)\s*/i;

/** Where a list's items part: a semicolon, a comma not inside a number, or "and" before a range ("300 and above" is one). */
const ITEM_BREAK =
  /\s*;\s*(?:and\s+)?|\s*,\s*(?:and\s+)?(?!\d{3}\b)|\s+and\s+(?=(?:(?:from|below|under|above|over|less than|more than|at least|at most)\s+)?\d)/i;

/** A closing clause with no range: "each including both ends", "both ends included". */
const CLOSING = /^(?:each|both|all|with|the|ends?)\b/i;

/**
 * The bands a sentence lists after "the bands are", two or more and each read by `read` as a range,
 * in the order written; undefined when the sentence lists none, or an item does not read.
 */
export function unlabelledBands(
  sentence: string,
  read: (words: string) => ((value: number) => boolean) | undefined,
): Band[] | undefined {
  const start = LIST_START.exec(sentence);
  if (!start) return undefined;
  const rest = sentence
    .slice(start.index + start[0].length)
    .replace(/[.\s]+$/, '')
    // A label before the range ("'low': below 10") is another form, read elsewhere.
    .trim();
  if (/["'“‘]/.test(rest)) return undefined;
  const items = rest
    .split(ITEM_BREAK)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  while (items.length > 0 && CLOSING.test(items.at(-1)!) && !/\d/.test(items.at(-1)!)) items.pop();
  if (items.length < 2) return undefined;
  const bands: Band[] = [];
  for (const item of items) {
    const words = item.replace(/\s*\((?:[^()]*)\)\s*$/, '').replace(/\s+(?:inclusive|included)$/i, '');
    const contains = read(words);
    if (!contains) return undefined;
    bands.push({ label: words, words, contains });
  }
  return bands;
}

/** The bin of `value`: the first band holding it, or none. */
export function bandOf(bands: readonly Band[], value: number): Band | undefined {
  return bands.find((band) => band.contains(value));
}
