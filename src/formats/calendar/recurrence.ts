/**
 * @module recurrence
 * Occurrences of a recurring event inside any range, in either direction from today: the
 * event's RRULE is stepped from its first start in the zone it was written in (so 09:00
 * Berlin stays 09:00 across DST), and each occurrence keeps the event's length. Indexing
 * expands series only in a window around the day it ran; questions about another period use
 * this to expand the series around the period asked about.
 */
import ICAL from 'ical.js';
import { wallClock, zonedTimeToUtc } from '../../lib/time-zones.ts';
import type { CalendarEvent } from '../model.ts';

/** Recurrence steps taken before giving up (bounds FREQ=MINUTELY from 1970 and the like). */
const MAX_STEPS = 50_000;

function startParts(event: CalendarEvent, zone: string) {
  if (event.allDay) {
    const [year, month, day] = event.start.split('-').map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour: 0, minute: 0, second: 0 };
  }
  return wallClock(new Date(event.start), zone);
}

function instant(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** The occurrences of `event` (by its RRULE) that overlap [from, to), oldest first, at most `limit`. */
export function occurrencesBetween(event: CalendarEvent, from: Date, to: Date, limit = 100): CalendarEvent[] {
  if (!event.rrule) {
    const start = instant(event.start);
    const end = instant(event.end);
    return start < to.getTime() && end > from.getTime() ? [event] : [];
  }
  const zone = event.timeZone ?? 'UTC';
  const length = instant(event.end) - instant(event.start);
  const first = startParts({ ...event, start: event.seriesStart ?? event.start }, zone);
  let recur: InstanceType<typeof ICAL.Recur>;
  try {
    recur = ICAL.Recur.fromString(event.rrule);
  } catch {
    return [];
  }
  const dtstart = ICAL.Time.fromData({ ...first, isDate: event.allDay });
  const iterator = recur.iterator(dtstart);
  const excluded = new Set((event.excluded ?? []).map((value) => instant(value)));
  const out: CalendarEvent[] = [];
  for (let step = 0, next = iterator.next(); next && step < MAX_STEPS; step++, next = iterator.next()) {
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
