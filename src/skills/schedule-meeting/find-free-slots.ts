/**
 * @module find-free-slots
 * Meeting times free for every attendee: each attendee's working hours in their own time
 * zone, minus their busy events (recurrences already expanded by the calendar reader),
 * intersected across attendees. Pure: calendars in, slots out.
 *
 * A slot is a whole free stretch that fits the meeting, earliest first: it starts when the
 * stretch opens (a meeting can follow one that ends at 10:40) and says until when the stretch
 * stays free. A free morning is one slot "09:00–09:30 (free until 12:00)", not twelve shifts of
 * it by a quarter of an hour, so a short gap on Monday and Tuesday's free afternoon both show.
 */
import type { CalendarEvent } from '../../formats/model.ts';
import { addDays, wallClock, zonedTimeToUtc } from '../../lib/time-zones.ts';

export type WorkingHours = {
  /** "09:00" */
  readonly start: string;
  /** "17:00" */
  readonly end: string;
  /** Days of the week worked, 0 = Sunday. */
  readonly days: readonly number[];
};

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

export type AttendeeCalendar = {
  readonly attendee: string;
  readonly timeZone: string;
  readonly events: readonly CalendarEvent[];
  readonly workingHours?: WorkingHours;
};

export type FindSlotsOptions = {
  /** Meeting length in minutes. */
  readonly durationMinutes: number;
  readonly window: { readonly start: Date; readonly end: Date };
  /** At most this many slots (default 10). */
  readonly limit?: number;
};

export type Slot = {
  readonly start: string;
  readonly end: string;
  /** The end of the free stretch the slot lies in (the meeting could run until then). */
  readonly freeUntil: string;
};

type Interval = { start: number; end: number };

function parseClock(value: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a time of day: ${value} (expected HH:MM)`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Working intervals of one attendee inside the window, as UTC milliseconds. */
export function workingIntervals(
  calendar: Pick<AttendeeCalendar, 'timeZone' | 'workingHours'>,
  window: { start: Date; end: Date },
): Interval[] {
  const hours = calendar.workingHours ?? DEFAULT_WORKING_HOURS;
  const open = parseClock(hours.start);
  const close = parseClock(hours.end);
  const first = wallClock(window.start, calendar.timeZone);
  const intervals: Interval[] = [];
  // One day before and after the window covers zones far from UTC.
  for (let offset = -1; ; offset++) {
    const date = addDays(first.year, first.month, first.day, offset);
    const dayStart = zonedTimeToUtc(
      date.year,
      date.month,
      date.day,
      open.hour,
      open.minute,
      calendar.timeZone,
    ).getTime();
    if (dayStart >= window.end.getTime()) break;
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (!hours.days.includes(weekday)) continue;
    const dayEnd = zonedTimeToUtc(
      date.year,
      date.month,
      date.day,
      close.hour,
      close.minute,
      calendar.timeZone,
    ).getTime();
    const start = Math.max(dayStart, window.start.getTime());
    const end = Math.min(dayEnd, window.end.getTime());
    if (end > start) intervals.push({ start, end });
  }
  return intervals;
}

/**
 * Whether an event blocks time: cancelled and transparent ("free") events do not; all-day events
 * block only when marked busy. A to-do or a journal entry is placed at a moment (when it is due,
 * was completed, was written) but books no time, as free/busy time counts appointments alone.
 */
export function isBusy(event: CalendarEvent): boolean {
  if (event.todo || event.journal) return false;
  if ((event.status ?? '').toUpperCase() === 'CANCELLED') return false;
  if (event.transparency === 'transparent') return false;
  if (event.allDay) return event.transparency === 'opaque';
  return true;
}

function eventInterval(event: CalendarEvent, timeZone: string): Interval {
  if (!event.allDay) return { start: Date.parse(event.start), end: Date.parse(event.end) };
  // All-day events cover whole days in the attendee's zone.
  const [sy, sm, sd] = event.start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = event.end.slice(0, 10).split('-').map(Number) as [number, number, number];
  return {
    start: zonedTimeToUtc(sy, sm, sd, 0, 0, timeZone).getTime(),
    end: zonedTimeToUtc(ey, em, ed, 0, 0, timeZone).getTime(),
  };
}

function subtract(free: Interval[], busy: Interval[]): Interval[] {
  const sortedBusy = [...busy].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const interval of free) {
    let cursor = interval.start;
    for (const block of sortedBusy) {
      if (block.end <= cursor || block.start >= interval.end) continue;
      if (block.start > cursor) out.push({ start: cursor, end: block.start });
      cursor = Math.max(cursor, block.end);
      if (cursor >= interval.end) break;
    }
    if (cursor < interval.end) out.push({ start: cursor, end: interval.end });
  }
  return out;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i]!;
    const right = b[j]!;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (end > start) out.push({ start, end });
    if (left.end < right.end) i++;
    else j++;
  }
  return out;
}

/** Free time common to every attendee, as sorted disjoint intervals. */
export function commonFreeTime(
  calendars: readonly AttendeeCalendar[],
  window: { start: Date; end: Date },
): Interval[] {
  let common: Interval[] | undefined;
  for (const calendar of calendars) {
    const busy = calendar.events.filter(isBusy).map((event) => eventInterval(event, calendar.timeZone));
    const free = subtract(workingIntervals(calendar, window), busy);
    common = common ? intersect(common, free) : free;
  }
  return common ?? [];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Every free stretch that fits the meeting, earliest first, as one slot each (see the module comment). */
export function findFreeSlots(calendars: readonly AttendeeCalendar[], options: FindSlotsOptions): Slot[] {
  const duration = options.durationMinutes * 60_000;
  return commonFreeTime(calendars, options.window)
    .filter((interval) => interval.start + duration <= interval.end)
    .slice(0, options.limit ?? 10)
    .map((interval) => ({
      start: iso(interval.start),
      end: iso(interval.start + duration),
      freeUntil: iso(interval.end),
    }));
}

/** Parses "30m", "1h", "1h30m", "90" (minutes). */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?$/.exec(trimmed);
  if (!match || (!match[1] && !match[2])) return undefined;
  const minutes = Math.round(Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0));
  return minutes > 0 ? minutes : undefined;
}
