/**
 * @module match-calendars
 * Which calendar belongs to which attendee: by address (the organizer or attendee seen most
 * often in a calendar is its owner), falling back to the order the files were given.
 * Also the calendar's own time zone: the zone most of its events were written in.
 */
import type { Calendar } from '../../formats/model.ts';

function normalize(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
}

/** The address that appears most often as organizer or attendee in a calendar. */
export function calendarOwner(calendar: Calendar): string | undefined {
  const counts = new Map<string, number>();
  for (const event of calendar.events) {
    const people = [event.organizer, ...event.attendees].filter((person) => person?.address);
    for (const person of people) {
      const address = normalize(person!.address);
      counts.set(address, (counts.get(address) ?? 0) + (person === event.organizer ? 2 : 1));
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [address, count] of counts) {
    if (count > bestCount) {
      best = address;
      bestCount = count;
    }
  }
  return best;
}

/** The IANA zone most of a calendar's events use, if any. */
export function calendarTimeZone(calendar: Calendar): string | undefined {
  const counts = new Map<string, number>();
  for (const event of calendar.events) {
    if (event.timeZone && event.timeZone !== 'UTC')
      counts.set(event.timeZone, (counts.get(event.timeZone) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Pairs each attendee with one calendar. An attendee whose address owns (or appears in)
 * a calendar gets that calendar; the rest take the remaining calendars in file order.
 * Returns undefined for an attendee when no calendar is left.
 */
export function matchCalendars(
  attendees: readonly string[],
  calendars: readonly Calendar[],
): (number | undefined)[] {
  const owners = calendars.map(calendarOwner);
  const taken = new Set<number>();
  const result: (number | undefined)[] = attendees.map(() => undefined);
  attendees.forEach((attendee, i) => {
    const index = owners.findIndex((owner, j) => !taken.has(j) && owner === normalize(attendee));
    if (index >= 0) {
      result[i] = index;
      taken.add(index);
    }
  });
  attendees.forEach((_, i) => {
    if (result[i] !== undefined) return;
    const index = calendars.findIndex((_calendar, j) => !taken.has(j));
    if (index >= 0) {
      result[i] = index;
      taken.add(index);
    }
  });
  return result;
}
