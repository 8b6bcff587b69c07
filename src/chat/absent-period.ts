/**
 * @module absent-period
 * "How many lanterns were sold in July?" over a sheet whose rows run Jan to Jun, or "the rate
 * in 2008" over a table whose columns run 1997 to 2007: the table labels its rows or columns by
 * months or years, but never the one asked, so any of its figures is another period's. A sheet
 * that names the period asked anywhere, or labels none of that kind, is left to the other checks.
 * So is a sum or a rate given beside another year, from a passage that never writes the year asked.
 */
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../lib/text/calendar-names.ts';

/** A cell that is a month alone ("Jan", "March", "Sept."). */
const MONTH_CELL = new RegExp(`^(?:${MONTH_NAME_PATTERN})\\.?$`, 'i');

/** A cell that is a year alone ("2007"). */
const YEAR_CELL = /^(?:19|20)\d{2}$/;

/** A year written alone, not part of a date, a code or a longer number. */
const YEAR = /(?<![\p{L}\p{N}\-/.,:])((?:19|20)\d{2})(?![\p{L}\p{N}]|[-/.,:][\p{L}\p{N}])/gu;

/** The month of a name or short form ("sept" → 8, "Jan" → 0); undefined for other words. */
function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower.slice(0, 3)));
  return lower.length >= 3 && index >= 0 && MONTH_CELL.test(lower) ? index : undefined;
}

/**
 * The months a question asks by name: written out and capitalised, past its first word, so
 * that "may" as a verb and a question opening "March …" are not read as months.
 */
export function askedMonths(question: string): number[] {
  const words = question.split(/[^\p{L}]+/u).filter(Boolean);
  return words.flatMap((word, i) => {
    const index = MONTH_NAMES.indexOf(word as (typeof MONTH_NAMES)[number]);
    return i > 0 && index >= 0 ? [index] : [];
  });
}

/** The years a question names alone ("in 2008"), not inside a date or a code. */
export const askedYears = (question: string): string[] =>
  [...question.matchAll(YEAR)].map((match) => match[1] ?? '');

/** The cells of a passage's pipe rows. */
const cellsOf = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => line.includes('|'))
    .flatMap((line) => line.split('|').map((cell) => cell.trim()));

/**
 * The year is written as a label, not inside another row's name: in the title, in a line outside
 * the table's rows, or in a cell that is the year or opens or closes with it ("2031 (est.)",
 * "Total 2031", "2031-03-01"), or inside the very name the question gives it in. "Sponsorship 2031
 * Harbour Gala = $800" names a gala, not the year of a figure, unless the gala is what is asked.
 */
function yearLabelled(year: string, text: string, title: string, question: string): boolean {
  // The question names the year as the passage does, inside the same name ("the 2031 Harbour Gala").
  const after = new RegExp(`(?<!\\d)${year}\\s+(\\p{L}+)`, 'u').exec(question)?.[1];
  if (after && new RegExp(`(?<!\\d)${year}\\s+${after}(?!\\p{L})`, 'iu').test(text)) return true;
  const alone = new RegExp(`(?<!\\d)${year}(?!\\d)`);
  const edge = new RegExp(`^\\W*${year}(?!\\d)|(?<!\\d)${year}\\W*$`);
  return (
    alone.test(title) ||
    text
      .split('\n')
      .some((line) =>
        line.includes('|') ? line.split('|').some((cell) => edge.test(cell.trim())) : alone.test(line),
      )
  );
}

/**
 * The question names a month or a year that a table labels its rows or columns by (two such
 * labels or more) and never names, anywhere in its text or title. With `labelsOnly` (a table of
 * a slide or a document, among other text), a year written only inside another row's name
 * ("Sponsorship 2031 Harbour Gala") does not count as named.
 */
export function periodAbsent(question: string, text: string, title = '', labelsOnly = false): boolean {
  const cells = cellsOf(text);
  const months = new Set(cells.flatMap((cell) => (MONTH_CELL.test(cell) ? [monthOf(cell)] : [])));
  const years = new Set(cells.filter((cell) => YEAR_CELL.test(cell)));
  const named = `${title}\n${text}`;
  const namesMonth = (month: number) =>
    named.split(/[^\p{L}.]+/u).some((word) => MONTH_CELL.test(word) && monthOf(word) === month);
  const monthMissing =
    months.size >= 2 && askedMonths(question).some((month) => !months.has(month) && !namesMonth(month));
  const yearMissing =
    years.size >= 2 &&
    askedYears(question).some(
      (year) =>
        !years.has(year) &&
        !(labelsOnly
          ? yearLabelled(year, text, title, question)
          : new RegExp(`(?<!\\d)${year}(?!\\d)`).test(named)),
    );
  return monthMissing || yearMissing;
}

/**
 * "What was the total for 2033?" answered by a line that gives a figure beside another year
 * ("Spent so far $52,300 (my guess for 2029 is near $90k)") from a passage that never writes
 * 2033, in its text or title: the figure is of another year. A passage that writes the year asked
 * (a report titled by it) is left alone.
 */
export function figureOfOtherYear(question: string, answer: string, text: string, title = ''): boolean {
  const asked = askedYears(question);
  if (asked.length === 0) return false;
  const said = new Set(askedYears(answer));
  if (said.size === 0 || asked.some((year) => said.has(year))) return false;
  const named = `${title}\n${text}`;
  return asked.every((year) => !new RegExp(`(?<!\\d)${year}(?!\\d)`).test(named));
}

/**
 * "What share of the 2031 grants does the payout cover?" answered by a line that gives its
 * figures each for another year, the year right after the figure ("20% of the 2029 grants and 60%
 * of the 2030 grants"): the year asked has no figure there, wherever else the passage writes it. A
 * line whose years label something else ("GST for 2029 & 2030: fees = $226") is left alone.
 */
export function figuresOfOtherYears(question: string, answer: string): boolean {
  const asked = askedYears(question);
  if (asked.length === 0) return false;
  const said = new Set([...answer.matchAll(FIGURE_OF_YEAR)].map((match) => match[1]));
  return said.size >= 2 && !asked.some((year) => said.has(year));
}

/** A figure given for a year, the year right after it: "20% of 2029", "$4.1M in the 2030", "12 for 2031". */
const FIGURE_OF_YEAR =
  /(?<![\p{L}\p{N}])\$?\d[\d.,]*\s*(?:%|percent|[kKmM]\b|million|billion)?\s+(?:of|in|for|during)\s+(?:the\s+)?((?:19|20)\d{2})(?!\d)/gu;
