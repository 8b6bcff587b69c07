import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerLargeCsv } from './answer-large-csv.ts';
import { answerQuestion } from './answer-question.ts';
import { detectTables } from './detect-tables.ts';

const PATH = join(CORPUS, 'tables', 'dabench', 'tables', 'titanic.csv');

describe('questions through DuckDB', () => {
  const table = detectTables(csvToWorkbook(decodeText(readFileSync(PATH)).text, 'titanic').sheets[0]!)[0]!;
  const questions = [
    'how many passengers were in first class?',
    'what was the average age of passengers who survived?',
    'what is the median fare?',
    'how many passengers were older than 60?',
    'what percentage of passengers survived?',
    'what is the standard deviation of age?',
    'what is the correlation between age and fare?',
    'what is the average of the top 5 fares?',
  ];
  it.each(questions)(
    'answers "%s" with the same plan and value as the in-memory engine',
    async (question) => {
      const memory = answerQuestion(table, question);
      const large = await answerLargeCsv(PATH, question);
      expect(large.planText).toBe(memory.planText);
      expect(large.answer).toHaveLength(1);
      expect(Number(large.answer[0])).toBeCloseTo(Number(memory.answer[0]), 6);
    },
  );
  it('groups the same way', async () => {
    const large = await answerLargeCsv(PATH, 'what is the average fare by class?');
    expect(large.groups?.map((group) => [group.key, Number(group.value.toFixed(2))])).toEqual([
      ['1', 84.15],
      ['2', 20.66],
      ['3', 13.68],
    ]);
  });
  it('refuses plans that need row order with a typed error', async () => {
    const error = await answerLargeCsv(PATH, 'who was the passenger after Braund, Mr. Owen Harris?').catch(
      toAppError,
    );
    expect(error).toMatchObject({ code: 'unsupported' });
  });
});

describe('values past the first megabyte', () => {
  it('matches a value that first appears late in a large file, with the in-memory plan and value', async () => {
    // Invented orders: 80,000 rows of three regions, then five of a region seen only at the end.
    const regions = ['North', 'South', 'East'];
    const lines = ['Order,Region,Amount'];
    for (let row = 0; row < 80_000; row++) lines.push(`${row},${regions[row % 3]},${row % 97}`);
    for (let row = 0; row < 5; row++) lines.push(`${80_000 + row},Zeta,${10 + row}`);
    const text = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    const path = join(mkdtempSync(join(tmpdir(), 'om-late-')), 'orders.csv');
    writeFileSync(path, text);
    const question = 'what is the total amount for Zeta?';
    const memory = answerQuestion(detectTables(csvToWorkbook(text, 'orders').sheets[0]!)[0]!, question);
    const large = await answerLargeCsv(path, question);
    expect(large.planText).toBe(memory.planText);
    expect(large.planText).toMatch(/Zeta/);
    expect(Number(large.answer[0])).toBe(10 + 11 + 12 + 13 + 14);
  });
});
