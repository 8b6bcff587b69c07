/**
 * Words put in a named person's mouth ("Who did Dana Black think …?") are not answered by another
 * writer's note that the person forwarded. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { askQuestion } from './ask-question.ts';
import { otherWritersWord } from './attributed-person.ts';

const NOW = new Date('2001-11-28T12:00:00Z');
let index: SearchIndex;

const mbox = [
  'From dana.black@example.com Mon May 14 09:00:00 2001',
  'Message-ID: <fw-1@example.com>',
  'Date: Mon, 14 May 2001 09:00:00 -0000',
  'From: "Black, Dana" <dana.black@example.com>',
  'To: "Marsh, Lena" <lena.marsh@example.com>',
  'Subject: Re: Household accounts',
  '',
  '---------------------- Forwarded by Dana Black/HOU/EES on 05/14/2001 08:50 AM ---------------------------',
  '',
  'Ivo Tandy',
  '05/14/2001 08:40 AM',
  'To: Dana Black/HOU/EES@EES',
  'cc: ',
  'Subject: Household accounts',
  '',
  'Legal should have copies of the household accounts contracts, and Rosa Lind or Omar Pike would be the best contacts for buying the contracts.',
  '',
  'From dana.black@example.com Tue Nov 27 15:00:00 2001',
  'Message-ID: <idea-1@example.com>',
  'Date: Tue, 27 Nov 2001 15:00:00 -0000',
  'From: "Black, Dana" <dana.black@example.com>',
  'To: "Marsh, Lena" <lena.marsh@example.com>',
  'Subject: Contract sale idea',
  '',
  'Over $40mm listed below.',
  '',
  'I think one of the gas producers would have interest in buying these contracts (with a haircut).',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-other-writer-'));
  writeFileSync(join(folder, 'inbox.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'lena' });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe("another writer's word", () => {
  it('is not what the person thought, though the person forwarded it', async () => {
    const result = await askQuestion(
      index,
      'Who did Dana Black think would be interested in buying the contracts?',
      {
        now: NOW,
        asUser: 'lena',
      },
    );
    expect(result.answer).not.toContain('Rosa Lind');
  });

  it("a forwarded writer's sentence that names the person, or a subject that does, is kept", () => {
    const forward = notesHit('See below.\n\nRosa said Dana wants the contracts sold by May.', 'email', {
      title: 'FW: Contracts',
      data: { forwarded: true, forwardedFrom: [{ author: 'Ivo Tandy', opening: 'rosa said dana wants' }] },
    });
    expect(
      otherWritersWord('Rosa said Dana wants the contracts sold by May. [1]', forward, 'Dana Black'),
    ).toBe(false);
    expect(
      otherWritersWord('Rosa said Dana wants the contracts sold by May. [1]', forward, 'Omar Pike'),
    ).toBe(true);
    expect(otherWritersWord('See below. [1]', forward, 'Omar Pike')).toBe(false);
    const about = { ...forward, title: 'FW: Omar Pike' };
    expect(otherWritersWord('Rosa said Dana wants the contracts sold by May. [1]', about, 'Omar Pike')).toBe(
      false,
    );
  });
});
