/**
 * @module list-items
 * The numbered items of a mail's text ("1) Where to go", "2 - Business plans", "a) Deal structure"):
 * a list answering a call for ideas, or the deliverables agreed at a meeting, is what the message
 * says, item by item, however few of its words are in lower case.
 */

/** A line opened by a number or a letter as a list marker: "1)", "(2)", "3.", "4 -", "a)", "b.". */
const NUMBERED = /^\s*\(?(?:\d{1,2}\s*[.)\u2013-]|[a-h][.)])\s+(?=\S)/iu;

/** How many leading characters of an item tell it from the others. */
const KEY_LENGTH = 24;

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(NUMBERED, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, KEY_LENGTH);

/** The openings of a text's numbered items, when it numbers two or more lines; else none. */
export function numberedItems(text: string): ReadonlySet<string> {
  const items = text
    .split('\n')
    .filter((line) => NUMBERED.test(line))
    .map(key)
    .filter((item) => item.length >= 4);
  return new Set(items.length >= 2 ? items : []);
}

/** True when a sentence is the opening of one of the items (its marker may be gone already). */
export function opensItem(sentence: string, items: ReadonlySet<string>): boolean {
  if (items.size === 0) return false;
  const start = key(sentence.trimStart());
  for (const item of items) {
    const n = Math.min(start.length, item.length);
    if (n >= 4 && start.slice(0, n) === item.slice(0, n)) return true;
  }
  return false;
}
