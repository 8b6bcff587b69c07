import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { OfficemateError } from '../../lib/errors.ts';
import type { Calendar } from '../model.ts';
import { readFile } from '../read-file.ts';
import { parseIcs } from './read-ics.ts';
import { resolveTimeZone } from './time-zones.ts';

const CALENDARS = join(CORPUS, 'calendar');
const corpus = (name: string) => readFileSync(join(CALENDARS, name), 'utf8');

describe('readIcs on real calendars', () => {
  it('reads a property whose folded value follows an empty line (an old Mozilla export)', () => {
    // VERSION, SUMMARY and DTSTART of the first of two VCALENDARs are written "NAME", "", " :value".
    const { calendar } = parseIcs(corpus('python-icalendar/calendars__multiple_calendar_components.ics'), {
      window: { start: '2003-01-01T00:00:00Z', end: '2004-01-01T00:00:00Z' },
    });
    expect(calendar.events.map((event) => [event.summary, event.start])).toEqual([
      ['Christmas Day', '2003-12-25'],
      ['Boxing Day', '2003-05-01'],
      ['Christmas again!', '2003-12-25'],
    ]);
  });

  it('takes the override with the highest SEQUENCE when one occurrence is overridden twice', () => {
    const { calendar } = parseIcs(corpus('node-ical/recurrence-sequence.ics'), {
      window: { start: '2024-01-01T00:00:00Z', end: '2024-01-04T00:00:00Z' },
    });
    const starts = calendar.events.map((event) => event.start);
    // 2 January moved to 14:00 by SEQUENCE 3 (not 11:00 by SEQUENCE 1, listed after it); 3 January to 15:00 by SEQUENCE 5.
    expect(starts).toEqual(['2024-01-01T10:00:00Z', '2024-01-02T14:00:00Z', '2024-01-03T15:00:00Z']);
  });

  it('expands a daily series with EXDATEs and a RECURRENCE-ID override (TZID without VTIMEZONE)', () => {
    const { calendar } = parseIcs(corpus('node-ical/daily-count-exdate-recurrence-id.ics'), {
      window: { start: '2015-07-01T00:00:00Z', end: '2015-08-01T00:00:00Z' },
    });
    // COUNT=10 minus two EXDATEs.
    expect(calendar.events).toHaveLength(8);
    expect(calendar.events.map((event) => event.recurrenceId?.slice(0, 10))).toEqual([
      '2015-07-06',
      '2015-07-07',
      '2015-07-09',
      '2015-07-11',
      '2015-07-12',
      '2015-07-13',
      '2015-07-14',
      '2015-07-15',
    ]);
    const [first, moved] = calendar.events;
    // 12:00 in Los Angeles (PDT, UTC-7).
    expect(first).toMatchObject({
      summary: 'Treasure Hunting',
      start: '2015-07-06T19:00:00Z',
      end: '2015-07-06T20:00:00Z',
      timeZone: 'America/Los_Angeles',
      rrule: 'FREQ=DAILY;COUNT=10',
      allDay: false,
    });
    expect(moved).toMatchObject({
      summary: 'More Treasure Hunting',
      location: 'The other island',
      start: '2015-07-09T22:00:00Z',
      recurrenceId: '2015-07-07T19:00:00Z',
    });
    expect(first?.locator.eventUid).toBe('0000001');
  });

  it('keeps every RRULE of a series: the first as rrule, the others as extraRules', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:two-rules@example.org',
      'DTSTART:20240102T080000Z',
      'DTEND:20240102T083000Z',
      'RRULE:FREQ=WEEKLY;UNTIL=20240301T000000Z',
      'RRULE:FREQ=MONTHLY;BYDAY=1SU;UNTIL=20240301T000000Z',
      'SUMMARY:Planning',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(text, { now: new Date('2024-01-15T00:00:00Z') });
    const first = calendar.events[0];
    expect(first?.rrule).toBe('FREQ=WEEKLY;UNTIL=20240301T000000Z');
    expect(first?.extraRules).toEqual(['FREQ=MONTHLY;BYDAY=1SU;UNTIL=20240301T000000Z']);
    // The window holds the Sunday only the second rule gives.
    expect(calendar.events.map((event) => event.start)).toContain('2024-02-04T08:00:00Z');
  });

  it('reads a series whose rule ends before its first start, at that start', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:late-rule@example.org',
      'DTSTART:20300415T170000Z',
      'DTEND:20300415T190000Z',
      'RRULE:FREQ=DAILY;UNTIL=20280101T000000Z',
      'SUMMARY:Choir rehearsal',
      'LOCATION:Old town hall',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(text, { now: new Date('2030-04-01T00:00:00Z') });
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      summary: 'Choir rehearsal',
      start: '2030-04-15T17:00:00Z',
      end: '2030-04-15T19:00:00Z',
      location: 'Old town hall',
    });
  });

  it('counts the occurrences of an open-ended daily series inside a window', () => {
    const { calendar } = parseIcs(corpus('icaljs/samples__daily_recur.ics'), {
      window: { start: '2012-08-01T00:00:00Z', end: '2012-09-01T00:00:00Z' },
    });
    expect(calendar.events).toHaveLength(31);
    expect(calendar.name).toBe('calmozilla1@gmail.com');
    expect(calendar.window).toEqual({ start: '2012-08-01T00:00:00Z', end: '2012-09-01T00:00:00Z' });
    // 05:00 PDT.
    expect(calendar.events[0]?.start).toBe('2012-08-01T12:00:00Z');
    // The file's only ATTENDEE belongs to an alarm (VALARM), not to the event.
    expect(calendar.events[0]?.attendees).toEqual([]);
  });

  it('resolves Windows time-zone names (Exchange VTIMEZONEs)', () => {
    const { calendar } = parseIcs(corpus('node-ical/ms_timezones.ics'), {
      window: { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' },
    });
    expect(calendar.method).toBe('PUBLISH');
    const test = calendar.events.find((event) => event.summary === 'test');
    expect(test).toMatchObject({ start: '2020-09-10T07:00:00Z', timeZone: 'Europe/Berlin' });
    const pacific = calendar.events.find((event) => event.summary === 'Not the actual summary 1');
    expect(pacific).toMatchObject({ start: '2020-09-15T15:30:00Z', timeZone: 'America/Los_Angeles' });
  });

  it('resolves a Windows TZID with no VTIMEZONE, and DST in it', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:test',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTAMP:20240101T000000Z',
      'SUMMARY:Summer',
      'DTSTART;TZID=Pacific Standard Time:20240710T090000',
      'DTEND;TZID=Pacific Standard Time:20240710T100000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTAMP:20240101T000000Z',
      'SUMMARY:Winter',
      'DTSTART;TZID="Tokyo Standard Time":20240110T090000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar, warnings } = parseIcs(ics, { now: new Date('2024-06-01T00:00:00Z') });
    expect(warnings).toEqual([]);
    expect(calendar.events.map((event) => [event.start, event.end, event.timeZone])).toEqual([
      ['2024-07-10T16:00:00Z', '2024-07-10T17:00:00Z', 'America/Los_Angeles'],
      ['2024-01-10T00:00:00Z', '2024-01-10T00:00:00Z', 'Asia/Tokyo'],
    ]);
    expect(resolveTimeZone('/mozilla.org/20070129_1/America/New_York')).toBe('America/New_York');
    expect(resolveTimeZone('US-Eastern')).toBe('US/Eastern');
    expect(resolveTimeZone('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toBe(
      'Europe/Berlin',
    );
  });

  it('reads a zone named only by its offset from UTC as that fixed offset', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:offset-only',
      'SUMMARY:Choir practice',
      'DTSTART;TZID="(GMT +02:00)":20240305T180000',
      'DTEND;TZID="(GMT +02:00)":20240305T190000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(ics, { now: new Date('2024-03-01T00:00:00Z') });
    expect(calendar.events.map((event) => [event.start, event.end])).toEqual([
      ['2024-03-05T16:00:00Z', '2024-03-05T17:00:00Z'],
    ]);
    expect(resolveTimeZone('UTC-05')).toBe('Etc/GMT+5');
    expect(resolveTimeZone('GMT+0100')).toBe('Etc/GMT-1');
    expect(resolveTimeZone('(UTC+05:30) Unlisted town')).toBeUndefined();
    expect(resolveTimeZone('(UTC-06:00) Central Time (US & Canada)')).toBe('America/Chicago');
  });

  it('reads all-day events, and an Exchange override whose RECURRENCE-ID is a date-time', () => {
    const { calendar } = parseIcs(corpus('node-ical/exchange_whole_day_moved_recurrence_offset_tz.ics'), {
      window: { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
    });
    expect(calendar.events.map((event) => [event.start, event.end, event.allDay])).toEqual([
      ['2026-02-19', '2026-02-20', true],
      ['2026-02-24', '2026-02-25', true],
      ['2026-02-27', '2026-02-28', true],
    ]);
    expect(calendar.events[2]?.recurrenceId).toBe('2026-02-26');
  });

  it('reads organizer and attendees', () => {
    const { calendar } = parseIcs(corpus('libical/src__test__itip.ics'), {
      now: new Date('1997-07-01T00:00:00Z'),
    });
    expect(calendar.events[0]?.organizer?.address).toBe('a@example.com');
    expect(calendar.events[0]?.attendees.map((attendee) => attendee.address)).toEqual([
      'eric@agony.busboom.org',
    ]);
  });

  it('reads an organizer whose whole value is quoted', () => {
    const { calendar } = parseIcs(corpus('node-ical/event-with-valarm.ics'), {
      now: new Date('2013-04-18T00:00:00Z'),
    });
    expect(calendar.events[0]?.organizer?.address).toBe('stomlinson@mozilla.com');
  });

  it('lists a series with no occurrence in the window by its first occurrence', () => {
    const { calendar } = parseIcs(corpus('node-ical/yearly-party.ics'), {
      window: { start: '2000-01-01T00:00:00Z', end: '2001-01-01T00:00:00Z' },
    });
    expect(calendar.events.map((event) => [event.summary, event.start])).toEqual([
      ['Party', '2022-07-14T12:00:00Z'],
      ['Party next day', '2022-07-15T12:00:00Z'],
    ]);
  });
});

