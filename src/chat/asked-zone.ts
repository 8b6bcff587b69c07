/**
 * @module asked-zone
 * The zone a question asks its times in: "What time is the review in UTC?", "… in GMT", "…, Lisbon
 * time", "… in Europe/Lisbon". Its times are then told in that zone, whatever zone the event is
 * written in or the asker lives in, and the words that ask it name no event. A city counts only as
 * an IANA zone names it ("Lisbon" for Europe/Lisbon); a place no zone is named after ("Springfield
 * time") asks nothing this can read.
 */
import { isValidTimeZone } from '../lib/time-zones.ts';

/** "in UTC", "at GMT", ", UTC time", "in Zulu time". */
const UNIVERSAL = /,?\s*\b(?:(?:in|at)\s+(?:UTC|GMT|Zulu)(?:\s+time)?|(?:UTC|GMT|Zulu)\s+time)\b/i;

/** "in Europe/Lisbon": an IANA zone written out. */
const IANA = /,?\s*\bin\s+([A-Z][A-Za-z_-]+(?:\/[A-Za-z_-]+)+)/;

/** "Lisbon time", "in New York time": up to three capitalised words before "time". */
const CITY_TIME = /,?\s*\b(?:in\s+)?((?:\p{Lu}\p{Ll}+\s){0,2}\p{Lu}\p{Ll}+)\s+time\b/gu;

let cities: Map<string, string> | undefined;

/** The IANA zones by the city each is named after, lower case, spaces for underscores ("new york"). */
function zonesByCity(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    const city = zone.split('/').at(-1)?.replace(/_/g, ' ').toLowerCase();
    if (city && zone.includes('/') && !cities.has(city)) cities.set(city, zone);
  }
  return cities;
}

/** The zone a question asks its times in, and the question without the words that ask it. */
export type AskedZone = { readonly zone: string; readonly question: string };

const without = (question: string, index: number, length: number) =>
  `${question.slice(0, index)}${question.slice(index + length)}`.replace(/\s+([?.!])/g, '$1').trim();

/** The IANA zone the question asks its times in, or undefined when it names none. */
export function zoneAsked(question: string): AskedZone | undefined {
  const universal = UNIVERSAL.exec(question);
  if (universal) return { zone: 'UTC', question: without(question, universal.index, universal[0].length) };
  const written = IANA.exec(question);
  if (written?.[1] && isValidTimeZone(written[1]))
    return { zone: written[1], question: without(question, written.index, written[0].length) };
  for (const match of question.matchAll(CITY_TIME)) {
    // "New York time" or, the question's first word being capitalised anyway, "York time".
    const words = (match[1] ?? '').split(' ');
    for (let from = 0; from < words.length; from++) {
      const zone = zonesByCity().get(words.slice(from).join(' ').toLowerCase());
      if (zone) return { zone, question: without(question, match.index, match[0].length) };
    }
  }
  return undefined;
}
