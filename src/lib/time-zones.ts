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

/** Zones that keep an offset of a part hour all year, by that offset in minutes (Intl has no "+05:30" zone). */
const PART_HOUR_ZONES: Readonly<Record<number, string>> = {
  [-570]: 'Pacific/Marquesas',
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  390: 'Asia/Yangon',
  570: 'Australia/Darwin',
};

/**
 * The zone of a fixed UTC offset written "+05:30", "-0800" or "-08": `Etc/GMT+8` for -08:00
 * (the Etc names invert the sign), a zone that keeps a part-hour offset all year, else undefined.
 */
export function zoneOfOffset(text: string): string | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text.trim());
  if (!match) return undefined;
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
  if (minutes === 0) return 'UTC';
  if (minutes % 60 !== 0) return PART_HOUR_ZONES[minutes];
  const hours = minutes / 60;
  return hours >= -12 && hours <= 14 ? `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}` : undefined;
}

/**
 * The zone a timestamp was written in, from its offset ("2024-03-01T09:00:00-08:00" → Etc/GMT+8);
 * undefined for "Z" or no offset: a stamp in UTC says nothing of where its writer is.
 */
export function zoneWrittenIn(iso: string): string | undefined {
  const offset = /T[\d:.]+([+-]\d{2}(?::?\d{2})?)$/.exec(iso.trim())?.[1];
  return offset ? zoneOfOffset(offset) : undefined;
}

/**
 * The zone a mail Date header was written in, from its numeric offset
 * ("Mon, 27 Nov 2000 09:36:00 -0800 (PST)" → Etc/GMT+8); undefined without one, or for "GMT"/"+0000".
 */
export function zoneOfMailDate(header: string | undefined): string | undefined {
  const offset = /\d{1,2}:\d{2}(?::\d{2})?\s+([+-]\d{4})\b/.exec(header ?? '')?.[1];
  const zone = offset ? zoneOfOffset(offset) : undefined;
  return zone === 'UTC' ? undefined : zone;
}

/** A zone as a person reads it: `Etc/GMT+8` as "UTC-08:00", a named zone as written. */
export function zoneLabel(zone: string): string {
  const match = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (!match) return zone;
  return `UTC${match[1] === '+' ? '-' : '+'}${match[2]?.padStart(2, '0')}:00`;
}
