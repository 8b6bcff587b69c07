/**
 * "When did I ask Vera to move our Thursday call to?": the day named is the one moved from, so
 * the answer is the other day the asker proposed. Invented mailbox.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';
import { asksNewSlot, withoutOldSlot } from './moved-to-asked.ts';

const NOW = new Date('2004-03-10T18:00:00Z');
const ASKER = 'oskar.lind@example.com';
let index: SearchIndex;

const mbox = [
  'From oskar.lind@example.com Wed Mar 10 09:00:00 2004',
  'Message-ID: <moved-1@example.com>',
  'Date: Wed, 10 Mar 2004 09:00:00 -0000',
  'From: "Lind, Oskar" <oskar.lind@example.com>',
  'To: vera.sandoval@example.com',
  'Subject: RE: Thursday call',
  '',
  'Vera,',
  'Thursday is out for me, I am at the plant all day.  Monday at 9 am would suit me; please book the small room.',
  'Oskar',
  '',
].join('\n');

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-moved-to-'));
  writeFileSync(join(folder, 'sent.mbox'), mbox);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'oskar', readers: ['*'] });
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('asksNewSlot', () => {
  it('tells a question of where a meeting was moved to', () => {
    expect(asksNewSlot('When did I ask Vera to move our Thursday call to?')).toBe(true);
    expect(asksNewSlot('What was the Monday review pushed back to?')).toBe(true);
    expect(asksNewSlot('When is the Thursday call?')).toBe(false);
  });
});

describe('a meeting moved from the day the question names', () => {
  it('is answered by the other day proposed, not the day it was moved from', async () => {
    const result = await askQuestion(index, 'When did I ask Vera to move our Thursday call to?', {
      now: NOW,
      asUser: ASKER,
    });
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Monday at 9 am');
    expect(result.answer).not.toContain('at the plant all day');
  });
});

describe('withoutOldSlot', () => {
  const question = "What time did I ask Oskar to move tomorrow's 9 AM review to?";

  it('takes out the day and the time of day the question names', () => {
    expect(withoutOldSlot(question, 'The review stands for tomorrow at 9 AM.')).not.toMatch(/9|tomorrow/);
    expect(withoutOldSlot(question, 'The review stands for tomorrow at 9:00 am.')).not.toMatch(/9/);
  });

  it('keeps another time of day', () => {
    expect(withoutOldSlot(question, 'If so, could we make it 3 PM?')).toMatch(/3 PM/);
    expect(withoutOldSlot(question, 'Could we do 9 PM instead?')).toMatch(/9 PM/);
  });

  it('changes nothing for a question that asks no new slot', () => {
    expect(withoutOldSlot("Where is tomorrow's 9 AM review?", 'Tomorrow at 9 AM in room 4.')).toBe(
      'Tomorrow at 9 AM in room 4.',
    );
  });
});