describe('readIcs on malformed input', () => {
  it('keeps what it can of a broken calendar, with warnings', () => {
    const { calendar, warnings } = parseIcs(corpus('node-ical/ms_timezones.ics'), {
      window: { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' },
    });
    // This file holds `TZID="W. Europe Standard Time:20200609T090000"` (a quote in the wrong place): repaired.
    expect(calendar.events.some((event) => event.summary === "Log Yesterday's Jira time")).toBe(true);
    expect(warnings).toEqual([]);
    const truncated = parseIcs(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20240101T100000Z\r\nSUMMARY:Cut\r\nBAD LINE WITHOUT COLON\r\n',
      { now: new Date('2024-01-01T00:00:00Z') },
    );
    expect(truncated.calendar.events.map((event) => event.summary)).toEqual(['Cut']);
    expect(truncated.warnings.map((warning) => warning.message)).toContain('1 malformed line(s) skipped.');
  });

  it('gives the warnings of one event and its overrides in the order they arose', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:kiln-check',
      'DTSTART:20310412T090000',
      'SUMMARY:Kiln check',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:kiln-check',
      'RECURRENCE-ID:20310419T090000',
      'SUMMARY:Kiln check moved, day to follow',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:kiln-check',
      'RECURRENCE-ID;TZID=Marsh/Lantern_Bay:20310426T090000',
      'DTSTART;TZID=Marsh/Lantern_Bay:20310427T100000',
      'SUMMARY:Kiln check on Sunday',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar, warnings } = parseIcs(ics, { now: new Date('2031-04-01T00:00:00Z') });
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Floating times (no time zone) were read as UTC.',
      'Event "Kiln check moved, day to follow" (UID kiln-check) has no start time (DTSTART); it is kept without a date.',
      'Unknown time zone "Marsh/Lantern_Bay": its times were read as UTC.',
    ]);
    expect(calendar.events.map((event) => event.start)).toEqual([
      '2031-04-12T09:00:00Z',
      '2031-04-27T10:00:00Z',
    ]);
    expect(calendar.undated?.map((entry) => entry.summary)).toEqual(['Kiln check moved, day to follow']);
  });

  it('names an event in a warning by its title, never by a UID made up for it', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Hedge trimming, date to follow',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DESCRIPTION:Bring gloves',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { warnings } = parseIcs(ics, { now: new Date('2031-04-01T00:00:00Z') });
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Event "Hedge trimming, date to follow" has no start time (DTSTART); it is kept without a date.',
      'An event with no title or UID has no start time (DTSTART); it is kept without a date.',
    ]);
  });

  it('keeps what was noted of an event before it could not be read, and none of its occurrences', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:glaze-order',
      'RECURRENCE-ID:20310503T080000Z',
      'SUMMARY:Glaze order, date open',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:glaze-order',
      'RECURRENCE-ID:20310510T080000Z',
      'DTSTART:20310510T080000Z',
      'SUMMARY:Glaze order',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:glaze-order',
      'RECURRENCE-ID:20310517T080000Z',
      'DTSTART:NOT-A-DAY',
      'SUMMARY:Glaze order again',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:clay-delivery',
      'DTSTART:20310520T070000Z',
      'SUMMARY:Clay delivery',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar, warnings } = parseIcs(ics, { now: new Date('2031-04-01T00:00:00Z') });
    expect(calendar.events.map((event) => event.summary)).toEqual(['Clay delivery']);
    expect(calendar.undated?.map((entry) => entry.summary)).toEqual(['Glaze order, date open']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Event "Glaze order, date open" (UID glaze-order) has no start time (DTSTART); it is kept without a date.',
      // A group with no master event is named by its UID: an override's title is one day's only.
      expect.stringMatching(/^Event glaze-order could not be read: /),
    ]);
  });

  it('keeps the step-limit warning of a series whose moved occurrence cannot be read', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:pump-log',
      'DTSTART:20200101T000000Z',
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:Pump log',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:pump-log',
      'RECURRENCE-ID:20250101T000000Z',
      'DTSTART:NOT-A-DAY',
      'SUMMARY:Pump log moved',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    // No occurrence within 50,000 steps of the start: listed by its moved occurrences, one of which fails.
    const { calendar, warnings } = parseIcs(ics, { now: new Date('2031-04-01T00:00:00Z') });
    expect(calendar.events).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^Recurring event "Pump log" has too many occurrences/),
      expect.stringMatching(/^Event "Pump log" \(UID pump-log\) could not be read: /),
    ]);
  });

  it('gives a typed error for text that is no calendar', async () => {
    expect(() => parseIcs('just some text', {}, 'x.ics')).toThrow(OfficemateError);
    try {
      parseIcs('END:VCALENDAR', {}, 'x.ics');
    } catch (thrown) {
      expect((thrown as OfficemateError).code).toBe('file_corrupt');
      expect((thrown as OfficemateError).message).toMatch(/^x\.ics is not a valid iCalendar file/);
    }
    const garbage = parseIcs('BEGIN:VCALENDAR\r\n;;;:::\r\n"', {}, 'x.ics');
    expect(garbage.calendar.events).toEqual([]);
    expect(garbage.warnings).toEqual([{ type: 'skipped', message: '2 malformed line(s) skipped.' }]);
    const result = await readFile(join(CALENDARS, 'python-icalendar', 'calendars__big_bad_calendar.ics'), {
      now: new Date('2024-01-01T00:00:00Z'),
    });
    expect(result.success).toBe(true);
    expect((result as { data: Calendar }).data.events).toEqual([]);
  });

  it("reads a time before its VTIMEZONE's first observance in that zone, not as UTC (zone defined in several calendars)", () => {
    // Three VCALENDARs in one file each define US-Eastern; the event's own definition starts
    // in October 1998, after the event: the zone's name (US/Eastern, EST in March) decides.
    const { calendar } = parseIcs(corpus('libical/2445.ics'), { now: new Date('1998-03-10T00:00:00Z') });
    const review = calendar.events.find((event) => event.uid === 'guid-1.host1.com');
    expect(review?.start).toBe('1998-03-12T13:30:00Z');
    expect(review?.end).toBe('1998-03-12T14:30:00Z');
  });

  it('uses the offset the first observance changes from when the zone has no known name', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Harbour Office Time',
      'BEGIN:STANDARD',
      'DTSTART:20201101T020000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:early',
      'SUMMARY:Early call',
      'DTSTART;TZID=Harbour Office Time:20200601T090000',
      'DTEND;TZID=Harbour Office Time:20200601T100000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:late',
      'SUMMARY:Late call',
      'DTSTART;TZID=Harbour Office Time:20201201T090000',
      'DTEND;TZID=Harbour Office Time:20201201T100000',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { calendar } = parseIcs(ics, { now: new Date('2020-06-01T00:00:00Z') });
    const start = (uid: string) => calendar.events.find((event) => event.uid === uid)?.start;
    expect(start('early')).toBe('2020-06-01T06:00:00Z');
    expect(start('late')).toBe('2020-12-01T07:00:00Z');
  });

  it('bounds the expansion of a rule with endless occurrences', () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:s\r\nDTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Tick\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const started = performance.now();
    const { calendar, warnings } = parseIcs(ics, { now: new Date('2024-01-01T00:00:00Z') });
    // 50,000 recurrence steps: about 2 s on an idle core; the bound only says it cannot hang.
    expect(performance.now() - started).toBeLessThan(25_000);
    expect(calendar.events).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/too many occurrences/);
  }, 30_000);
});

