/**
 * @module event-count
 * "How many times does the Kiln Day happen?": how many occurrences a series has, from its first
 * start to its end (COUNT or UNTIL), less the dates struck out (EXDATE). A series with no end
 * has no count to give; a single event happens once.
 */
import { isSeries, occurrencesBetween } from '../formats/calendar/recurrence.ts';
import type { CalendarEvent } from '../formats/model.ts';
import type { SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { describeWhen, type StructuredAnswer } from './structured-answers.ts';

/**
 * "How many times does … happen / take place / repeat?"; not "how many times a week …", which
 * asks how often.
 */
const TIMES_ASKED =
  /^\s*how many times\s+(?:does|did|will|do|is|was|has|have)\b(?![^?]*\b(?:a|per|each|every)\s+(?:day|week|month|year|fortnight)\b)/i;

/** The words that ask the count or how often, which name no event. */
export const TIMES_WORDS =
  /\bhow many times\b|\bhow often\b|\b(?:happen(?:s|ed)?|occur(?:s|red)?|take place|takes place|took place|repeat(?:s|ed)?|recur(?:s|red)?|in total|altogether)\b/gi;

export function asksTimes(question: string): boolean {
  return TIMES_ASKED.test(question);
}

const DAY_MS = 86_400_000;
/** How far past its first start a bounded series is stepped to count it. */
const COUNT_SPAN_MS = 150 * 366 * DAY_MS;
/** More occurrences than a series is counted to. */
const COUNT_LIMIT = 5000;

const startOf = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

/** Whether every rule of the series ends (COUNT or UNTIL); a list of dates alone ends too. */
function ends(event: CalendarEvent): boolean {
  const rules = event.rrule ? [event.rrule, ...(event.extraRules ?? [])] : [];
  return rules.every((rule) => /\b(?:COUNT|UNTIL)=/i.test(rule));
}

/** The count of the series `event` belongs to, said with its first and last occurrences. */
export function timesAnswer(
  hit: SearchHit,
  event: CalendarEvent,
  zone: string | undefined,
  citations: CitationList,
): StructuredAnswer {
  const name = event.summary || 'The event';
  const when = (occurrence: CalendarEvent) => describeWhen(occurrence, zone ?? occurrence.timeZone ?? 'UTC');
  if (!isSeries(event)) {
    const n = citations.cite(hit, `${name}, ${when(event)}`);
    return { answer: `${name} happens once: ${when(event)}. [${n}]`, found: true };
  }
  if (!ends(event)) {
    const n = citations.cite(hit, `${name}, ${event.rrule ?? ''}`);
    return {
      answer: `${name} repeats with no end date in your calendar, so it has no count. [${n}]`,
      found: false,
    };
  }
  const first = startOf(event.seriesStart ?? event.start);
  const all = occurrencesBetween(
    event,
    new Date(first - DAY_MS),
    new Date(first + COUNT_SPAN_MS),
    COUNT_LIMIT,
  );
  const [earliest, latest] = [all[0], all.at(-1)];
  if (!earliest || !latest || all.length >= COUNT_LIMIT) return { answer: '', found: false };
  const n = citations.cite(hit, `${name}, ${when(earliest)}`);
  const span = all.length === 1 ? `: ${when(earliest)}` : `, from ${when(earliest)} to ${when(latest)}`;
  return {
    answer: `${name} happens ${all.length === 1 ? 'once' : `${all.length} times`}${span}. [${n}]`,
    found: true,
  };
}
