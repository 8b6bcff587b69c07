import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2031-04-28T09:00:00Z');
let index: SearchIndex;

const calendar = (method: string, lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    'UID:kite-race@example.test',
    'DTSTAMP:20310401T000000Z',
    'SUMMARY:Harbour kite race',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'end-given-'));
  const files = join(folder, 'files');
  mkdirSync(files);
  // A reply to the invitation, written with the first start only, and the organizer's update.
  writeFileSync(join(files, 'reply.ics'), calendar('REPLY', ['DTSTART:20310504T140000Z']));
  writeFileSync(
    join(files, 'update.ics'),
    calendar('PUBLISH', ['SEQUENCE:1', 'DTSTART:20310504T150000Z', 'DTEND:20310504T173000Z']),
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [files], { owner: 'ana', readers: ['ana'] });
});

afterAll(async () => {
  await index.close();
});

describe('an end asked of an event two calendars hold', () => {
  it('is told from the copy that writes an end, in the zone asked', async () => {
    const question = 'What time does the harbour kite race end, in UTC?';
    // The question is also what is looked for, as the ask skill passes it.
    const result = await askQuestion(index, question, { now: NOW, asUser: 'ana', retrievalQuery: question });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/17:30/);
    expect(result.citations[0]?.path).toMatch(/update\.ics$/);
  });
});
