/**
 * @module ordinal-words
 * Ordinals written as words read as the numerals a label writes: "nineteenth" is "19th",
 * "twenty first" is "21st", so a slot named `nineteenth` finds the bin labelled '19th'.
 */
import { ORDINAL_WORDS, ordinalDigits } from '../../lib/text/ordinal-forms.ts';

/** The ordinal words by their place: "zeroth" holds place 0 so that `UNITS[3]` is "third". */
const UNITS: readonly string[] = ['zeroth', ...ORDINAL_WORDS];
const TENS: Record<string, number> = { twenty: 20, thirty: 30 };
const TENTHS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

/** The place an ordinal word names ("third" → 3, up to "nineteenth"), else none. */
export function ordinalPlace(word: string): number | undefined {
  const index = UNITS.indexOf(word.toLowerCase());
  return index > 0 ? index : undefined;
}

/** The letters after a numeral's digits: 19 → "th", 21 → "st". */
const suffix = (value: number) => ordinalDigits(value).slice(String(value).length);

/** The ordinals among words as the words a numeral label reads as ("19", "th"), else none. */
export function ordinalNumeralWords(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const [index, word] of words.entries()) {
    let value: number | undefined;
    const unit = UNITS.indexOf(word);
    if (unit > 0) value = unit;
    else if (TENTHS[word] !== undefined) value = TENTHS[word];
    if (value === undefined) continue;
    const before = index > 0 ? TENS[words[index - 1]!] : undefined;
    if (before !== undefined && unit > 0 && unit < 10) value += before;
    found.push(String(value), suffix(value));
  }
  return found;
}
