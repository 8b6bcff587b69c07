/**
 * ask over a real sheet from ../shared/corpus whose rows are all words: a film festival list (a
 * CSV of dates, names, places and awards). A record of words is read under the header, never
 * taken for a header of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpusFiles } from '../../test/helpers/corpus-index.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const FILES = ['tables/wikitablequestions/csv/203-csv/402.csv'];

let index: SearchIndex;

beforeAll(async () => {
  const made = await indexCorpusFiles(FILES, 'ask-sheets-');
  index = made.index;
}, 120_000);

afterAll(async () => {
  await index?.close();
});

const ask = (question: string) =>
  askQuestion(index, question, { now: new Date('2026-12-01T09:00:00Z'), asUser: 'me' });

describe('ask on sheets whose rows are all words', () => {
  it('answers where a festival of the list is from its row, not with the header row', async () => {
    const result = await ask('Where is the Seattle International Film Festival?');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Seattle, Washington');
    expect(result.answer).not.toContain('Date, Festival, Location');
  });

  it('answers when a festival of the list is held', async () => {
    const result = await ask('When is the Athens International Film Festival?');
    expect(result.answer).toContain('Sep 16');
    expect(result.answer).not.toContain('Date, Festival, Location');
  });
});
