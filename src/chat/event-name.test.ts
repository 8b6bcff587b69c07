import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../formats/model.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { withName } from './event-name.ts';

const untitled = (description?: string): CalendarEvent =>
  ({
    type: 'event',
    uid: 'u@example.test',
    summary: '',
    start: '2031-05-09T09:00:00Z',
    end: '2031-05-09T09:30:00Z',
    allDay: false,
    attendees: [],
    ...(description !== undefined ? { description } : {}),
  }) as unknown as CalendarEvent;

describe('withName', () => {
  it('names an event without a summary by the first sentence of its description', () => {
    expect(withName(untitled('Call the glazier back:\nask about the blue batch.')).summary).toBe(
      'Call the glazier back',
    );
    expect(withName(untitled('Sort the returned mugs. Then sweep.')).summary).toBe('Sort the returned mugs.');
  });

  it('clips a long first sentence and leaves an event with a summary or nothing to go by alone', () => {
    const long = withName(
      untitled('one two three four five six seven eight nine ten eleven twelve thirteen'),
    ).summary;
    expect(long).toBe('one two three four five six seven eight nine ten eleven twelve …');
    const titled = { ...untitled('Notes'), summary: 'Kiln check' } as CalendarEvent;
    expect(withName(titled)).toBe(titled);
    expect(withName(untitled()).summary).toBe('');
  });
});

const NOW = new Date('2031-05-07T09:00:00Z');
let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'event-name-'));
  const files = join(folder, 'files');
  mkdirSync(files);
  writeFileSync(
    join(files, 'studio.ics'),
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VEVENT',
      'UID:notes-only@example.test',
      'DTSTAMP:20310501T000000Z',
      'DTSTART;TZID=Europe/Berlin:20310512T090000',
      'DTEND;TZID=Europe/Berlin:20310512T093000',
      'DESCRIPTION:Call the glazier back:\\nask about the blue batch.',
      'END:VEVENT',
      // A daily series whose every date is struck out: its place is still its place.
      'BEGIN:VEVENT',
      'UID:struck@example.test',
      'DTSTAMP:20310501T000000Z',
      'DTSTART;TZID=Europe/Berlin:20310520T190000',
      'DTEND;TZID=Europe/Berlin:20310520T200000',
      'RRULE:FREQ=DAILY;COUNT=2',
      'EXDATE;TZID=Europe/Berlin:20310520T190000',
      'EXDATE;TZID=Europe/Berlin:20310521T190000',
      'SUMMARY:Slip pouring class',
      'LOCATION:Back room of the mill',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:kiln@example.test',
      'DTSTAMP:20310501T000000Z',
      'DTSTART;TZID=Europe/Berlin:20310515T190000',
      'DTEND;TZID=Europe/Berlin:20310515T200000',
      'SUMMARY:Kiln unloading',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [files], { owner: 'ana' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('events in answers', () => {
  it("lists an untitled event on a day's agenda by its description", async () => {
    const result = await askQuestion(index, "What's on my calendar on May 12, 2031?", {
      now: NOW,
      asUser: 'ana',
    });
    expect(result.answer).toContain('09:00–09:30 Call the glazier back [1]');
  });

  it('answers where a series is held when all its dates are struck out', async () => {
    const result = await askQuestion(index, 'Where is the slip pouring class?', { now: NOW, asUser: 'ana' });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Back room of the mill');
  });

  it("gives an event's time in the asker's zone when it is known", async () => {
    const asked = (timeZone?: string) =>
      askQuestion(index, 'When is the kiln unloading?', {
        now: NOW,
        asUser: 'ana',
        ...(timeZone ? { timeZone } : {}),
      });
    expect((await asked()).answer).toContain('19:00–20:00 (Europe/Berlin)');
    expect((await asked('America/New_York')).answer).toContain('13:00–14:00 (America/New_York)');
  });
});
