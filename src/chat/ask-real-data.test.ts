/**
 * ask over real files from ../shared/corpus (mail, calendars, contacts, chat), each question
 * asked as of its own `now`. None of these files or questions is in the workspace-qa dev set.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpusFiles } from '../../test/helpers/corpus-index.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { withContext } from './sessions.ts';

const FILES = [
  'email/enron/lavorato-j/canada.mbox',
  'calendar/node-ical/yearly-party.ics',
  'calendar/node-ical/test_daily_recurring.ics',
  'calendar/node-ical/daily-count-exdate-recurrence-id.ics',
  'calendar/python-icalendar/calendars__example.ics',
  'contacts/ez-vcard/ezvcard__io__text__gmail-single2.vcf',
  'contacts/ez-vcard/ezvcard__io__text__John_Doe_EVOLUTION.vcf',
  'contacts/ez-vcard/ezvcard__io__text__John_Doe_LOTUS_NOTES.vcf',
  'chats/irc-disentanglement/new-domains/rust.1.ascii.txt',
];

let index: SearchIndex;
let empty: SearchIndex;

beforeAll(async () => {
  const made = await indexCorpusFiles(FILES, 'ask-real-');
  index = made.index;
  empty = await openIndex(join(made.folder, 'empty.db'));
}, 120_000);

afterAll(async () => {
  await index?.close();
  await empty?.close();
});

const ask = (question: string, now: string) =>
  askQuestion(index, question, { now: new Date(now), asUser: 'me' });

describe('ask on real files', () => {
  it('answers an amount from a mail with bullet lines, quoting only the sentence that holds it', async () => {
    const result = await ask(
      'How many MW do they think they can hedge for British Energy?',
      '2001-06-06T15:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/hedge all 500MW's at say a \$2 margin/);
    expect(result.answer).not.toMatch(/Garrett and Dana/);
    expect(result.citations[0]?.path).toMatch(/canada\.mbox$/);
  });

  it('tells the value of each card a nickname fits equally, rather than picking one', async () => {
    const result = await ask("When is Johny's birthday?", '2024-05-06T09:00:00Z');
    expect(result.kind).toBe('contact');
    expect(result.answer).toMatch(/^2 contact cards fit Johny: /);
    expect(result.answer).toMatch(/Mr\. John Richter, James Doe Sr\.: birthday 22 March 1980\. \[\d\]/);
    expect(result.answer).toMatch(/Mr\. Doe John I Johny: birthday 21 May 1980\. \[\d\]/);
    expect(result.citations).toHaveLength(2);
    // A name only one card fits is answered from that card alone.
    const one = await ask("When is JayJay's birthday?", '2024-05-06T09:00:00Z');
    expect(one.answer).toBe('Mr. Doe John I Johny: birthday 21 May 1980. [1]');
  });

  it('lists an all-day holiday written with DTEND = DTSTART on its day', async () => {
    const result = await ask("What's on my calendar on January 7, 2022?", '2021-12-28T09:00:00Z');
    expect(result.kind).toBe('day-agenda');
    expect(result.answer).toMatch(/all day Orthodox Christmas \(Russia\)/);
    expect(result.citations[0]?.path).toMatch(/calendars__example\.ics$/);
  });

  it('answers a place from the mail that states it', async () => {
    const result = await ask('Where is Lay set up to speak in early April?', '2001-02-26T15:00:00Z');
    expect(result.answer).toMatch(/toronto board of trade/i);
  });

  it('expands a yearly series around the asked date, forwards and backwards, far from the index date', async () => {
    const next = await ask('When is the next Party?', '2023-06-01T09:00:00Z');
    expect(next.kind).toBe('event');
    expect(next.answer).toMatch(/^Party: Friday 14 July 2023, 14:00–21:00 \(Europe\/Berlin\)\. \[1\]$/);
    const last = await ask('When was the last Party?', '2024-01-10T09:00:00Z');
    expect(last.answer).toMatch(/^Party: Friday 14 July 2023/);
  });

  it('takes the next occurrence after now, skipping EXDATEs', async () => {
    const standup = await ask('When is the next Daily Standup?', '2025-01-10T12:00:00Z');
    expect(standup.answer).toMatch(/Saturday 11 January 2025 \(all day\)/);
    const hunt = await ask('When is the next Treasure Hunting?', '2015-07-07T20:00:00Z');
    expect(hunt.answer).toMatch(/^Treasure Hunting: Thursday 9 July 2015, 12:00/);
  });

  it('lists a day with a recurring event expanded on that day', async () => {
    const result = await ask('What is on my calendar on July 14, 2023?', '2023-07-01T09:00:00Z');
    expect(result.kind).toBe('day-agenda');
    expect(result.answer).toMatch(/Friday 14 July 2023/);
    expect(result.answer).toMatch(/Party/);
  });

  it('answers a follow-up against the previous question', async () => {
    const first = await ask('When is More Treasure Hunting?', '2015-07-01T09:00:00Z');
    expect(first.answer).toMatch(/9 July 2015/);
    const session = {
      id: 's',
      turns: [
        {
          question: 'When is More Treasure Hunting?',
          answer: first.answer,
          at: '',
          cited: first.citations.map((c) => c.title),
        },
      ],
    };
    const follow = await askQuestion(index, 'and where is it?', {
      now: new Date('2015-07-01T09:00:00Z'),
      asUser: 'me',
      retrievalQuery: withContext('and where is it?', session),
    });
    expect(follow.answer).toMatch(/The other island/);
  });

  it('answers a contact field from the vCard', async () => {
    const result = await ask("What is VCard Test's work fax number?", '2024-03-04T10:00:00Z');
    expect(result.answer).toMatch(/5555551118/);
  });

  it('answers who said what in a chat log, with the speaker', async () => {
    const result = await ask(
      'Who asked about the official async/await api in the rust channel?',
      '2018-12-27T09:00:00Z',
    );
    expect(result.answer).toMatch(/^bernhard: hi, what's the official async\/await api/);
  });

  it('says it found nothing rather than quoting an unrelated sentence', async () => {
    const result = await ask(
      'What budget was approved for the Toronto office renovation?',
      '2001-06-06T15:00:00Z',
    );
    expect(result.found).toBe(false);
    expect(result.answer).toBe('I found nothing in your indexed work that answers this.');
  });

  it('answers "no answer" in the language of the question', async () => {
    const result = await ask('會議室的電話號碼是多少？', '2024-03-04T10:00:00Z');
    expect(result.found).toBe(false);
    expect(result.answer).toBe('在已索引的資料中找不到能回答這個問題的內容。');
  });

  it('says how to index when nothing is indexed', async () => {
    const result = await askQuestion(empty, 'When is the next Party?', { now: new Date() });
    expect(result).toMatchObject({ found: false, kind: 'empty-index' });
    expect(result.answer).toMatch(/Nothing is indexed yet; run officemate index PATH/);
  });
});