describe('parseIcs: to-dos', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VTODO',
    'UID:todo-rent',
    'DUE;VALUE=DATE:20300301',
    'SUMMARY:Pay the boathouse rent',
    'STATUS:NEEDS-ACTION',
    'END:VTODO',
    'BEGIN:VTODO',
    'UID:todo-sails',
    'COMPLETED;TZID=Europe/Oslo:20300210T101500',
    'PERCENT-COMPLETE:100',
    'SUMMARY:Order new sails',
    'END:VTODO',
    'BEGIN:VTODO',
    'UID:todo-undated',
    'SUMMARY:Think about the regatta',
    'END:VTODO',
    'END:VCALENDAR',
  ].join('\r\n');

  it('reads each dated to-do with its due and completion dates, placed at the first it has', () => {
    const { calendar } = parseIcs(ics);
    const rent = calendar.events.find((event) => event.uid === 'todo-rent');
    expect(rent).toMatchObject({ start: '2030-03-01', allDay: true, todo: { due: '2030-03-01' } });
    const sails = calendar.events.find((event) => event.uid === 'todo-sails');
    expect(sails).toMatchObject({
      start: '2030-02-10T09:15:00Z',
      timeZone: 'Europe/Oslo',
      todo: { completed: '2030-02-10T09:15:00Z', percentComplete: 100 },
    });
    expect(calendar.events.some((event) => event.uid === 'todo-undated')).toBe(false);
  });

  it('reads a lone VTODO without a VCALENDAR around it', () => {
    const lone = [
      'BEGIN:VTODO',
      'UID:lone',
      'DUE;VALUE=DATE:20300301',
      'SUMMARY:File the harbour permit',
      'END:VTODO',
    ];
    expect(parseIcs(lone.join('\r\n')).calendar.events.map((event) => event.summary)).toEqual([
      'File the harbour permit',
    ]);
  });
});

