/**
 * ask over real office files from ../shared/corpus: a document's author from its properties, a
 * budget sheet with two tables side by side, an identifier asked by its name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpusFiles } from '../../test/helpers/corpus-index.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { askQuestion } from './ask-question.ts';

const FILES = [
  'office/docx/pandoc_links.docx',
  'office/docx/poi_stress014.docx',
  'office/xlsx/poi_simple-monthly-budget.xlsx',
];

let index: SearchIndex;

beforeAll(async () => {
  const made = await indexCorpusFiles(FILES, 'ask-documents-');
  index = made.index;
}, 120_000);

afterAll(async () => {
  await index?.close();
});

const ask = (question: string) =>
  askQuestion(index, question, { now: new Date('2026-12-01T09:00:00Z'), asUser: 'me' });

describe('ask on real office files', () => {
  it('names the author a document’s properties give', async () => {
    const result = await ask('Who wrote the document with an internal link and an external link?');
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/^Jesse Rosenthal wrote it/);
    expect(result.citations[0]?.path).toMatch(/pandoc_links\.docx$/);
  });

  it('reads the summary of a budget sheet under its own headings, not a label of the table beside it', async () => {
    const result = await ask('What is the total monthly income in the simple monthly budget?');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('Total Monthly Income: $3,750');
    expect(result.answer).not.toContain('MONTHLY EXPENSES, Total Monthly Income');
  });

  it('does not answer an ISSN from a passage that does not name one', async () => {
    const result = await ask('What is the ISSN of the Journal of Integrated Science & Technology?');
    expect(result.answer).not.toMatch(/isp1\.png/);
    if (result.found) expect(result.answer).toContain('2321-4635');
  });
});
