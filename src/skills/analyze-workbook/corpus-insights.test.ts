/**
 * Insights over every table in the corpus (DABench and WikiTableQuestions CSVs, the Excel
 * workbooks) never add up an identifier or a category code, and never group by an
 * identifier other than the table's own key. The checks here read the raw cells on their
 * own terms rather than trusting the column types the engine inferred.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import type { Workbook } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import type { Column, DataTable } from './data-table.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights } from './find-insights.ts';

function csvFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(folder, name));
}

async function corpusWorkbooks(): Promise<{ path: string; workbook: Workbook }[]> {
  const out: { path: string; workbook: Workbook }[] = [];
  for (const path of [
    ...csvFiles(join(CORPUS, 'tables', 'dabench', 'tables')),
    ...csvFiles(join(CORPUS, 'tables', 'wikitablequestions', 'csv')),
  ]) {
    const { text } = decodeText(readFileSync(path));
    out.push({ path, workbook: csvToWorkbook(text.replace(/\\n/g, ' ').replace(/\\"/g, '""'), 'table') });
  }
  const xlsx = join(CORPUS, 'office', 'xlsx');
  for (const name of readdirSync(xlsx)) {
    const result = await readFile(join(xlsx, name));
    if (result.success && result.data.type === 'workbook') out.push({ path: name, workbook: result.data });
  }
  return out;
}

/** Integer cells only: 0/1 flags, or rows numbered 1..n. */
function looksLikeCode(column: Column): boolean {
  const numbers = column.values.filter((value): value is number => typeof value === 'number');
  if (numbers.length < column.values.filter((value) => value !== null).length * 0.9) return false;
  if (!numbers.every(Number.isInteger)) return false;
  const distinct = new Set(numbers);
  if (distinct.size <= 2 && [...distinct].every((value) => value === 0 || value === 1)) return true;
  // Row numbers and ranks: ten or more rows numbered 1..n.
  if (
    numbers.length >= 10 &&
    distinct.size === numbers.length &&
    Math.min(...numbers) === 1 &&
    Math.max(...numbers) === numbers.length
  )
    return true;
  // Rows numbered 1..k in order, the rest of the column 0.
  const filled = numbers.filter((value) => value !== 0);
  return filled.length >= 10 && filled.every((value, index) => value === index + 1);
}

/** Integers named as ids, or text that is different on nearly every row. */
function looksLikeIdentifier(column: Column): boolean {
  const present = column.values.filter((value) => value !== null);
  if (present.length === 0) return false;
  if (present.every((value) => typeof value === 'number' && Number.isInteger(value)))
    return /(^|[^a-z])id$|[a-z]Id$|[a-z]ID$/.test(column.name);
  const texts = present.filter((value) => typeof value === 'string' && !/^[-+$€£]?[\d,.]+%?$/.test(value));
  return (
    texts.length === present.length && new Set(texts).size >= present.length * 0.9 && present.length >= 20
  );
}

function isKey(column: Column): boolean {
  const present = column.values.filter((value) => value !== null);
  return present.length === column.values.length && new Set(present.map(String)).size === present.length;
}

describe('insights over every corpus table', () => {
  it('never sum identifiers or category codes, nor group by a non-key identifier; rows and groups are named in words', async () => {
    const problems: string[] = [];
    const unnamed: string[] = [];
    let tables = 0;
    let insights = 0;
    for (const { path, workbook } of await corpusWorkbooks()) {
      for (const sheet of workbook.sheets) {
        let found: DataTable[] = [];
        try {
          found = detectTables(sheet);
        } catch {
          continue;
        }
        for (const table of found) {
          tables++;
          for (const insight of findInsights(table)) {
            insights++;
            const byName = (name: string) => table.columns.find((column) => column.name === name);
            for (const series of insight.chart.series) {
              const column = byName(series.name);
              if (column && (looksLikeCode(column) || looksLikeIdentifier(column)))
                problems.push(`${path} ${table.name}: ${insight.sentence}`);
            }
            // A row is named by words or a date, never by a bare number, a flag or "row 19" again.
            const label = /in row \d+ \(([^)]*)\) is far/.exec(insight.sentence)?.[1];
            if (
              insight.kind === 'outlier' &&
              label !== undefined &&
              !/\p{L}|^\d{4}(?:-\d\d)?\b/u.test(label.replace(/^row \d+$/, ''))
            )
              unnamed.push(insight.sentence);
            // A group coded by a number names its column ("indicator 1 has the most …").
            if (
              insight.kind === 'top-contributors' &&
              /^[-+]?\d+(?:\.\d+)? has the most/.test(insight.sentence)
            )
              unnamed.push(insight.sentence);
            if (/, and [^.;]* stand out/.test(insight.sentence)) unnamed.push(insight.sentence);
            if (insight.kind === 'concentration' || insight.kind === 'top-contributors') {
              const group = byName(insight.chart.categoryLabel);
              if (group && looksLikeIdentifier(group) && !isKey(group))
                problems.push(`${path} ${table.name}: ${insight.sentence}`);
            }
          }
        }
      }
    }
    expect(tables).toBeGreaterThan(150);
    expect(insights).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    expect(unnamed).toEqual([]);
  }, 300_000);
});

describe('columns that lie on one line (sheetjs_number_format.xlsm)', () => {
  it('are one quantity written twice, never reported as correlated', async () => {
    const result = await readFile(join(CORPUS, 'office', 'xlsx', 'sheetjs_number_format.xlsm'));
    if (!result.success || result.data.type !== 'workbook') throw new Error('the corpus file does not read');
    const correlations = result.data.sheets
      .flatMap((sheet) => detectTables(sheet))
      .flatMap((table) => findInsights(table))
      .filter((insight) => insight.kind === 'correlation');
    expect(correlations.map((insight) => insight.sentence)).toEqual([]);
  });
});