describe('parseIcs: journal entries', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VJOURNAL',
    'UID:minutes-1',
    'DTSTAMP:20300312T080000Z',
    'DESCRIPTION:Boathouse committee minutes\\nIt was agreed that the slipway is repaired in May.',
    'END:VJOURNAL',
    'BEGIN:VJOURNAL',
    'UID:minutes-2',
    'DTSTART;VALUE=DATE:20300314',
    'SUMMARY:Regatta notes',
    'DESCRIPTION:Ana keeps the start list.',
    'END:VJOURNAL',
    'BEGIN:VJOURNAL',
    'UID:minutes-undated',
    'SUMMARY:Loose thoughts',
    'END:VJOURNAL',
    'END:VCALENDAR',
  ].join('\r\n');

  it('reads each dated entry as journal notes with their text, titled by their first line when untitled', () => {
    const { calendar } = parseIcs(ics);
    expect(calendar.events.map((event) => [event.uid, event.summary, event.start, event.journal])).toEqual([
      ['minutes-1', 'Boathouse committee minutes', '2030-03-12T08:00:00Z', true],
      ['minutes-2', 'Regatta notes', '2030-03-14', true],
    ]);
    expect(calendar.events[0]?.description).toMatch(/slipway is repaired in May/);
  });
});

describe('parseIcs: the reminders of an event (VALARM)', () => {
  it('keeps when each goes off and what it says, leaving stock reminder text out', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:loom-fair@example.test',
      'DTSTART:20360412T090000Z',
      'DTEND:20360412T170000Z',
      'SUMMARY:Loom fair',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=START:-PT15M',
      'DESCRIPTION:Reminder',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=END:PT1H',
      'DESCRIPTION:Pack the shuttles',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:AUDIO',
      'TRIGGER;VALUE=DATE-TIME:20360411T180000Z',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcs(ics).calendar.events[0]?.alarms).toEqual([
      { before: 900 },
      { before: -3600, related: 'end', description: 'Pack the shuttles' },
      { at: '2036-04-11T18:00:00Z' },
    ]);
  });
});

