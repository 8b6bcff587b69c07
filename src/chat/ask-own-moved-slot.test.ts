/**
 * What I asked a colleague to move a meeting named by its day to ("tomorrow's 9 AM meeting"):
 * the new time in my own mail, not the time moved from nor a time of another's mail. Invented
 * mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const ASKER = 'lena.marsh@example.com';
let index: SearchIndex;

const message = (id: string, date: string, from: string, to: string, subject: string, body: string[]) => [
  `From ${from.replace(/.*</, '').replace(/>.*/, '')} ${date}`,
  `Message-ID: <${id}@example.com>`,
  `Date: ${date}`,
  `From: ${from}`,
  `To: ${to}`,
  `Subject: ${subject}`,
  '',
  ...body,
  '',
];

const sent = [
  ...message(
    'slot-1',
    'Mon, 12 May 2003 15:10:00 -0000',
    '"Marsh, Lena" <lena.marsh@example.com>',
    'oskar.vinter@example.com',
    'RE: Summary of the design meeting',
    [
      'Oskar,',
      '',
      'The review stands for tomorrow at 9 AM.  Could you push it back to 3 PM instead?',
      '',
      'Lena',
    ],
  ),
  ...message(
    'slot-2',
    'Mon, 12 May 2003 11:00:00 -0000',
    '"Marsh, Lena" <lena.marsh@example.com>',
    'greta.holm@example.com',
    'Planning session',
    ['Greta,', '', 'I booked the planning session for Wednesday at 10 am in the corner room.', '', 'Lena'],
  ),
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-own-moved-slot-'));
  writeFileSync(join(folder, 'sent.mbox'), sent);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'lena', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('what I asked about a meeting named by its day', () => {
  it('is the new time of my own mail, not the time moved from', async () => {
    const result = await askQuestion(index, "What time did I ask Oskar to move tomorrow's 9 AM meeting to?", {
      now: new Date('2003-05-12T18:00:00Z'),
      asUser: ASKER,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/3 PM/);
    expect(result.answer).not.toMatch(/10 am/);
  });
});
