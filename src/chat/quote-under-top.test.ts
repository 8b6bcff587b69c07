/**
 * A forward's short note over the message it carries: the words asked are shared out between
 * the note and the quote under it, so the quote answers with less of them than a quote of some
 * other mail would need. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2004-03-20T12:00:00Z');
const ASKER = 'vera.lindqvist@example.com';
let index: SearchIndex;

const mbox = [
  'From nils.okafor@example.com Wed Mar 17 15:00:00 2004',
  'Message-ID: <fwd-larkspur@example.com>',
  'Date: Wed, 17 Mar 2004 15:00:00 -0000',
  'From: nils.okafor@example.com',
  'To: vera.lindqvist@example.com',
  'Subject: FW: Larkspur Mining',
  '',
  'Tove Brandt and Emil Sato have agreed with our advice to wait for the outcome of the',
  'Halden arbitration set for June 2 - June 20 before doing anything.',
  '',
  ' -----Original Message-----',
  'From: \tOkafor, Nils  ',
  'Sent:\tMonday, March 1, 2004 4:10 PM',
  'To:\tLindqvist, Vera',
  'Subject:\tLarkspur Mining',
  '',
  'I spoke with Tove Brandt today about Larkspur and then with Emil Sato, a lawyer in Bergen',
  'who wants the owners to replace the board.  Larkspur runs a gravel pit and a small haulage firm.',
  '',
  'We hold convertible notes and a few common shares at an original cost of $3.4 million in 1996.',
  'Fully converted we would own about 30%.  The firm has a deficit of $18 million.',
  '',
  'We will hear more from Emil Sato on his plans and say which way we lean.',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-quote-under-top-'));
  writeFileSync(join(folder, 'inbox.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'vera', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('a quote under the mail the words found first', () => {
  it('answers from the quote, with the words asked split between note and quote', async () => {
    const result = await askQuestion(index, 'What did we originally pay for our stake in Larkspur Mining?', {
      now: NOW,
      asUser: ASKER,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('3.4 million');
  });
});