describe('parseIcs: whom an e-mail reminder is sent to', () => {
  it('keeps the addresses of a reminder that goes by e-mail, not of one shown on screen', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:kiln-day@example.test',
      'DTSTART;VALUE=DATE:20360502',
      'SUMMARY:Kiln day',
      'BEGIN:VALARM',
      'ACTION:EMAIL',
      'DESCRIPTION:This is an event reminder',
      'SUMMARY:Alarm notification',
      'ATTENDEE:mailto:pia.holm@example.test',
      'TRIGGER;VALUE=DATE-TIME:20360501T170000Z',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'ATTENDEE:mailto:nobody@example.test',
      'TRIGGER:-PT30M',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcs(ics).calendar.events[0]?.alarms).toEqual([
      { at: '2036-05-01T17:00:00Z', mailTo: ['pia.holm@example.test'] },
      { before: 1800 },
    ]);
  });
});

describe('parseIcs: a reminder written outside any event', () => {
  it('keeps what it says as an undated entry, and skips one with stock text only', () => {
    const ics = [
      'BEGIN:VALARM',
      'TRIGGER:-PT30M',
      'ACTION:DISPLAY',
      'DESCRIPTION:Bring the warp samples to the dye house at 7:45.',
      'ATTENDEE:mailto:ines_vale@example.test',
      'END:VALARM',
      'BEGIN:VALARM',
      'TRIGGER:-PT10M',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reminder',
      'END:VALARM',
    ].join('\r\n');
    const { calendar } = parseIcs(ics);
    expect(calendar.events).toEqual([]);
    expect(calendar.undated?.map((entry) => entry.description)).toEqual([
      'Bring the warp samples to the dye house at 7:45.',
    ]);
    // Whom the alarm mails is no person of a meeting (a name to resolve questions by).
    expect(calendar.undated?.[0]?.attendees).toEqual([]);
  });
});

