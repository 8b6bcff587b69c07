/**
 * @module other-months
 * "What is the Orvik supply forecast for March?" answered by a mail's small table whose columns run
 * "Jan '31  Dec '30  Jan '30": the answer labels its figures by two months or more, none of them
 * the month asked, and the mail never names that month, so each figure is another month's. (A
 * sheet's rows and columns are read by absent-period.)
 */
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../lib/text/calendar-names.ts';
import { askedMonths } from './absent-period.ts';

/** A month's name or short form, capitalised ("Jan", "Sept.", "February"); "may" the verb is none. */
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAME_PATTERN})(?![\\p{L}])`, 'giu');

/** The months a text names, by their first three letters. */
function monthsIn(text: string): Set<number> {
  return new Set(
    [...text.matchAll(MONTH_WORD)]
      .filter((match) => /^\p{Lu}/u.test(match[0]))
      .map((match) => MONTH_NAMES.findIndex((name) => name.slice(0, 3) === match[0].slice(0, 3)))
      .filter((index) => index >= 0),
  );
}

/**
 * The answer gives figures under two months or more, none of them the one the question asks
 * by name, and its passage (title and text) never names that month.
 */
export function figuresOfOtherMonths(question: string, answer: string, passage: string): boolean {
  const asked = askedMonths(question);
  if (asked.length === 0 || !/\d/.test(answer)) return false;
  const said = monthsIn(answer);
  if (said.size < 2) return false;
  const named = monthsIn(passage);
  return asked.every((month) => !said.has(month) && !named.has(month));
}
