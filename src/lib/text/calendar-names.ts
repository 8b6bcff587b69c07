/**
 * @module calendar-names
 * English month and weekday names, for text that reads or writes dates, and the month names of
 * the other languages a workspace is written in, for text that reads dates.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A month name or its usual short form, for a regular expression ("jan", "january", "sept", "sep"); no group captures. */
export const MONTH_NAME_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * A day written with a month name, in either order: "March 9", "Mar. 9th", "9 March", "9th of
 * Sept", for a regular expression with the i flag. The month is a whole word, so "market 5" and
 * "2 separate" are no dates; no group captures.
 */
export const MONTH_DAY_PATTERN = `(?:${MONTH_NAME_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME_PATTERN})(?![a-z])`;

/**
 * Month names in Spanish, Portuguese, French, Italian, German and Dutch, for a regular
 * expression with the i and u flags ("abril", "março", "février", "maggio", "März", "maart").
 */
export const OTHER_MONTH_NAME_PATTERN =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januar|jänner|februar|märz|juni|juli|oktober|dezember|' +
  'januari|februari|maart|mei|augustus';

/** Russian month names in any case ("мая", "в мае", "марта", "Февраль"), as stems, for the i and u flags. */
export const RUSSIAN_MONTH_PATTERN =
  'январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';

/** Polish month names, named and in the genitive of a date ("listopad", "9 listopada"). */
export const POLISH_MONTH_PATTERN =
  'stycz(?:eń|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cień|tnia)|maj(?:a)?|czerw(?:iec|ca)|lip(?:iec|ca)|sierp(?:ień|nia)|wrze(?:sień|śnia)|październik(?:a)?|listopad(?:a)?|grud(?:zień|nia)';

/** A whole text that is one month's name in any of the languages above ("March", "Februar", "Март"). */
const MONTH_ONLY = new RegExp(
  `^(?:${MONTH_NAME_PATTERN}|${OTHER_MONTH_NAME_PATTERN}|${RUSSIAN_MONTH_PATTERN}|${POLISH_MONTH_PATTERN})\\.?$`,
  'iu',
);

/** Is the text one month's name and nothing else ("Март", "february", "Juli")? */
export function isMonthName(text: string): boolean {
  return MONTH_ONLY.test(text.trim());
}

/** Sunday first, as Date.getUTCDay() counts. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * A vCard date (BDAY, ANNIVERSARY: "1980-03-22", "19800322", "--0203", "--02-03") as a person reads
 * it: "22 March 1980", or "3 February" when it has no year. Anything else is kept as written.
 */
export function describeVcardDate(value: string): string {
  const match = /^(?:(\d{4})|--)-?(\d{2})-?(\d{2})(?:$|T)/.exec(value.trim());
  const month = MONTH_NAMES[Number(match?.[2]) - 1];
  const day = Number(match?.[3]);
  if (!match || !month || day < 1 || day > 31) return value;
  return `${day} ${month}${match[1] ? ` ${match[1]}` : ''}`;
}

/** The UTC day of an instant ("2025-12-04T17:29:41.473Z") as "4 December 2025"; anything else as written. */
export function describeDay(iso: string): string {
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
