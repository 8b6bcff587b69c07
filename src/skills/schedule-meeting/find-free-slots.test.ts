import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../formats/model.ts';
import { commonFreeTime, findFreeSlots, parseDuration, workingIntervals } from './find-free-slots.ts';

function event(start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    type: 'event',
    uid: `${start}`,
    summary: 'Busy',
    start,
    end,
    allDay: false,
    attendees: [],
    locator: {},
    ...extra,
  };
}

describe('findFreeSlots', () => {
  it('intersects working hours across zones on the day after New York moves to summer time', () => {
    // 2026-03-09 is a Monday: New York is on EDT (UTC-4) since 8 March, London still on GMT.
    const window = { start: new Date('2026-03-09T00:00:00Z'), end: new Date('2026-03-10T00:00:00Z') };
    const slots = findFreeSlots(
      [
        { attendee: 'ana@example.com', timeZone: 'America/New_York', events: [] },
        {
          attendee: 'ben@example.com',
          timeZone: 'Europe/London',
          events: [event('2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z')],
        },
      ],
      { durationMinutes: 30, window },
    );
    // One slot per free stretch, never the same stretch shifted by a quarter of an hour.
    expect(slots.map((slot) => [slot.start, slot.freeUntil])).toEqual([
      ['2026-03-09T13:00:00Z', '2026-03-09T14:00:00Z'],
      ['2026-03-09T15:00:00Z', '2026-03-09T17:00:00Z'],
    ]);
    expect(slots[0]).toEqual({
      start: '2026-03-09T13:00:00Z',
      end: '2026-03-09T13:30:00Z',
      freeUntil: '2026-03-09T14:00:00Z',
    });
  });

  it('uses standard time before the change', () => {
    const window = { start: new Date('2026-03-06T00:00:00Z'), end: new Date('2026-03-07T00:00:00Z') };
    const free = commonFreeTime(
      [
        { attendee: 'ana@example.com', timeZone: 'America/New_York', events: [] },
        { attendee: 'ben@example.com', timeZone: 'Europe/London', events: [] },
      ],
      window,
    );
    expect(
      free.map((interval) => [new Date(interval.start).toISOString(), new Date(interval.end).toISOString()]),
    ).toEqual([['2026-03-06T14:00:00.000Z', '2026-03-06T17:00:00.000Z']]);
  });

  it('skips weekends, cancelled and free events, and fits the duration', () => {
    const window = { start: new Date('2026-03-13T00:00:00Z'), end: new Date('2026-03-17T00:00:00Z') }; // Fri..Mon
    const slots = findFreeSlots(
      [
        {
          attendee: 'ana@example.com',
          timeZone: 'UTC',
          events: [
            event('2026-03-13T09:00:00Z', '2026-03-13T16:30:00Z'),
            event('2026-03-16T09:00:00Z', '2026-03-16T10:00:00Z', { status: 'CANCELLED' }),
            event('2026-03-16T10:00:00Z', '2026-03-16T11:00:00Z', { transparency: 'transparent' }),
          ],
        },
      ],
      { durationMinutes: 60, window, limit: 3 },
    );
    // Friday has only 30 minutes left, the weekend is not worked, Monday is open from 09:00.
    expect(slots).toEqual([
      { start: '2026-03-16T09:00:00Z', end: '2026-03-16T10:00:00Z', freeUntil: '2026-03-16T17:00:00Z' },
    ]);
  });

  it('finds a gap that starts at a quarter past, and starts right after a block that ends off the grid', () => {
    const window = { start: new Date('2026-03-16T00:00:00Z'), end: new Date('2026-03-17T00:00:00Z') }; // Monday
    const slots = findFreeSlots(
      [
        {
          attendee: 'ana@example.com',
          timeZone: 'UTC',
          events: [
            event('2026-03-16T09:00:00Z', '2026-03-16T10:15:00Z'),
            event('2026-03-16T10:45:00Z', '2026-03-16T13:40:00Z'),
            event('2026-03-16T14:30:00Z', '2026-03-16T17:00:00Z'),
          ],
        },
      ],
      { durationMinutes: 30, window },
    );
    expect(slots).toEqual([
      { start: '2026-03-16T10:15:00Z', end: '2026-03-16T10:45:00Z', freeUntil: '2026-03-16T10:45:00Z' },
      { start: '2026-03-16T13:40:00Z', end: '2026-03-16T14:10:00Z', freeUntil: '2026-03-16T14:30:00Z' },
    ]);
  });

  it('gives each free stretch that fits once, earliest first, and leaves out a gap too short', () => {
    const window = { start: new Date('2026-03-16T00:00:00Z'), end: new Date('2026-03-18T00:00:00Z') }; // Mon, Tue
    const slots = findFreeSlots(
      [
        {
          attendee: 'ana@example.com',
          timeZone: 'UTC',
          events: [
            event('2026-03-16T12:00:00Z', '2026-03-16T17:00:00Z'),
            event('2026-03-17T09:00:00Z', '2026-03-17T11:15:00Z'),
            event('2026-03-17T12:00:00Z', '2026-03-17T15:00:00Z'),
          ],
        },
      ],
      { durationMinutes: 60, window, limit: 4 },
    );
    // Tuesday 11:15-12:00 is too short for an hour; the two stretches that fit come once each.
    expect(slots).toEqual([
      { start: '2026-03-16T09:00:00Z', end: '2026-03-16T10:00:00Z', freeUntil: '2026-03-16T12:00:00Z' },
      { start: '2026-03-17T15:00:00Z', end: '2026-03-17T16:00:00Z', freeUntil: '2026-03-17T17:00:00Z' },
    ]);
  });

  it('blocks whole days for all-day events marked busy, in the attendee zone', () => {
    const window = { start: new Date('2026-03-10T00:00:00Z'), end: new Date('2026-03-12T00:00:00Z') };
    const free = commonFreeTime(
      [
        {
          attendee: 'ana@example.com',
          timeZone: 'Asia/Tokyo',
          events: [event('2026-03-10', '2026-03-11', { allDay: true, transparency: 'opaque' })],
          workingHours: { start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
        },
      ],
      window,
    );
    // Tuesday 10 March is off; Wednesday 11 March 09:00-18:00 JST is 00:00-09:00Z.
    expect(free.map((interval) => new Date(interval.start).toISOString())).toEqual([
      '2026-03-11T00:00:00.000Z',
    ]);
  });

  it('books no time for a to-do or a journal entry, only for appointments', () => {
    const window = { start: new Date('2031-05-06T00:00:00Z'), end: new Date('2031-05-07T00:00:00Z') };
    const placed = (at: string, extra: Partial<CalendarEvent>) => event(at, at, extra);
    const free = commonFreeTime(
      [
        {
          attendee: 'oriel@example.com',
          timeZone: 'UTC',
          events: [
            placed('2031-05-06T10:47:12Z', {
              summary: 'Repaint the kiln shed',
              todo: { completed: '2031-05-06T10:47:12Z', percentComplete: 100 },
            }),
            placed('2031-05-06T13:20:00Z', { summary: 'Glaze notes', journal: true }),
            event('2031-05-06T15:00:00Z', '2031-05-06T16:00:00Z'),
          ],
        },
      ],
      window,
    );
    expect(free).toEqual([
      { start: Date.parse('2031-05-06T09:00:00Z'), end: Date.parse('2031-05-06T15:00:00Z') },
      { start: Date.parse('2031-05-06T16:00:00Z'), end: Date.parse('2031-05-06T17:00:00Z') },
    ]);
  });

  it('computes working intervals across the autumn change in Europe', () => {
    const intervals = workingIntervals(
      { timeZone: 'Europe/Berlin' },
      { start: new Date('2026-10-23T00:00:00Z'), end: new Date('2026-10-27T00:00:00Z') },
    );
    expect(intervals.map((interval) => new Date(interval.start).toISOString())).toEqual([
      '2026-10-23T07:00:00.000Z', // Friday, CEST
      '2026-10-26T08:00:00.000Z', // Monday, CET
    ]);
  });
});

describe('parseDuration', () => {
  it.each([
    ['30m', 30],
    ['1h', 60],
    ['1h30m', 90],
    ['45', 45],
    ['2 hours', 120],
    ['90 min', 90],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
  it('rejects nonsense', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('0m')).toBeUndefined();
  });
});
