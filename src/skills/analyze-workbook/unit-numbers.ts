/**
 * @module unit-numbers
 * Columns whose cells write amounts with a unit or a scale: "12.5 km", "3,880 days",
 * "111.98 km/h", "£2.50", "$3.4M", "1.2k". A column reads this way when most filled cells are
 * such amounts, at least one carries a unit or scale, and all units agree (day and days are
 * one); each cell then reads as its number, a scale letter or word multiplied in. Prose is read
 * the same way: amounts and bounds written in words become the plain numbers the columns hold.
 */
import { NUMBER_WORDS_PATTERN, readNumberWords } from './written-numbers.ts';

/** A currency sign, a number, a scale written onto it or after it, then a unit word. */
const AMOUNT =
  /^([$€£¥])?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(?:(k|K|M|bn|B)\b|\s+(thousand|million|billion)\b)?\s*([A-Za-z][A-Za-z/.²³]*)?$/;

const SCALES: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  million: 1e6,
  B: 1e9,
  bn: 1e9,
  billion: 1e9,
};

type Amount = { value: number; unit: string; marked: boolean };

function readAmount(text: string): Amount | undefined {
  const match = AMOUNT.exec(text.trim());
  if (!match) return undefined;
  const [, sign, digits, attached, word, unit] = match;
  const scale = SCALES[attached ?? word ?? ''] ?? 1;
  // A unit word in the singular or plural is one unit ("1 day", "3 days").
  const name = (unit ?? '')
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/(?<=[a-z]{3})s$/, '');
  return {
    value: Number((Number(digits!.replace(/,/g, '')) * scale).toPrecision(12)),
    unit: `${sign ?? ''}|${name}`,
    marked: Boolean(sign || attached || word || unit),
  };
}

/** A reader of the column's amounts when its cells write them with units, else undefined. */
export function unitReader(texts: readonly string[]): ((text: string) => number | undefined) | undefined {
  const filled = texts.map((text) => text.trim()).filter((text) => text !== '' && !/^[-–—]$/.test(text));
  if (filled.length < 2) return undefined;
  const amounts = filled.map(readAmount);
  const read = amounts.filter((amount): amount is Amount => amount !== undefined);
  if (read.length < filled.length * 0.8 || !read.some((amount) => amount.marked)) return undefined;
  // Every unit the same, a bare number aside ("800" among "1.2k").
  const units = new Set(read.filter((amount) => amount.unit !== '|').map((amount) => amount.unit));
  if (units.size > 1) return undefined;
  return (text) => readAmount(text)?.value;
}

/**
 * Prose with amounts written as plain numbers, for comparing them with a column: "$150,000" →
 * "150000", "€2.5 million" → "2500000", "12,000" → "12000".
 */
export function amountsAsNumbers(text: string): string {
  return text.replace(
    /(?<![\w.,])([$€£¥]\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:(k|K|M|bn|B)\b|\s+(thousand|million|billion)\b)?(?![\d,]\d)/g,
    (whole, sign: string | undefined, digits: string, attached?: string, word?: string) => {
      if (!sign && !digits.includes(',') && !attached && !word) return whole;
      // A bare scale letter after a number with no currency sign ("5 M") may be a unit.
      if (!sign && (attached || word) && !digits.includes(',')) return whole;
      const scale = SCALES[attached ?? word ?? ''] ?? 1;
      return String(Number((Number(digits.replace(/,/g, '')) * scale).toPrecision(12)));
    },
  );
}

/**
 * A bound written in words after a plain comparative, as digits: "more than twenty thousand" →
 * "more than 20000", "at least ten" → "at least 10". Left as written where the words count
 * something else ("at least one of", "more than two standard deviations", "at least one missing
 * value"), which their own rules read.
 */
export function boundsInWordsAsNumbers(text: string): string {
  return text.replace(
    new RegExp(
      String.raw`\b(at least|at most|more than|fewer than|less than|greater than)\s+(${NUMBER_WORDS_PATTERN})\b(?!\s+(?:of|another|or|missing|null|nan|na|empty|blank|non-missing|standard|std|sd|sds|sigma|sigmas|times)\b)`,
      'gi',
    ),
    (whole, bound: string, written: string) => {
      const value = readNumberWords(written);
      return value === undefined ? whole : `${bound} ${value}`;
    },
  );
}
