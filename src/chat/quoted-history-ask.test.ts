/**
 * A fact said only in the quoted history of the one message a mailbox keeps (a short reply) is
 * found, and said as its writer's; a reply whose original is in the mailbox is answered from the
 * original. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2001-05-09T12:00:00Z');
let index: SearchIndex;

const mbox = [
  'From tom@example.com Tue May  8 09:00:00 2001',
  'Message-ID: <reply-1@example.com>',
  'Date: Tue, 8 May 2001 09:00:00 -0000',
  'From: "Hale, Tom" <tom@example.com>',
  'To: "Kim, Ada" <ada@example.com>',
  'Subject: RE: Saturday',
  '',
  'Ada, looks fine to me. I will let the committee know at the meeting on Friday morning, and ask Sam to bring the banners and the sign-up sheets for the volunteers.',
  '',
  '-----Original Message-----',
  'From: Rivera, Nina',
  'Sent: Monday, May 7, 2001 9:12 AM',
  'To: Hale, Tom',
  'Subject: Saturday',
  '',
  'Tom, the harbour hall holds 120 guests. The caretaker wants a deposit of $450 by the end of the month.',
  '',
  'From ada@example.com Tue May  8 10:00:00 2001',
  'Message-ID: <lunch-1@example.com>',
  'Date: Tue, 8 May 2001 10:00:00 -0000',
  'From: "Kim, Ada" <ada@example.com>',
  'To: "Hale, Tom" <tom@example.com>',
  'Subject: Lunch',
  '',
  'Lunch at noon on Thursday at the usual place?',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-quoted-'));
  writeFileSync(join(folder, 'inbox.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ada' });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('asking of quoted history', () => {
  it('finds a fact said only in the quoted message, and says who wrote it and when', async () => {
    const result = await askQuestion(index, 'How much is the deposit for the harbour hall?', {
      now: NOW,
      asUser: 'ada',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('$450');
    expect(result.answer).toMatch(
      /^On Monday, May 7, 2001 9:12 AM, Nina Rivera wrote \(quoted in "RE: Saturday"\):/,
    );
    expect(result.citations[0]?.uri).toMatch(/quote=1$/);
  });

  it('does not list the quoted message as mail that came in', async () => {
    const result = await askQuestion(index, 'What did I miss since Monday?', { now: NOW, asUser: 'ada' });
    expect(result.answer).not.toContain('Nina Rivera');
    expect(result.citations.every((citation) => !citation.uri.includes('quote='))).toBe(true);
  });
});