describe('readIcs: categories and attachments of an event', () => {
  const one = (lines: string) =>
    parseIcs(
      `BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:u1@example.net\nDTSTART:20310305T090000Z\nDTEND:20310305T100000Z\nSUMMARY:Glasshouse Budget Walkthrough\n${lines}END:VEVENT\nEND:VCALENDAR\n`,
      { window: { start: '2031-01-01T00:00:00Z', end: '2032-01-01T00:00:00Z' } },
    ).calendar.events[0];

  it('keeps every category of every CATEGORIES property', () => {
    const event = one('CATEGORIES:FINANCE,Quarterly Review\nCATEGORIES:Greenhouse\n');
    expect(event?.categories).toEqual(['FINANCE', 'Quarterly Review', 'Greenhouse']);
  });

  it("keeps the event's own ATTACH links, not inline data nor a reminder's sound", () => {
    const event = one(
      'ATTACH;FMTTYPE=application/pdf:https://files.example.net/glass/budget-31.pdf\n' +
        'ATTACH;ENCODING=BASE64;VALUE=BINARY:VGhpcyBpcyBkYXRh\n' +
        'BEGIN:VALARM\nACTION:AUDIO\nTRIGGER:-PT10M\nATTACH:ftp://example.net/chime.aud\nEND:VALARM\n',
    );
    expect(event?.attachments).toEqual(['https://files.example.net/glass/budget-31.pdf']);
  });

  it('has neither on an event that carries none', () => {
    const event = one('');
    expect(event?.categories).toBeUndefined();
    expect(event?.attachments).toBeUndefined();
  });
});

