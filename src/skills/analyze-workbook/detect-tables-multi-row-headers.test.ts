import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readFile } from '../../formats/read-file.ts';
import { workbookTables } from './analyze-workbook.ts';
import { answerAnalysis } from './answer-analysis.ts';

async function tablesOf(file: string) {
  const read = await readFile(join(CORPUS, 'office', 'xlsx', file), {});
  if (!read.success || read.data.type !== 'workbook') throw new Error('not a workbook');
  return workbookTables(read.data);
}

describe('a header written over four rows, beside a column set apart by a blank column', async () => {
  // A child-support schedule: the income header reads down four rows, each count of children over
  // two rows, and an empty column separates the incomes from the obligations.
  const table = (await tablesOf('poi_stress002.xlsx')).find((item) => item.name === 'BCSO')!;

  it('reads one table whose columns are named by all their header rows', () => {
    expect(table.columns.map((column) => column.name)).toEqual([
      'COMBINED ADJUSTED GROSS INCOME',
      'ONE CHILD',
      'TWO CHILDREN',
      'THREE CHILDREN',
      'FOUR CHILDREN',
      'FIVE CHILDREN',
      'SIX CHILDREN',
    ]);
    expect(table.headerRows).toEqual([5, 6, 7, 8]);
    // Incomes 0, 800, 850, … 30,000: every row from sheet row 9 to 594.
    expect(table.rowNumbers.length).toBe(586);
    expect(table.rowNumbers[0]).toBe(9);
  });

  it('answers over the obligations by their header words', () => {
    const slots = answerAnalysis(table, {
      question: 'What is the mean basic obligation for three children over the whole schedule?',
      format: '@mean_three[mean] where "mean" is rounded to two decimal places.',
    }).slots;
    expect(slots).toEqual({ mean_three: '2408.98' });
  });
});

describe('a block title glued to its unit in the corner of a two-row header', async () => {
  const tables = await tablesOf('poi_AverageTaxRates.xlsx');

  it('names the first column by its unit and keeps the title for the table', () => {
    const first = tables.find((item) => item.name === 'Avgtxmod')!;
    expect(first.columns[0]!.name).toBe('€');
    expect(first.title).toBe('MODIFIED RATE PRSI');
    expect(first.columns[2]!.name).toBe('SINGLE 1997');
  });

  it('joins a lone income column to the rates beside it and skips the repeated header row', () => {
    const married = tables.find((item) => item.name === 'Avgtxfull (2)')!;
    expect(married.columns.map((column) => column.name).slice(0, 2)).toEqual([
      '€',
      'MARRIED ONE INCOME 2 CHILDREN 1997',
    ]);
    expect(married.columns).toHaveLength(12);
    expect(married.rowNumbers).toEqual([19, 21, 22, 23, 24, 25, 26, 27, 28]);
  });

  it('reads a question naming the block and the unit, and one naming a sub-header and its group', () => {
    const single = tables.find((item) => item.name === 'Avgtxmod')!;
    expect(
      answerAnalysis(single, {
        question: 'Under modified rate PRSI, what is the mean income in euros?',
        format: '@mean_euros[mean] where "mean" is rounded to two decimal places.',
      }).slots,
    ).toEqual({ mean_euros: '46222.22' });
    const married = tables.find((item) => item.name === 'Avgtxmod (2)')!;
    expect(
      answerAnalysis(married, {
        question: 'What was the mean 2006 rate of a married couple with one income?',
        constraints: 'Give the rate in percent; leave out income levels with no 2006 rate.',
        format: '@mean_2006[mean] where "mean" is rounded to two decimal places.',
      }).slots,
    ).toEqual({ mean_2006: '12.49' });
  });
});

describe('which row a measure peaks on', () => {
  // Invented: the income of the row with the highest rate is not the highest income.
  const csv = 'Income,Rate\n1000,0.30\n2000,0.10\n3000,0.20\n';
  it('refuses the extreme of the asked column when another measure is the one that peaks', () => {
    expect(
      refusal(csv, {
        question: 'At which Income was the Rate highest?',
        format: '@income[income] where "income" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
