/**
 * "Where and what time is Friday's meeting on freight?": the place's sentence names the day
 * but no time of day, so the time is still asked of the mail. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2004-06-07T18:00:00Z');
let index: SearchIndex;

const mbox = [
  'From petra.vos@example.com Mon Jun 07 10:00:00 2004',
  'Message-ID: <barge-2@example.com>',
  'Date: Mon, 7 Jun 2004 10:00:00 -0000',
  'From: "Vos, Petra" <petra.vos@example.com>',
  'To: ada.brill@example.com',
  'Subject: Re: Friday Meeting on Freight',
  '',
  'Ada,',
  '',
  'It is in my diary at 3:15 on June 11, 2004.',
  '',
  'Petra',
  '',
  '',
  '',
  'Olaf Brandt@ECT',
  '06/04/2004 05:10 PM',
  'To: Ada Brill/HOU/ECT@ECT',
  'cc: Petra Vos/HOU/ECT@ECT',
  '',
  'Subject: Friday Meeting on Freight',
  '',
  "Freight meets in Ada Brill's office this Friday June 11th.",
  '',
  'Olaf',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-compound-clock-'));
  writeFileSync(join(folder, 'inbox.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ada', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('a place and a time of day asked together', () => {
  it('gives the time too when the place sentence names only the day', async () => {
    const result = await askQuestion(index, "Where and what time is Friday's meeting on freight?", {
      now: NOW,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain("Brill's office");
    expect(result.answer).toContain('3:15');
  });
});