describe('parseIcs: occurrences given as RDATE periods', () => {
  const periods = (override: boolean) =>
    [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:kiln-check@example.org',
      'SUMMARY:Kiln check',
      'DTSTART:20310304T150000Z',
      'DTEND:20310304T153000Z',
      ...(override ? ['RECURRENCE-ID;RANGE=THISANDFUTURE:20310304T150000Z'] : []),
      'RDATE;VALUE=PERIOD:20310304T150000Z/20310304T153000Z,20310311T150000Z/20310311T153000Z,20310318T150000Z/20310318T153000Z',
      'ATTENDEE;CN=Orla Venn:mailto:orla@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const window = { start: '2031-03-01T00:00:00Z', end: '2031-04-01T00:00:00Z' };

  it('reads each period of a series as an occurrence at its start', () => {
    const { calendar } = parseIcs(periods(false), { window });
    expect(calendar.events.map((event) => event.start)).toEqual([
      '2031-03-04T15:00:00Z',
      '2031-03-11T15:00:00Z',
      '2031-03-18T15:00:00Z',
    ]);
    expect(calendar.events[2]?.end).toBe('2031-03-18T15:30:00Z');
  });

  it('reads a lone "this and future" override with its own RDATE periods as the series', () => {
    const { calendar } = parseIcs(periods(true), { window });
    expect(calendar.events.map((event) => event.start)).toEqual([
      '2031-03-04T15:00:00Z',
      '2031-03-11T15:00:00Z',
      '2031-03-18T15:00:00Z',
    ]);
    expect(calendar.events.every((event) => event.summary === 'Kiln check')).toBe(true);
  });
});

describe('parseIcs: a series listed by RDATE keeps its dates', () => {
  it('gives each event of the series the RDATE starts, in the zone its TZID names', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:glaze-review@example.org',
      'SUMMARY:Glaze review',
      'DTSTART;TZID=America/Chicago:20330405T080000',
      'DTEND;TZID=America/Chicago:20330405T090000',
      'RDATE;TZID=America/Chicago;VALUE=PERIOD:20330405T080000/20330405T090000,20330412T080000/20330412T090000,20330719T080000/20330719T090000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    // A window that holds none of its dates: the series is listed by its first one, with its list.
    const { calendar } = parseIcs(ics, {
      window: { start: '2035-01-01T00:00:00Z', end: '2036-01-01T00:00:00Z' },
    });
    expect(calendar.events[0]?.rdates).toEqual([
      '2033-04-05T13:00:00Z',
      '2033-04-12T13:00:00Z',
      '2033-07-19T13:00:00Z',
    ]);
  });
});

