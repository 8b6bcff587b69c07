import { readdirSync, readFileSync } from 'node:fs';
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

  it('keeps the last occurrence that starts at the UTC instant of UNTIL, the rule stepped on Berlin time', () => {
    // 09:00 Berlin on Tuesday 27 February is 08:00Z, the UNTIL itself (inclusive).
    const until = { ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20240227T080000Z', excluded: [] };
    expect(starts(occurrencesBetween(until, new Date('2024-02-10'), new Date('2024-03-10')))).toEqual([
      '2024-02-13T08:00:00Z',
      '2024-02-20T08:00:00Z',
      '2024-02-27T08:00:00Z',
    ]);
    // One minute earlier, the 27th is past the end.
    const earlier = { ...until, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20240227T075900Z' };
    expect(starts(occurrencesBetween(earlier, new Date('2024-02-10'), new Date('2024-03-10'))).at(-1)).toBe(
      '2024-02-20T08:00:00Z',
    );
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

  it('merges the occurrences of every RRULE of a series, one per start, in order', () => {
    // Weekly on Tuesdays and, by a second rule, monthly on the first Sunday; both begin with DTSTART.
    const twoRules: CalendarEvent = {
      ...weekly,
      seriesStart: '2024-01-02T08:00:00Z',
      excluded: [],
      extraRules: ['FREQ=MONTHLY;BYDAY=1SU'],
    };
    expect(starts(occurrencesBetween(twoRules, new Date('2024-01-29'), new Date('2024-02-14')))).toEqual([
      '2024-01-30T08:00:00Z',
      '2024-02-04T08:00:00Z',
      '2024-02-06T08:00:00Z',
      '2024-02-13T08:00:00Z',
    ]);
    expect(starts(occurrencesBetween(twoRules, new Date('2024-01-01'), new Date('2024-01-03')))).toEqual([
      '2024-01-02T08:00:00Z',
    ]);
  });

  it('counts DTSTART as the first occurrence even when the rule would not give it', () => {
    // A daily rule whose UNTIL lies before the first start, and a Tuesday rule starting on a Monday.
    const untilBefore = { ...weekly, excluded: [], rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z' };
    expect(starts(occurrencesBetween(untilBefore, new Date('2024-01-01'), new Date('2024-01-31')))).toEqual([
      '2024-01-02T08:00:00Z',
    ]);
    const offDay = { ...weekly, excluded: [], seriesStart: '2024-01-01T08:00:00Z' };
    expect(starts(occurrencesBetween(offDay, new Date('2024-01-01'), new Date('2024-01-10')))).toEqual([
      '2024-01-01T08:00:00Z',
      '2024-01-02T08:00:00Z',
      '2024-01-09T08:00:00Z',
    ]);
    // An excluded first start stays out.
    const gone = { ...offDay, excluded: ['2024-01-01T08:00:00Z'] };
    expect(starts(occurrencesBetween(gone, new Date('2024-01-01'), new Date('2024-01-03')))).toEqual([
      '2024-01-02T08:00:00Z',
    ]);
  });

  it('returns a single event when it overlaps the range and nothing otherwise', () => {
    const single = { ...weekly, rrule: undefined } as CalendarEvent;
    expect(occurrencesBetween(single, new Date('2024-03-05'), new Date('2024-03-06'))).toHaveLength(1);
    expect(occurrencesBetween(single, new Date('2024-03-06'), new Date('2024-03-07'))).toHaveLength(0);
  });
});

describe('occurrencesBetween far from the first start', () => {
  it('gives what stepping from the first start gives, for every series in the corpus calendars', () => {
    const root = join(CORPUS, 'calendar');
    const files = [
      'node-ical',
      'python-icalendar',
      'icaljs',
      'sabre-vobject',
      'libical',
      'biweekly',
      'tika',
    ].flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => /\.ics$/i.test(name))
        .map((name) => join(root, folder, name)),
    );
    const series = new Map<string, CalendarEvent>();
    for (const file of files) {
      let events: readonly CalendarEvent[] = [];
      try {
        events = parseIcs(readFileSync(file, 'utf8'), { now: new Date('2024-01-01T00:00:00Z') }).calendar
          .events;
      } catch {
        continue;
      }
      for (const event of events) if (event.rrule && !series.has(event.uid)) series.set(event.uid, event);
    }
    expect(series.size).toBeGreaterThan(20);
    let compared = 0;
    for (const event of series.values()) {
      for (const [from, to] of [
        ['2013-10-01', '2013-11-01'],
        ['2019-06-01', '2019-06-15'],
        ['2023-02-20', '2023-03-05'],
      ]) {
        const range = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)] as const;
        const first = new Date(Date.parse(event.seriesStart ?? event.start) - 86_400_000);
        const stepped = occurrencesBetween(event, first, range[1], 100_000).filter(
          (item) => Date.parse(item.end) > range[0].getTime() || Date.parse(item.start) >= range[0].getTime(),
        );
        const fast = occurrencesBetween(event, range[0], range[1], 100_000);
        expect(starts(fast), `${event.uid} ${event.rrule} ${from}`).toEqual(starts(stepped));
        compared += fast.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('occurrencesBetween on a series begun long before the range', () => {
  it('expands it in the range asked, not only within the steps allowed from its first start', () => {
    const daily: CalendarEvent = {
      ...weekly,
      uid: 'ledger@example.com',
      rrule: 'FREQ=DAILY',
      start: '1850-01-01T12:00:00Z',
      end: '1850-01-01T12:30:00Z',
      seriesStart: '1850-01-01T12:00:00Z',
      timeZone: 'UTC',
      excluded: [],
    };
    // 63,000 days after the first start: more steps than the expansion may take from there.
    expect(starts(occurrencesBetween(daily, new Date('2024-03-01'), new Date('2024-03-04')))).toEqual([
      '2024-03-01T12:00:00Z',
      '2024-03-02T12:00:00Z',
      '2024-03-03T12:00:00Z',
    ]);
  });
});

describe('occurrencesBetween: a series listed by RDATE', () => {
  const listed: CalendarEvent = {
    type: 'event',
    uid: 'glaze-review@example.org',
    summary: 'Glaze review',
    start: '2033-04-05T13:00:00Z',
    end: '2033-04-05T14:00:00Z',
    allDay: false,
    timeZone: 'America/Chicago',
    attendees: [],
    seriesStart: '2033-04-05T13:00:00Z',
    rdates: ['2033-04-05T13:00:00Z', '2033-04-12T13:00:00Z', '2033-07-19T13:00:00Z'],
    excluded: ['2033-04-12T13:00:00Z'],
    locator: {},
  };

  it('gives the listed dates inside the range asked, each with the event length, bar the excluded', () => {
    const found = occurrencesBetween(
      listed,
      new Date('2033-04-10T00:00:00Z'),
      new Date('2033-08-01T00:00:00Z'),
    );
    expect(found.map((event) => [event.start, event.end])).toEqual([
      ['2033-07-19T13:00:00Z', '2033-07-19T14:00:00Z'],
    ]);
  });
});
