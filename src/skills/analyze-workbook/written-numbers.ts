/**
 * @module written-numbers
 * Numbers written as English words in a question ("thirty thousand", "twenty-five"), read into
 * the numbers the columns hold.
 */
import { SMALL_NUMBER_WORDS } from '../../lib/text/number-words.ts';

const UNITS: Readonly<Record<string, number>> = {
  ...SMALL_NUMBER_WORDS,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** A run of English number words ("thirty thousand", "twenty-five", "two hundred and fifty"), as a pattern. */
export const NUMBER_WORDS_PATTERN = (() => {
  const word = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|');
  return String.raw`(?:${word})(?:(?:[- ]|\s+and\s+)(?:${word}))*`;
})();

/**
 * The number a run of English number words says ("thirty thousand" → 30000, "twenty-five" → 25,
 * "two hundred and fifty" → 250), or undefined when the words are no well-formed number
 * ("ten ten", "thousand").
 */
export function readNumberWords(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== 'and' && word !== '');
  let total = 0;
  let group: number | undefined;
  for (const word of words) {
    const unit = UNITS[word];
    const ten = TENS[word];
    const scale = SCALES[word];
    if (ten !== undefined) {
      if (group !== undefined && group % 100 !== 0) return undefined;
      group = (group ?? 0) + ten;
    } else if (unit !== undefined) {
      if (
        group !== undefined &&
        (group % 100 !== 0 || group === 0) &&
        !(group % 10 === 0 && group % 100 >= 20)
      )
        return undefined;
      group = (group ?? 0) + unit;
    } else if (scale !== undefined) {
      if (group === undefined || group === 0) return undefined;
      if (scale === 100) {
        if (group >= 100) return undefined;
        group *= 100;
      } else {
        total += group * scale;
        group = undefined;
      }
    } else return undefined;
  }
  if (words.length === 0) return undefined;
  return total + (group ?? 0);
}
