import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { CalendarEvent } from '../model.ts';
import { parseIcs } from './read-ics.ts';
import { occurrencesBetween } from './recurrence.ts';

const weekly: CalendarEvent = {
  type: 'event',
  uid: 'standup@example.com',
  summary: 'Standup',
  start: '2024-03-05T08:00:00Z',
  end: '2024-03-05T08:30:00Z',
  allDay: false,
  timeZone: 'Europe/Berlin',
  attendees: [],
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  seriesStart: '2024-01-02T08:00:00Z',
  excluded: ['2024-01-16T08:00:00Z'],
  locator: {},
};

const starts = (events: readonly CalendarEvent[]) => events.map((event) => event.start);

describe('occurrencesBetween', () => {
  it('expands a series before the occurrence it was indexed by, from its first start, without EXDATEs', () => {
    expect(starts(occurrencesBetween(weekly, new Date('2024-01-01'), new Date('2024-01-24')))).toEqual([
      '2024-01-02T08:00:00Z',
      '2024-01-09T08:00:00Z',
      '2024-01-23T08:00:00Z',
    ]);
  });

  it('keeps the wall-clock time across a DST change (09:00 Berlin is 08:00Z in March, 07:00Z in April)', () => {
    expect(starts(occurrencesBetween(weekly, new Date('2024-03-25'), new Date('2024-04-03')))).toEqual([
      '2024-03-26T08:00:00Z',
      '2024-04-02T07:00:00Z',
    ]);
  });

  it('keeps the length of each occurrence and stops at the end of the range', () => {
    const [first, ...rest] = occurrencesBetween(weekly, new Date('2030-06-01'), new Date('2030-06-05'));
    expect(first).toMatchObject({ start: '2030-06-04T07:00:00Z', end: '2030-06-04T07:30:00Z' });
    expect(rest).toEqual([]);
  });

  it('finds a real weekly series years away from the day it was read (EXDATEs honoured)', () => {
    // ../shared/corpus: a Google calendar with RRULE FREQ=WEEKLY;BYDAY=FR,SA;UNTIL=20131025 and EXDATEs.
    const file = join(
      CORPUS,
      'calendar/python-icalendar/fuzzing__corpus__issue_112_missing_tzinfo_on_exdate.ics',
    );
    const { calendar } = parseIcs(readFileSync(file, 'utf8'), { now: new Date('2026-01-01T00:00:00Z') });
    const series = calendar.events.find((event) => event.rrule);
    expect(series?.seriesStart).toBeDefined();
    const october = occurrencesBetween(series!, new Date('2013-10-01'), new Date('2013-11-01'));
    const expected = parseIcs(readFileSync(file, 'utf8'), { now: new Date('2013-10-10T00:00:00Z') })
      .calendar.events.filter((event) => event.start >= '2013-10-01' && event.start < '2013-11-01')
      .map((event) => event.start)
      .sort();
    expect(starts(october)).toEqual(expected);
    expect(october.length).toBeGreaterThan(0);
  });

  it('returns a single event when it overlaps the range and nothing otherwise', () => {
    const single = { ...weekly, rrule: undefined } as CalendarEvent;
    expect(occurrencesBetween(single, new Date('2024-03-05'), new Date('2024-03-06'))).toHaveLength(1);
    expect(occurrencesBetween(single, new Date('2024-03-06'), new Date('2024-03-07'))).toHaveLength(0);
  });
});