describe('parseIcs: a series listed by RDATE alone', () => {
  const ics = (exdate?: string) =>
    [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:loom-service@example.org',
      'SUMMARY:Loom servicing',
      'DTSTART:20320105T100000Z',
      'DTEND:20320105T160000Z',
      'RDATE:20320107T100000Z,20320112T100000Z',
      ...(exdate ? [`EXDATE:${exdate}`] : []),
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const window = { start: '2032-01-01T00:00:00Z', end: '2032-02-01T00:00:00Z' };

  it('holds its DTSTART as the first occurrence, before the listed dates', () => {
    const { calendar } = parseIcs(ics(), { window });
    expect(calendar.events.map((event) => [event.start, event.end])).toEqual([
      ['2032-01-05T10:00:00Z', '2032-01-05T16:00:00Z'],
      ['2032-01-07T10:00:00Z', '2032-01-07T16:00:00Z'],
      ['2032-01-12T10:00:00Z', '2032-01-12T16:00:00Z'],
    ]);
  });

  it('leaves the DTSTART out when an EXDATE removes it', () => {
    const { calendar } = parseIcs(ics('20320105T100000Z'), { window });
    expect(calendar.events.map((event) => event.start)).toEqual([
      '2032-01-07T10:00:00Z',
      '2032-01-12T10:00:00Z',
    ]);
  });
});

describe('free/busy lists and delegations', () => {
  it("reads a reply's periods as its attendee's, with their kinds; a request without periods gives none", () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VFREEBUSY',
      'ORGANIZER:mailto:asker@example.org',
      'ATTENDEE:mailto:asked@example.org',
      'DTSTART:20420301T000000Z',
      'DTEND:20420302T000000Z',
      'END:VFREEBUSY',
      'BEGIN:VFREEBUSY',
      'ORGANIZER:mailto:asker@example.org',
      'ATTENDEE:mailto:asked@example.org',
      'FREEBUSY;FBTYPE=BUSY-TENTATIVE:20420301T080000Z/PT45M,20420301T100000Z/20420301T110000Z',
      'FREEBUSY;FBTYPE=FREE:20420301T120000Z/PT1H',
      'END:VFREEBUSY',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(ics);
    expect(calendar.events).toEqual([]);
    expect(calendar.freeBusy?.map((list) => [list.owner?.address, list.periods])).toEqual([
      [
        'asked@example.org',
        [
          { start: '2042-03-01T08:00:00Z', end: '2042-03-01T08:45:00Z', kind: 'tentative' },
          { start: '2042-03-01T10:00:00Z', end: '2042-03-01T11:00:00Z', kind: 'tentative' },
          { start: '2042-03-01T12:00:00Z', end: '2042-03-01T13:00:00Z', kind: 'free' },
        ],
      ],
    ]);
  });

  it('reads a lone published list as its organizer’s, and whom an attendee delegated to', () => {
    const list = parseIcs(
      [
        'BEGIN:VFREEBUSY',
        'ORGANIZER:mailto:owner@example.org',
        'FREEBUSY:20420302T090000Z/PT1H',
        'END:VFREEBUSY',
      ].join('\r\n'),
    );
    expect(list.calendar.freeBusy?.[0]?.owner?.address).toBe('owner@example.org');
    const event = parseIcs(
      [
        'BEGIN:VEVENT',
        'UID:d-1',
        'DTSTART:20420303T090000Z',
        'SUMMARY:Handover',
        'ATTENDEE;DELEGATED-TO="mailto:b@example.org","mailto:c@example.org":mailto:a@example.org',
        'END:VEVENT',
      ].join('\r\n'),
      { now: new Date('2042-03-01T00:00:00Z') },
    );
    expect(event.calendar.events[0]?.attendees[0]?.delegatedTo).toEqual(['b@example.org', 'c@example.org']);
  });
});
