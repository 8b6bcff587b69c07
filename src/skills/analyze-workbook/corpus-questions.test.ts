/**
 * Plain questions over real corpus files, as the issue that asked for them saw them fail:
 * grouping, coded classes and 0/1 flags read from words, Excel defined tables, and headers
 * spread over merged rows. Answers were worked out with SQL over the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { readFile } from '../../formats/read-file.ts';
import { pickTable, workbookTables } from './analyze-workbook.ts';
import { answerQuestion } from './answer-question.ts';
import type { DataTable } from './data-table.ts';
import { detectTables } from './detect-tables.ts';

const titanic = (): DataTable =>
  detectTables(
    csvToWorkbook(
      decodeText(readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', 'titanic.csv'))).text,
      'titanic',
    ).sheets[0]!,
  )[0]!;

async function workbookTablesOf(name: string): Promise<DataTable[]> {
  const result = await readFile(join(CORPUS, 'office', 'xlsx', name));
  if (!result.success || result.data.type !== 'workbook') throw new Error(`${name} did not read`);
  return workbookTables(result.data);
}

describe('questions over the Titanic table', () => {
  const table = titanic();
  it('types ids as identifiers and classes and flags as categories', () => {
    const type = (name: string) => table.columns.find((column) => column.name === name)?.type;
    expect([type('PassengerId'), type('Pclass'), type('Survived'), type('Fare')]).toEqual([
      'identifier',
      'category',
      'category',
      'number',
    ]);
  });
  it('groups by class', () => {
    const answer = answerQuestion(table, 'what is the average fare by class?');
    const byClass = Object.fromEntries(
      (answer.groups ?? []).map((group) => [group.key, Number(group.value.toFixed(2))]),
    );
    expect(byClass).toEqual({ 1: 84.15, 2: 20.66, 3: 13.68 });
    expect(answer.planText).toBe('avg of Fare, grouped by Pclass');
  });
  it('reads "first class" as a class code and "who survived" as a flag', () => {
    expect(answerQuestion(table, 'how many passengers were in first class?').answer).toEqual([216]);
    expect(Number(answerQuestion(table, 'average age of passengers who survived?').answer[0])).toBeCloseTo(
      28.34,
      2,
    );
    expect(answerQuestion(table, 'how many passengers did not survive?').answer).toEqual([549]);
  });
});

describe('questions over Excel workbooks', () => {
  it('reads defined tables first and keeps income apart from expenses', async () => {
    const tables = await workbookTablesOf('poi_simple-monthly-budget.xlsx');
    expect(
      tables.slice(0, 2).map((table) => `${table.name} ${table.range} ${table.rowNumbers.length}`),
    ).toEqual(['tblIncome B4:C7 3', 'tblExpenses B10:C23 13']);
    const question = 'what is the total income?';
    expect(answerQuestion(pickTable(tables, question)!, question).answer).toEqual([3750]);
  });
  it('flattens headers over merged rows and looks a rate up by a quoted key', async () => {
    const tables = await workbookTablesOf('poi_AverageTaxRates.xlsx');
    expect(tables[0]!.columns.map((column) => column.name)).toContain('SINGLE 2007');
    expect(tables[0]!.columns.some((column) => /\(2\) \(2\)/.test(column.name))).toBe(false);
    const question = 'what is the average tax rate for a single person earning 30,000 in 2007?';
    const answer = answerQuestion(pickTable(tables, question)!, question);
    expect(answer.text).toBe('13.4%');
    expect(answer.cells).toBe('Avgtxfull!M10');
  });
});
