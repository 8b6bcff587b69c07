/**
 * ask over meeting notices, signatures and calendars of a small invented workspace indexed for
 * real: a meeting word that must not hide notice mail, a place of another meeting when the
 * notice asked names none, a number of someone no card and no mail names, a cell line marked
 * after its number, a table row under a header, and the next meeting of a series that ended.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const TO = 'nora.lind@example.com';

const MBOX = [
  mboxMessage(
    'tooling',
    '2024-05-06T15:00:00Z',
    'desk.admin@example.com',
    TO,
    'Mtg: Ode/Park/Vale - Tooling/Assembly Issues',
    [
      'Please let me know asap if you are available for the following meeting on Wednesday:',
      '',
      'Tooling/Assembly Issues',
      'Wed., May 8th',
      '12:30 - 2:30pm',
      'rm 4410',
    ].join('\n'),
  ),
  mboxMessage(
    'preview',
    '2024-05-06T16:00:00Z',
    'desk.admin@example.com',
    TO,
    'Budget Preview Meeting: Quarterly Ranking',
    'Ada stated that this meeting should last no more than two hours. She stated that more details are to come.',
  ),
  mboxMessage(
    'staff',
    '2024-05-06T17:00:00Z',
    'desk.admin@example.com',
    TO,
    'Mtg: Staff Meeting',
    'The staff meeting on the budget has been moved to Thursday, May 9 @ 10:00 a.m. in EB12C3.',
  ),
  mboxMessage(
    'fax',
    '2024-05-06T18:00:00Z',
    'olaf.berg@example.com',
    TO,
    'Re: Supply response',
    ['Here is the response we discussed.', '', 'Olaf Berg', 'Senior Counsel', 'Fax: (713) 555-0190'].join(
      '\n',
    ),
  ),
  mboxMessage(
    'call',
    '2024-05-06T19:00:00Z',
    'olaf.berg@example.com',
    TO,
    'Supply call',
    'Hugo Marsh will join the supply call on Friday.',
  ),
  mboxMessage(
    'signature',
    '2024-05-07T09:00:00Z',
    'ines.vale@example.com',
    TO,
    'Weekly desk report',
    [
      'The second edition of the weekly report is ready to download.',
      '',
      'Ines Vale',
      'North Desk\t\t(503) 555-0142',
      'Harbour Gas Desk\t\t(503) 555-0177 (c)',
    ].join('\n'),
  ),
  mboxMessage(
    'limits',
    '2024-05-07T10:00:00Z',
    'risk@example.com',
    TO,
    'New unit limits until further notice',
    [
      'Trading limits per unit change from Monday until we say otherwise, for the close of 3rd May.',
      '',
      '\tGroup\t\t\tExisting\t\tAdjusted',
      'Acme America\t\t\t$100MM\t\t$75MM',
      'Acme Global Assets\t\t --\t\t\t$0.2MM',
      'Acme Office of the Chair\t\t$3MM\t\t\t--',
      'Acme Europe\t\t\t$34MM\t\t\t$6MM',
      'Acme Global Markets\t\t$23MM\t\t\t$15MM',
      'Acme Retail Markets\t\t$8MM\t\t\t$5MM',
    ].join('\n'),
  ),
].join('\n');

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:review-1@example.com',
  'DTSTART:20240508T090000Z',
  'DTEND:20240508T100000Z',
  'SUMMARY:Design Review',
  'LOCATION:Conference Room 7',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:walk-1@example.com',
  'DTSTART:20240508T140000Z',
  'DTEND:20240508T150000Z',
  'SUMMARY:Open Issues Review',
  'LOCATION:Conference Room 9',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:sync-1@example.com',
  'DTSTART:20240401T100000Z',
  'DTEND:20240401T103000Z',
  'RRULE:FREQ=DAILY;COUNT=3',
  'SUMMARY:Daily Sync',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:standup-1@example.com',
  'DTSTART:20240601T090000Z',
  'DTEND:20240601T091500Z',
  'RRULE:FREQ=DAILY',
  'SUMMARY:Daily Standup',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'mail-notices-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'mail.mbox'), MBOX);
  writeFileSync(join(work, 'calendar.ics'), ICS);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'me', now: new Date('2024-05-10T12:00:00Z') });
}, 120_000);

afterAll(async () => {
  await index.close();
});

const ask = (question: string, now: string) => askQuestion(index, question, { now: new Date(now) });

describe('meeting notices in mail', () => {
  it('reads notice mail beside the calendar for "the … meeting on Wednesday"', async () => {
    const result = await ask(
      'Which room is the Tooling/Assembly Issues meeting on Wednesday in?',
      '2024-05-06T20:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain('4410');
  });

  it('gives no room of another meeting when the notice asked names none', async () => {
    const result = await ask(
      'Where is the budget preview meeting for quarterly ranking?',
      '2024-05-07T12:00:00Z',
    );
    expect(result.found).toBe(false);
    expect(result.answer).not.toContain('EB12C3');
  });

  it("gives no one else's fax for a person no card and no mail names", async () => {
    const result = await ask("What's Hugo Marsh's fax number?", '2024-05-07T12:00:00Z');
    expect(result.found).toBe(false);
    expect(result.answer).not.toContain('555-0190');
  });

  it('reads a kind in parentheses after a number as its label', async () => {
    const result = await ask("What's Ines Vale's cell number?", '2024-05-07T12:00:00Z');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('555-0177');
    expect(result.answer).not.toContain('555-0142');
  });

  it('answers a table row by the row the question names, not the first under the header', async () => {
    const result = await ask(
      'What was the existing VaR limit for Acme Global Markets before the adjustment?',
      '2024-05-07T12:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain('$23MM');
    expect(result.answer).not.toContain('$100MM');
  });
});

describe('series that ended', () => {
  it('says a series ended instead of giving another event that shares a word', async () => {
    const result = await ask('When is the next Daily Sync?', '2024-05-01T08:00:00Z');
    expect(result.found).toBe(false);
    expect(result.answer).toContain('last occurrence');
    expect(result.answer).not.toContain('Standup');
  });
});
