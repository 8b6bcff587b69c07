/**
 * "Who sent the link …?" asked by the one who forwarded it: the sender is the writer of the
 * message their forward carries, not the asker. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const NOW = new Date('2003-06-20T12:00:00Z');
const ASKER = 'tomas.reyes@example.com';
let index: SearchIndex;

const mbox = [
  'From tomas.reyes@example.com Mon Jun 16 09:00:00 2003',
  'Message-ID: <fwd-1@example.com>',
  'Date: Mon, 16 Jun 2003 09:00:00 -0000',
  'From: "Reyes, Tomas" <tomas.reyes@example.com>',
  'To: ilse.brandt@example.com, piet.aronsen@example.com',
  'Subject: Harbour survey site',
  '',
  '---------------------- Forwarded by Tomas Reyes/ACME on 06/16/2003 08:55 AM ---------------------------',
  '',
  '',
  'Nadia Holm@ACME',
  '06/13/2003 04:20 PM',
  'To: Tomas Reyes/ACME@ACME, Ilse Brandt/ACME@ACME',
  'cc: ',
  'Subject: Harbour survey site',
  '',
  'Here is the link to the harbour survey site we looked at on Thursday.  It is still',
  'being built; tell me what you think.',
  '',
  'http://harbour-survey.example.com/',
  '',
  'Nadia',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-asker-forward-'));
  writeFileSync(join(folder, 'sent.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'tomas', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('the sender of what the asker forwarded', () => {
  it('is the writer of the carried message, not the asker', async () => {
    const result = await askQuestion(index, 'Who sent the link to the harbour survey site?', {
      now: NOW,
      asUser: ASKER,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/^Nadia Holm sent it; you forwarded it/);
  });

  it('is the forwarder when no asker is given', async () => {
    const result = await askQuestion(index, 'Who sent the link to the harbour survey site?', { now: NOW });
    expect(result.answer).toMatch(/Reyes/);
  });
});
