/**
 * @module time-zones
 * Wall-clock time in an IANA zone ⇄ UTC instants, with DST handled by Intl (no tz data of our own).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
};

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock reading of an instant in a zone. weekday: 0 = Sunday. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the zone's clocks read the given wall-clock time, as RFC 5545 reads
 * it: in a DST gap the time does not exist and is read with the offset in force before the
 * gap (02:30 on the spring-forward night in Berlin is 03:30 CEST, 01:30Z); in an overlap
 * the first of the two readings is taken (02:30 on the fall-back night is 02:30 CEST, 00:30Z).
 */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  second = 0,
): Date {
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  const before = offsetMinutes(new Date(naive - DAY_MS), timeZone);
  const offsets = new Set([
    before,
    offsetMinutes(new Date(naive), timeZone),
    offsetMinutes(new Date(naive + DAY_MS), timeZone),
  ]);
  const readings = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => naive - offsetMinutes(new Date(instant), timeZone) * 60_000 === instant)
    .sort((a, b) => a - b);
  return new Date(readings[0] ?? naive - before * 60_000);
}

const DAY_MS = 86_400_000;

/** Adds whole days to a calendar date (y, m, d), returning the new date parts. */
export function addDays(
  year: number,
  month: number,
  day: number,
  days: number,
): { year: number; month: number; day: number } {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
