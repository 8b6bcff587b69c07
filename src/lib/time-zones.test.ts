import { describe, expect, it } from 'vitest';
import {
  wallClock,
  zonedTimeToUtc,
  zoneLabel,
  zoneOfMailDate,
  zoneOfOffset,
  zoneWrittenIn,
} from './time-zones.ts';

const utc = (...args: Parameters<typeof zonedTimeToUtc>) => zonedTimeToUtc(...args).toISOString();

describe('zonedTimeToUtc', () => {
  it('reads ordinary times with the zone offset', () => {
    expect(utc(2024, 6, 1, 12, 0, 'Asia/Kolkata')).toBe('2024-06-01T06:30:00.000Z');
    expect(utc(2024, 1, 15, 9, 0, 'Europe/Berlin')).toBe('2024-01-15T08:00:00.000Z');
    expect(utc(2024, 7, 15, 9, 0, 'America/New_York', 30)).toBe('2024-07-15T13:00:30.000Z');
  });

  it('reads a time in the spring-forward gap with the offset before the gap (RFC 5545)', () => {
    expect(utc(2024, 3, 31, 2, 30, 'Europe/Berlin')).toBe('2024-03-31T01:30:00.000Z');
    expect(utc(2024, 3, 10, 2, 30, 'America/New_York')).toBe('2024-03-10T07:30:00.000Z');
  });

  it('takes the first of the two readings in the fall-back overlap, east and west of Greenwich', () => {
    expect(utc(2024, 10, 27, 2, 30, 'Europe/Berlin')).toBe('2024-10-27T00:30:00.000Z');
    expect(utc(2024, 11, 3, 1, 30, 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
  });

  it('round-trips every hour of a year through wallClock where the time exists once', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2024, 0, 1) + hour * 3_600_000);
      const wall = wallClock(instant, 'Australia/Sydney');
      const back = zonedTimeToUtc(
        wall.year,
        wall.month,
        wall.day,
        wall.hour,
        wall.minute,
        'Australia/Sydney',
      );
      const again = wallClock(back, 'Australia/Sydney');
      expect([again.day, again.hour]).toEqual([wall.day, wall.hour]);
    }
  });
});

describe('zones of UTC offsets', () => {
  it('reads a whole-hour offset as the Etc zone of inverted sign, in any spelling', () => {
    expect(zoneOfOffset('-08:00')).toBe('Etc/GMT+8');
    expect(zoneOfOffset('+0200')).toBe('Etc/GMT-2');
    expect(zoneOfOffset('+09')).toBe('Etc/GMT-9');
    expect(zoneOfOffset('+00:00')).toBe('UTC');
    expect(wallClock(new Date('2024-03-01T03:30:00Z'), zoneOfOffset('-08:00') ?? '').day).toBe(29);
  });

  it('reads a part-hour offset only where a zone keeps it all year', () => {
    expect(zoneOfOffset('+05:30')).toBe('Asia/Kolkata');
    expect(zoneOfOffset('+03:30')).toBeUndefined();
    expect(zoneOfOffset('+15:00')).toBeUndefined();
    expect(zoneOfOffset('soon')).toBeUndefined();
  });

  it('takes the zone from the offset a timestamp is written with, none from "Z"', () => {
    expect(zoneWrittenIn('2024-03-01T09:00:00-05:00')).toBe('Etc/GMT+5');
    expect(zoneWrittenIn('2024-03-01T09:00:00.000+01:00')).toBe('Etc/GMT-1');
    expect(zoneWrittenIn('2024-03-01T09:00:00Z')).toBeUndefined();
    expect(zoneWrittenIn('2024-03-01')).toBeUndefined();
  });

  it('labels an Etc zone by its offset and leaves a named zone as it is', () => {
    expect(zoneLabel('Etc/GMT+8')).toBe('UTC-08:00');
    expect(zoneLabel('Etc/GMT-10')).toBe('UTC+10:00');
    expect(zoneLabel('Europe/Berlin')).toBe('Europe/Berlin');
  });
});

describe('zoneOfMailDate', () => {
  it('reads the offset a mail Date header was written with', () => {
    expect(zoneOfMailDate('Mon, 27 Nov 2000 18:36:00 -0800 (PST)')).toBe('Etc/GMT+8');
    expect(zoneOfMailDate('Tue, 5 Mar 2024 09:00 +0530')).toBe('Asia/Kolkata');
  });

  it('says nothing for UTC, a zone name or no header', () => {
    expect(zoneOfMailDate('Mon, 27 Nov 2000 18:36:00 +0000')).toBeUndefined();
    expect(zoneOfMailDate('Mon, 27 Nov 2000 18:36:00 GMT')).toBeUndefined();
    expect(zoneOfMailDate(undefined)).toBeUndefined();
  });
});
