/**
 * @module event-zones
 * The zone an event's day and times are read in. The asker's zone when it is known: a day asked
 * about is the asker's day ("what's on Tuesday?" from Los Angeles lists an 08:00 Berlin call on
 * Monday evening). Otherwise the zone of the calendar the event is written in (the zone most of
 * that file's timed events use: its owner's), else the event's own zone, else UTC: a workspace
 * holds calendars of people in many zones, and each reads its own day.
 */
import type { CalendarEvent } from '../formats/model.ts';
import type { SearchHit } from '../index/types.ts';
import { wallClock } from '../lib/time-zones.ts';

type Item = { readonly hit: SearchHit; readonly event: CalendarEvent };

/** The zone most timed events of each calendar file are written in, by path. */
export function ownerZones(items: readonly Item[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { hit, event } of items) {
    if (event.allDay || !event.timeZone) continue;
    const perFile = counts.get(hit.path) ?? new Map<string, number>();
    perFile.set(event.timeZone, (perFile.get(event.timeZone) ?? 0) + 1);
    counts.set(hit.path, perFile);
  }
  const zones = new Map<string, string>();
  for (const [path, perFile] of counts) {
    const top = [...perFile.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) zones.set(path, top[0]);
  }
  return zones;
}

/** How to read each event: the asker's zone, else its calendar owner's, else its own, else UTC. */
export function zoneReader(owners: ReadonlyMap<string, string>, askerZone?: string): (item: Item) => string {
  return ({ hit, event }) => askerZone ?? owners.get(hit.path) ?? event.timeZone ?? 'UTC';
}

/** "2024-03-05": the calendar day an instant falls on in a zone. */
export function dayIn(instant: Date, zone: string): string {
  const wall = wallClock(instant, zone);
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/**
 * True when an all-day item is on the day (YYYY-MM-DD): from its start date up to, not including,
 * its end date; one that ends when it starts (DTEND = DTSTART, common in exports, or a to-do
 * due that day) is on its start day, as a date start without an end lasts one day (RFC 5545 3.6.1).
 */
export function allDayOn(event: CalendarEvent, day: string): boolean {
  const start = event.start.slice(0, 10);
  const end = event.end.slice(0, 10);
  return start === day || (start < day && day < end);
}

/**
 * True when a timed event is on the day (YYYY-MM-DD) read in the zone: it starts that day, or it
 * started before and is still running (an event ending at midnight is not on the next day).
 */
export function timedOnDay(event: Pick<CalendarEvent, 'start' | 'end'>, day: string, zone: string): boolean {
  const start = new Date(event.start);
  const end = new Date(Math.max(start.getTime(), Date.parse(event.end) - 1));
  const first = dayIn(start, zone);
  return first === day || (first < day && dayIn(end, zone) >= day);
}
