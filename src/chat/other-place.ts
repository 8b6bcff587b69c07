/**
 * @module other-place
 * "What time is the Orla board meeting in Velm?" names the meeting by its place. A mail that
 * never writes that place ("The Orla board meets at the Tarn and Birch offices at 3:00 and 4:00
 * PM.") tells the time of the meeting somewhere else, not of the one asked. So does a slide or a
 * part of a document that never writes the place, where another part of the same file does.
 */

import type { SearchHit } from '../index/types.ts';
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

/**
 * "in Ana Ruiz's weekly update": a person's full name in the possessive names whose writing holds
 * the thing, not a place. A single word in the possessive may still be a town's ("in Velm's hall").
 */
const FULL_NAME_OWNS = /^\p{Lu}[\p{L}.-]*\s+\p{Lu}[\p{L}.-]*['’]s\b/u;

/** The places a question names after "in": their first word, as the mail would write it. */
function placesNamed(question: string): string[] {
  return [...question.matchAll(PLACE_NAMED)]
    .filter((match) => !FULL_NAME_OWNS.test(match[1] ?? ''))
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
  return places.some((place) => !writes(text, place));
}

const writes = (text: string, place: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, 'iu').test(text);

/**
 * A passage of a file (a slide, a part of a document) that never writes the place the question
 * names after "in", while another passage of the same file does: "Wie viel verdient man in
 * den Minen in Velmara?" answered by the deck's slide on the factories of Orsk, where another
 * slide tells of the mines in Velmara. The line is about the thing somewhere else. A file that
 * never writes the place as the question does (a report in another script) is left alone.
 */
export function placeOfOtherPassage(
  question: string,
  hit: SearchHit,
  passages: readonly SearchHit[],
  answer: string,
): boolean {
  if (hit.type !== 'slide' && hit.type !== 'document') return false;
  const own = `${hit.title}\n${hit.text}\n${answer}`;
  return [...question.matchAll(THING_IN_PLACE)].some((match) => {
    const place = match[2] ?? '';
    return (
      !NOT_PLACES.has(place.toLowerCase()) &&
      !writes(own, place) &&
      !writesThing(own, match[1] ?? '') &&
      passages.some((other) => other.path === hit.path && other.uri !== hit.uri && writes(other.text, place))
    );
  });
}

/** The word before "in" and the place after it: "Minen in Velmara", "Mobiltelefon-Fabriken in Orsk". */
const THING_IN_PLACE = /([\p{L}-]{4,})\s+in\s+(\p{Lu}[\p{L}'’.-]+)/gu;

/**
 * The passage writes the thing said to be in the place, a part of it or an inflected form ("den
 * Fabriken" for "Mobiltelefon-Fabriken"): it goes on about that thing, and the place is said
 * in the part before.
 */
function writesThing(text: string, thing: string): boolean {
  return thing
    .split('-')
    .filter((part) => part.length >= 4)
    .some((part) =>
      new RegExp(`(?<![\\p{L}])${escapeRegExp(part.slice(0, Math.max(4, part.length - 2)))}`, 'iu').test(
        text,
      ),
    );
}
