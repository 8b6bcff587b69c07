import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../formats/model.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import type { SearchHit } from '../index/types.ts';
import { askQuestion } from './ask-question.ts';
import { allDayOn, ownerZones, timedOnDay, zoneReader } from './event-zones.ts';
import { timeSpanOn } from './structured-answers.ts';

const event = (start: string, end: string, timeZone?: string): CalendarEvent =>
  ({
    type: 'event',
    uid: `${start}@example.test`,
    summary: 'Kiln check',
    start,
    end,
    allDay: false,
    attendees: [],
    ...(timeZone ? { timeZone } : {}),
  }) as unknown as CalendarEvent;
const hit = (path: string) => ({ path }) as SearchHit;

describe('timeSpanOn: an event on a day of the agenda', () => {
  it('says an event begun on an earlier day runs until its end, and one going on ends on a later day', () => {
    const overnight = event('2031-05-09T22:00:00Z', '2031-05-10T03:30:00Z');
    expect(timeSpanOn(overnight, '2031-05-09', 'UTC')).toBe('22:00 until Saturday 03:30');
    expect(timeSpanOn(overnight, '2031-05-10', 'UTC')).toBe('until 03:30 (from Friday 22:00)');
  });

  it('keeps start and end for an event within the day, one ending at midnight included', () => {
    expect(timeSpanOn(event('2031-05-09T09:00:00Z', '2031-05-09T10:00:00Z'), '2031-05-09', 'UTC')).toBe(
      '09:00–10:00',
    );
    expect(timeSpanOn(event('2031-05-09T23:00:00Z', '2031-05-10T00:00:00Z'), '2031-05-09', 'UTC')).toBe(
      '23:00–00:00',
    );
  });
});

describe('event zones', () => {
  it('reads a timed event on the day it falls on in the zone, running past midnight included', () => {
    const late = event('2031-05-09T22:00:00Z', '2031-05-10T01:00:00Z');
    expect(timedOnDay(late, '2031-05-09', 'UTC')).toBe(true);
    expect(timedOnDay(late, '2031-05-10', 'UTC')).toBe(true);
    expect(timedOnDay(late, '2031-05-10', 'America/Los_Angeles')).toBe(false);
    const toMidnight = event('2031-05-09T22:00:00Z', '2031-05-10T00:00:00Z');
    expect(timedOnDay(toMidnight, '2031-05-10', 'UTC')).toBe(false);
  });

  it('reads an all-day item on its dates, one that ends when it starts on its start day', () => {
    const holiday = { ...event('2031-05-09', '2031-05-10'), allDay: true };
    expect(allDayOn(holiday, '2031-05-09')).toBe(true);
    expect(allDayOn(holiday, '2031-05-10')).toBe(false);
    const written = { ...event('2031-05-09', '2031-05-09'), allDay: true };
    expect(allDayOn(written, '2031-05-09')).toBe(true);
    expect(allDayOn(written, '2031-05-08')).toBe(false);
    expect(allDayOn(written, '2031-05-10')).toBe(false);
    const trip = { ...event('2031-05-09', '2031-05-12'), allDay: true };
    expect(allDayOn(trip, '2031-05-11')).toBe(true);
  });

  it("reads each calendar in its owner's zone unless the asker's zone is known", () => {
    const items = [
      { hit: hit('/a.ics'), event: event('2031-05-10T06:00:00Z', '2031-05-10T06:30:00Z', 'Europe/Berlin') },
      { hit: hit('/a.ics'), event: event('2031-05-11T06:00:00Z', '2031-05-11T06:30:00Z', 'Europe/Berlin') },
      { hit: hit('/a.ics'), event: event('2031-05-12T06:00:00Z', '2031-05-12T06:30:00Z', 'Asia/Tokyo') },
      { hit: hit('/b.ics'), event: event('2031-05-10T06:00:00Z', '2031-05-10T06:30:00Z') },
    ];
    const owners = ownerZones(items);
    expect(owners.get('/a.ics')).toBe('Europe/Berlin');
    expect(owners.has('/b.ics')).toBe(false);
    const read = zoneReader(owners);
    expect(read(items[2] as (typeof items)[number])).toBe('Europe/Berlin');
    expect(read(items[3] as (typeof items)[number])).toBe('UTC');
    expect(zoneReader(owners, 'Asia/Tokyo')(items[0] as (typeof items)[number])).toBe('Asia/Tokyo');
  });
});

const NOW = new Date('2031-05-07T09:00:00Z');
let index: SearchIndex;

const ics = (zone: string, events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...events, 'END:VCALENDAR', '']
    .join('\r\n')
    .replaceAll('ZONE', zone);
