/**
 * A trend over time is judged on a measure's level per period, never on how many rows each
 * period holds; and a named range that starts at its first data row takes its header from the
 * row of labels just above it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { readFile } from '../../formats/read-file.ts';
import { analyzeLargeCsv } from './analyze-large-csv.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights, trendSpan } from './find-insights.ts';

async function workbook(file: string) {
  const read = await readFile(join(CORPUS, 'office', 'xlsx', file), {});
  if (!read.success || read.data.type !== 'workbook') throw new Error('not a workbook');
  return read.data;
}

function tableOf(csv: string) {
  return detectTables(csvToWorkbook(csv, 'Data').sheets[0]!)[0]!;
}

/** Rows per year: `perYear(year)` rows dated in that year, each with `level(year, k)`. */
function yearlyRows(
  years: number,
  perYear: (year: number) => number,
  level: (year: number, k: number) => number,
) {
  const lines = ['Date,Points'];
  for (let year = 0; year < years; year++)
    for (let k = 0; k < perYear(year); k++)
      lines.push(
        `${1990 + year}-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 27) + 1).padStart(2, '0')},${level(year, k)}`,
      );
  return lines.join('\n');
}

describe('trends on the level per period', () => {
  it('reports no trend or level change from a match list whose rows per year run from 1 to 111 (poi_Excel_file_with_trash_item.xlsx)', async () => {
    const book = await workbook('poi_Excel_file_with_trash_item.xlsx');
    const table = detectTables(book.sheets.find((sheet) => sheet.name === 'Teams')!)[0]!;
    const kinds = findInsights(table).map((insight) => insight.kind);
    expect(kinds).not.toContain('trend');
    expect(kinds).not.toContain('change-point');
    // The other insights stay.
    expect(kinds).toContain('outlier');
  });

  it('finds no trend where only the number of rows per year grows', () => {
    // Three rows a year at first, twenty at the end; every row scores about 10.
    const csv = yearlyRows(
      20,
      (year) => 3 + year,
      (year, k) => 10 + ((year * 7 + k * 3) % 5) - 2,
    );
    expect(findInsights(tableOf(csv)).filter((insight) => insight.kind === 'trend')).toEqual([]);
  });

  it('finds a rising level over uneven rows per year and says it is an average', () => {
    const csv = yearlyRows(
      20,
      (year) => 3 + ((year * 5) % 7),
      (year, k) => 10 + year + ((k * 3) % 3) - 1,
    );
    const trend = findInsights(tableOf(csv)).find((insight) => insight.kind === 'trend');
    expect(trend?.sentence).toMatch(/^Points rises steadily: the fitted average of a year's rows goes from /);
  });

  it('keeps the total per period where each period holds as many rows', () => {
    // Four entries a year, all dated on the year's closing day.
    const lines = ['Date,Points'];
    for (let year = 0; year < 16; year++)
      for (let k = 0; k < 4; k++) lines.push(`${1990 + year}-12-31,${10 + year + k}`);
    const csv = lines.join('\n');
    const trend = findInsights(tableOf(csv)).find((insight) => insight.kind === 'trend');
    expect(trend?.sentence).toMatch(/the fitted level goes from 46 to 106 per year/);
  });
});

describe('the large-file path judges a month by the same level', () => {
  it('finds no trend where only the number of rows per month grows', async () => {
    // 5 rows in the first month, 28 in the last; every row's sales are about 100.
    const lines = ['Date,Sales'];
    for (let m = 0; m < 24; m++)
      for (let k = 0; k < 5 + m; k++)
        lines.push(
          `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')},${100 + ((m * 7 + k * 3) % 5) - 2}`,
        );
    const folder = mkdtempSync(join(tmpdir(), 'period-levels-'));
    const path = join(folder, 'growing.csv');
    writeFileSync(path, lines.join('\n'));
    try {
      const report = await analyzeLargeCsv(path);
      expect(report.insights.filter((insight) => insight.kind === 'trend')).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the level of a measure that does not add up', () => {
  it('is the average per month of daily prices, not their sum (dabench YAHOO-BTC_USD_D.csv)', () => {
    const { text } = decodeText(
      readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', 'YAHOO-BTC_USD_D.csv')),
    );
    const insights = findInsights(tableOf(text));
    const close = insights.find((insight) => insight.kind === 'trend' && insight.title.startsWith('Close '));
    // A straight line fitted to this fast-growing series starts below zero (about -1,311), a
    // price never seen: the observed first and last months are quoted instead.
    expect(close?.sentence).toMatch(
      /^Close rises steadily: the average of a month's rows went from 364\.1 to 11\.7k \(\+3104%\) over 71 months, from 2014-10 to 2020-08/,
    );
    // A month of daily closes summed would run past 300k; the average ends near 12k.
    expect(Number(close?.numbers.end)).toBeLessThan(15_000);
    // Volume adds up: its total per month stays, and no level below zero is said.
    const volume = insights.find(
      (insight) => insight.kind === 'trend' && insight.title.startsWith('Volume '),
    );
    expect(volume?.sentence).toMatch(/the level went from [\d.,]+[kMB]? to [\d.,]+[kMB]? per month/);
    for (const insight of [close, volume]) expect(insight?.sentence).not.toMatch(/from -/);
  });
});

describe('a named range that starts at its first data row (phpspreadsheet_issue.1767.xlsx)', () => {
  it('takes the row of labels above it as the header and keeps its first row as data', async () => {
    const book = await workbook('phpspreadsheet_issue.1767.xlsx');
    const table = detectTables(book.sheets[0]!).find((item) => item.name === '_0_WHPB_Data')!;
    expect(table.headerRows).toEqual([17]);
    expect(table.range).toBe('A17:K65');
    expect(table.rowNumbers[0]).toBe(18);
    expect(table.rowNumbers.length).toBe(48);
    const names = table.columns.map((column) => column.name);
    expect(names[0]).toBe('Nr.');
    expect(names).toContain('Punkte');
    expect(names).toContain('max. Punkte');
    expect(table.columns[0]!.values[0]).toBe(1);
  });

  it('names each column under a merged header cell after it, and reads points as a measure', async () => {
    const book = await workbook('phpspreadsheet_issue.1767.xlsx');
    const table = detectTables(book.sheets[0]!).find((item) => item.name === '_0_WHPB_Data')!;
    const names = table.columns.map((column) => column.name);
    // E17:I17 is one merged header cell; C17 and D17 are blank and merged with nothing.
    expect(names.slice(2, 9)).toEqual([
      'Unnamed: 2',
      'Unnamed: 3',
      'Anforderungsbereiche/Betreuungsbedarf/Umfang',
      'Anforderungsbereiche/Betreuungsbedarf/Umfang (2)',
      'Anforderungsbereiche/Betreuungsbedarf/Umfang (3)',
      'Anforderungsbereiche/Betreuungsbedarf/Umfang (4)',
      'Anforderungsbereiche/Betreuungsbedarf/Umfang (5)',
    ]);
    // The form is not filled in: every Punkte cell is 0, still points to add up, not a 0/1 flag.
    const points = table.columns.find((column) => column.name === 'Punkte')!;
    expect(points.type).toBe('number');
    expect(points.numbers.filter((value) => value !== null).every((value) => value === 0)).toBe(true);
  });

  it('names the columns by position when no row of labels sits above it', () => {
    const book = csvToWorkbook('1,Alpha,2.5\n2,Beta,3.5\n3,Gamma,4.5', 'Data');
    const sheet = { ...book.sheets[0]!, namedRanges: [{ name: 'Scores', range: 'A1:C3' }] };
    const table = detectTables(sheet).find((item) => item.name === 'Scores')!;
    expect(table.columns.map((column) => column.name)).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(table.headerRows).toEqual([]);
    expect(table.rowNumbers).toEqual([1, 2, 3]);
    expect(table.range).toBe('A1:C3');
  });
});

describe('the levels a trend sentence quotes', () => {
  it('keeps the fitted ends when both lie inside the observed range', () => {
    const span = trendSpan([10, 12, 15, 17, 20], 10.2, 19.6);
    expect(span).toMatchObject({ fitted: true, start: 10.2, end: 19.6 });
    expect(span?.change).toBeCloseTo(0.9216, 4);
  });

  it('quotes the observed first and last levels when a fitted end falls outside them', () => {
    // An invented series that grows fast: the line starts below zero, a level never taken.
    const span = trendSpan([1, 2, 4, 8, 16, 32, 64], -12, 50);
    expect(span).toEqual({ fitted: false, start: 1, end: 64, change: 63 });
  });

  it('returns no levels where the observed ends move against the fitted line', () => {
    expect(trendSpan([2, 3, 5, 9, 17, 33, 1], -4, 25)).toBeUndefined();
  });

  it('says the median change per period where no two levels are sound', () => {
    // Invented yearly totals that grow by half each year and end on a near-empty last year.
    const totals = [...Array.from({ length: 19 }, (_, year) => Math.round(10 * 1.5 ** year)), 5];
    const csv = ['Date,Sales', ...totals.map((total, index) => `${2001 + index}-06-30,${total}`)].join('\n');
    const trend = findInsights(tableOf(csv)).find((insight) => insight.kind === 'trend');
    expect(trend?.sentence).toMatch(
      /^Sales rises steadily: the level moves by a median [\d.]+ per year over 20 years/,
    );
    expect(trend?.numbers.start).toBeUndefined();
  });

  it('says no change where the start and end differ in sign', () => {
    expect(trendSpan([-3, -1, 2, 4], -3.5, 4.2)?.change).toBeUndefined();
    expect(trendSpan([-3, -1, 2, 4], -2.5, 3.8)?.change).toBeUndefined();
  });
});
