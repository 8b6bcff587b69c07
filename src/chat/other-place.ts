/**
 * @module other-place
 * "What time is the Orla board meeting in Velm?" names the meeting by its place. A mail that
 * never writes that place ("The Orla board meets at the Tarn and Birch offices at 3:00 and 4:00
 * PM.") tells the time of the meeting somewhere else, not of the one asked.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** "in Velm", "in New Tarn": a place named by capitalised words after "in". */
const PLACE_NAMED = /(?<![\p{L}])in\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/** Capitalised words after "in" that name a time, not a place: months, weekdays, quarters, seasons. */
const NOT_PLACES = new Set(
  [
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
    'Q1',
    'Q2',
    'Q3',
    'Q4',
    'Spring',
    'Summer',
    'Fall',
    'Autumn',
    'Winter',
  ].map((word) => word.toLowerCase()),
);

/** The places a question names after "in": their first word, as the mail would write it. */
function placesNamed(question: string): string[] {
  return [...question.matchAll(PLACE_NAMED)]
    .map((match) => (match[1] ?? '').split(/\s+/)[0]?.replace(/['’]s$/, '') ?? '')
    .filter((word) => word.length > 1 && !NOT_PLACES.has(word.toLowerCase()) && !/\d/.test(word));
}

/**
 * True when the question names a place after "in" that neither the answer nor the mail it comes
 * from (its title and text) ever writes: the mail is about the thing somewhere else.
 */
export function placeUnwritten(question: string, mail: string, answer: string): boolean {
  const places = placesNamed(question);
  if (places.length === 0) return false;
  const text = `${mail}\n${answer}`;
  return places.some(
    (place) => !new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, 'iu').test(text),
  );
}