const vevent = (uid: string, summary: string, start: string, end: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20310501T000000Z',
    `DTSTART;TZID=ZONE:${start}`,
    `DTEND;TZID=ZONE:${end}`,
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ].join('\r\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'event-zones-'));
  const files = join(folder, 'files');
  mkdirSync(files);
  writeFileSync(
    join(files, 'workshop.ics'),
    ics('Europe/Berlin', [
      vevent('glaze@example.test', 'Glaze tasting', '20310510T080000', '20310510T083000'),
      vevent('bell@example.test', 'Bell ringing', '20310512T120000', '20310512T120000'),
      vevent('clay@example.test', 'Clay delivery', '20310509T100000', '20310509T110000'),
      [
        'BEGIN:VJOURNAL',
        'UID:kiln-minutes@example.test',
        'DTSTART;VALUE=DATE:20310510',
        'DESCRIPTION:Kiln group minutes\\nIt was agreed that the kiln is fired twice a week from June.',
        'END:VJOURNAL',
      ].join('\r\n'),
    ]),
  );
  writeFileSync(
    join(files, 'harbour.ics'),
    ics('America/Los_Angeles', [
      vevent('ferry@example.test', 'Ferry drill', '20310509T170000', '20310509T180000'),
      vevent('nets@example.test', 'Net mending', '20310509T090000', '20310509T093000'),
    ]),
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [files], { owner: 'ana' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('a day asked about, read in the right zone', () => {
  it("lists an event on its calendar owner's day when the asker's zone is not known, in the order the times read", async () => {
    const result = await askQuestion(index, "What's on my calendar on May 10, 2031?", {
      now: NOW,
      asUser: 'ana',
    });
    expect(result.kind).toBe('day-agenda');
    expect(result.answer).toBe(
      'On Saturday 10 May 2031 (Europe/Berlin) you have one item: 08:00–08:30 Glaze tasting [1].',
    );
    const friday = await askQuestion(index, "What's on my calendar on May 9, 2031?", {
      now: NOW,
      asUser: 'ana',
    });
    expect(friday.answer).toBe(
      'On Friday 9 May 2031 you have 3 items: 09:00–09:30 (America/Los_Angeles) Net mending [1]; 10:00–11:00 (Europe/Berlin) Clay delivery [2]; 17:00–18:00 (America/Los_Angeles) Ferry drill [3].',
    );
  });

  it("lists it on the asker's own day, at the asker's time, when the zone is known", async () => {
    const options = { now: NOW, asUser: 'ana', timeZone: 'America/Los_Angeles' };
    const friday = await askQuestion(index, "What's on my calendar on May 9, 2031?", options);
    expect(friday.answer).toBe(
      'On Friday 9 May 2031 (America/Los_Angeles) you have 4 items: 01:00–02:00 Clay delivery [1]; 09:00–09:30 Net mending [2]; 17:00–18:00 Ferry drill [3]; 23:00–23:30 Glaze tasting [4].',
    );
    const saturday = await askQuestion(index, "What's on my calendar on May 10, 2031?", options);
    expect(saturday.answer).toMatch(/^Nothing is on your calendar on Saturday 10 May 2031/);
  });

  it("names an asker's zone given as a UTC offset by that offset", async () => {
    const result = await askQuestion(index, "What's on my calendar on May 9, 2031?", {
      now: NOW,
      asUser: 'ana',
      timeZone: 'Etc/GMT-1',
    });
    expect(result.answer).toMatch(/\(UTC\+01:00\)/);
  });

  it('writes one time, not a range, for an event that ends when it starts', async () => {
    const agenda = await askQuestion(index, "What's on my calendar on May 12, 2031?", {
      now: NOW,
      asUser: 'ana',
    });
    expect(agenda.answer).toMatch(/: 12:00 Bell ringing \[1\]\.$/);
    const when = await askQuestion(index, 'When is the bell ringing?', { now: NOW, asUser: 'ana' });
    expect(when.answer).toMatch(/12:00 \(Europe\/Berlin\)/);
    expect(when.answer).not.toMatch(/12:00–12:00/);
  });

  it("tells an event's time in the zone the question asks for", async () => {
    const result = await askQuestion(index, 'What time is the glaze tasting in UTC?', {
      now: NOW,
      asUser: 'ana',
    });
    expect(result.answer).toMatch(/06:00–06:30 \(UTC\)/);
    expect(result.answer).not.toMatch(/08:00/);
  });

  it('reads a journal entry as notes: not on the agenda, its text answers', async () => {
    const result = await askQuestion(index, 'How often is the kiln fired?', { now: NOW, asUser: 'ana' });
    expect(result.answer).toMatch(/twice a week/);
  });
});
