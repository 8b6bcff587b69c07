/**
 * "Who …" asked by the owner of a mailbox is not answered by the owner, as the writer of a
 * first-person sentence in their own mail. Invented mailbox.
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
  'Message-ID: <own-1@example.com>',
  'Date: Mon, 16 Jun 2003 09:00:00 -0000',
  'From: "Reyes, Tomas" <tomas.reyes@example.com>',
  'To: nadia.holm@example.com',
  'Subject: Birch Lane',
  '',
  'Nadia,',
  '',
  'I stumbled across some townhouses for sale on Birch Lane.  Twelve units',
  'sold for around $3 million.  Are yours much different?',
  '',
  'Tomas',
  '',
  'From ilse.brandt@example.com Tue Jun 17 10:00:00 2003',
  'Message-ID: <other-1@example.com>',
  'Date: Tue, 17 Jun 2003 10:00:00 -0000',
  'From: "Brandt, Ilse" <ilse.brandt@example.com>',
  'To: tomas.reyes@example.com',
  'Subject: Fence',
  '',
  'Tomas,',
  '',
  'I will repaint the fence along the Oakmere lot next week.',
  '',
  'Ilse',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-asker-writer-'));
  writeFileSync(join(folder, 'sent.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'tomas', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('the asker as the writer of a who answer', () => {
  it('is not named for a sentence of their own mail', async () => {
    const result = await askQuestion(index, 'Who built the townhouses on Birch Lane?', {
      now: NOW,
      asUser: ASKER,
    });
    expect(result.answer).not.toMatch(/Tomas|Reyes/);
  });

  it('is not named when the asker is given by name', async () => {
    const result = await askQuestion(index, 'Who built the townhouses on Birch Lane?', {
      now: NOW,
      asUser: 'Tomas Reyes',
    });
    expect(result.answer).not.toMatch(/Tomas|Reyes/);
  });

  it('another writer of a first-person sentence is still named', async () => {
    const result = await askQuestion(index, 'Who will repaint the fence along the Oakmere lot?', {
      now: NOW,
      asUser: ASKER,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Brandt');
  });
});
