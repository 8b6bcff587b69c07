/**
 * @module recurrence
 * Occurrences of a recurring event inside any range, in either direction from today: the
 * event's RRULE is stepped from its first start in the zone it was written in (so 09:00
 * Berlin stays 09:00 across DST), its RDATE list adds the starts it gives, and each
 * occurrence keeps the event's length. Indexing
 * expands series only in a window around the day it ran; questions about another period use
 * this to expand the series around the period asked about.
 */
import ICAL from 'ical.js';
import { wallClock, zonedTimeToUtc } from '../../lib/time-zones.ts';
import type { CalendarEvent } from '../model.ts';

/** Recurrence steps taken before giving up (bounds FREQ=MINUTELY from 1970 and the like). */
const MAX_STEPS = 50_000;
const DAY_MS = 86_400_000;

function startParts(event: CalendarEvent, zone: string) {
  if (event.allDay) {
    const [year, month, day] = event.start.split('-').map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour: 0, minute: 0, second: 0 };
  }
  return wallClock(new Date(event.start), zone);
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/**
 * A later start for stepping a rule, whole periods (FREQ × INTERVAL) after the first, still
 * before `target` (a wall-clock time as UTC milliseconds): a rule without COUNT gives the same
 * occurrences from there on, so a series begun years before the range asked about is not
 * stepped through all those years. Rules with COUNT, and monthly or yearly rules whose first
 * day does not exist in every month or year, start from their first start.
 */
export function skipAhead(first: Parts, recur: InstanceType<typeof ICAL.Recur>, target: number): Parts {
  if (recur.count) return first;
  const interval = Math.max(1, recur.interval || 1);
  const firstMs = Date.UTC(first.year, first.month - 1, first.day, first.hour, first.minute, first.second);
  if (target <= firstMs) return first;
  const at = (ms: number): Parts => {
    const date = new Date(ms);
    return {
      ...first,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    };
  };
  const days = (target - firstMs) / DAY_MS;
  if (recur.freq === 'DAILY' || recur.freq === 'WEEKLY') {
    const period = recur.freq === 'DAILY' ? interval : 7 * interval;
    return at(firstMs + Math.floor(days / period) * period * DAY_MS);
  }
  if (recur.freq === 'MONTHLY' && first.day <= 28) {
    const months = Math.floor(days / 31 / interval) * interval;
    const month = first.month - 1 + months;
    return { ...first, year: first.year + Math.floor(month / 12), month: (month % 12) + 1 };
  }
  if (recur.freq === 'YEARLY' && !(first.month === 2 && first.day === 29)) {
    const years = Math.floor(days / 366 / interval) * interval;
    return { ...first, year: first.year + years };
  }
  return first;
}

function instant(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** Whether the event is a series: it repeats by a rule (RRULE) or by a list of dates (RDATE). */
export const isSeries = (event: Pick<CalendarEvent, 'rrule' | 'rdates'>): boolean =>
  event.rrule !== undefined || (event.rdates?.length ?? 0) > 0;

/**
 * The occurrences of `event` (by its RRULE, by its further RRULEs when it has several, and by
 * its RDATE starts) that overlap [from, to), oldest first, at most `limit`; a start two rules
 * give is listed once.
 */
export function occurrencesBetween(event: CalendarEvent, from: Date, to: Date, limit = 100): CalendarEvent[] {
  if (!isSeries(event)) {
    const start = instant(event.start);
    const end = instant(event.end);
    return start < to.getTime() && end > from.getTime() ? [event] : [];
  }
  const rules = event.rrule ? [event.rrule, ...(event.extraRules ?? [])] : [];
  const byStart = new Map<string, CalendarEvent>();
  for (const rule of rules)
    for (const occurrence of ruleOccurrences(event, rule, from, to, limit))
      if (!byStart.has(occurrence.start)) byStart.set(occurrence.start, occurrence);
  for (const occurrence of listedOccurrences(event, from, to))
    if (!byStart.has(occurrence.start)) byStart.set(occurrence.start, occurrence);
  // DTSTART is always the first occurrence (RFC 5545 3.8.5.3), even where the rule would not
  // give it (an UNTIL before it, a weekday the rule does not name).
  const first = firstOccurrence(event);
  const firstMs = first ? instant(first.start) : Number.NaN;
  if (
    first &&
    !byStart.has(first.start) &&
    firstMs < to.getTime() &&
    instant(first.end) > from.getTime() &&
    !(event.excluded ?? []).some((value) => instant(value) === firstMs)
  )
    byStart.set(first.start, first);
  return [...byStart.values()].sort((a, b) => instant(a.start) - instant(b.start)).slice(0, limit);
}

/** The occurrences the RDATE list gives inside [from, to), each with the event's length, bar the excluded ones. */
function listedOccurrences(event: CalendarEvent, from: Date, to: Date): CalendarEvent[] {
  const length = Math.max(instant(event.end) - instant(event.start), 0);
  const excluded = new Set((event.excluded ?? []).map(instant));
  const iso = (ms: number) =>
    event.allDay ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString().replace('.000Z', 'Z');
  return (event.rdates ?? []).flatMap((value) => {
    const startMs = instant(value);
    if (!Number.isFinite(startMs) || excluded.has(startMs)) return [];
    if (startMs >= to.getTime() || startMs + length <= from.getTime()) return [];
    return [{ ...event, start: iso(startMs), end: iso(startMs + length), recurrenceId: iso(startMs) }];
  });
}

/** The series' first occurrence, at its DTSTART with the event's length; undefined when unknown. */
function firstOccurrence(event: CalendarEvent): CalendarEvent | undefined {
  const start = event.seriesStart ?? (event.recurrenceId ? undefined : event.start);
  if (!start) return undefined;
  const length = instant(event.end) - instant(event.start);
  const startMs = instant(start);
  if (!Number.isFinite(startMs)) return undefined;
  const iso = (ms: number) =>
    event.allDay ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString().replace('.000Z', 'Z');
  return {
    ...event,
    start: iso(startMs),
    end: iso(startMs + Math.max(length, 0)),
    recurrenceId: iso(startMs),
  };
}

/** The occurrences one rule of `event` gives inside [from, to), oldest first, at most `limit`. */
function ruleOccurrences(
  event: CalendarEvent,
  rule: string,
  from: Date,
  to: Date,
  limit: number,
): CalendarEvent[] {
  const zone = event.timeZone ?? 'UTC';
  const length = instant(event.end) - instant(event.start);
  const first = startParts({ ...event, start: event.seriesStart ?? event.start }, zone);
  let recur: InstanceType<typeof ICAL.Recur>;
  try {
    recur = ICAL.Recur.fromString(rule);
  } catch {
    return [];
  }
  // The rule steps wall-clock times of the event's zone; an UNTIL in UTC is an instant, read on
  // that clock too (09:00 in Berlin on the last day is 08:00Z: an UNTIL of 08:00Z keeps it).
  const utcUntil = /\bUNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/i.exec(rule);
  if (utcUntil && !event.allDay && zone !== 'UTC') {
    const [, y, mo, d, h, mi, se] = utcUntil.map(Number);
    const wall = wallClock(new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d, h, mi, se)), zone);
    recur.until = ICAL.Time.fromData({ ...wall, isDate: false });
  }
  const begin = skipAhead(first, recur, from.getTime() - Math.max(length, 0) - 2 * DAY_MS);
  const dtstart = ICAL.Time.fromData({ ...begin, isDate: event.allDay });
  const iterator = recur.iterator(dtstart);
  const excluded = new Set((event.excluded ?? []).map((value) => instant(value)));
  const out: CalendarEvent[] = [];
  // Wall-clock readings differ from UTC by less than a day: steps that end a day before the
  // range, or start a day after it, are told apart without the costly zone conversion.
  const earliest = from.getTime() - Math.max(length, 1) - DAY_MS;
  const latest = to.getTime() + DAY_MS;
  for (let step = 0, next = iterator.next(); next && step < MAX_STEPS; step++, next = iterator.next()) {
    const naive = Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second);
    if (naive >= latest) break;
    if (naive < earliest) continue;
    const startMs = event.allDay
      ? Date.UTC(next.year, next.month - 1, next.day)
      : zonedTimeToUtc(next.year, next.month, next.day, next.hour, next.minute, zone).getTime();
    if (startMs >= to.getTime()) break;
    if (startMs + Math.max(length, 1) <= from.getTime() || excluded.has(startMs)) continue;
    const iso = (ms: number) =>
      event.allDay
        ? new Date(ms).toISOString().slice(0, 10)
        : new Date(ms).toISOString().replace('.000Z', 'Z');
    out.push({ ...event, start: iso(startMs), end: iso(startMs + length), recurrenceId: iso(startMs) });
    if (out.length >= limit) break;
  }
  return out;
}
