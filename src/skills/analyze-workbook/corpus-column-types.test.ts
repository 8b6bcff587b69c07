/**
 * Column types and insights on a few real corpus tables, where a rank, a row number, an event
 * number or a coded period would otherwise be summed, a state's totals row read as one more
 * district, and ratings or densities added up into shares of a total.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import type { DataTable } from './data-table.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights } from './find-insights.ts';

const WTQ = join(CORPUS, 'tables', 'wikitablequestions', 'csv');
const DABENCH = join(CORPUS, 'tables', 'dabench', 'tables');

function table(path: string): DataTable {
  const { text } = decodeText(readFileSync(path));
  return detectTables(csvToWorkbook(text, 'table').sheets[0]!)[0]!;
}
const typeOf = (found: DataTable, name: string) =>
  found.columns.find((column) => column.name.replace(/\s+/g, ' ') === name)?.type;

describe('column types on corpus tables', () => {
  it('reads ranks, positions, grid slots and event numbers as identifiers, not measures', () => {
    const race = table(join(WTQ, '204-csv', '578.csv'));
    expect(['Pos', 'No.', 'Grid'].map((name) => typeOf(race, name))).toEqual([
      'identifier',
      'identifier',
      'identifier',
    ]);
    // Laps, laps led and points are measured.
    expect(['Laps', 'Laps Led', 'Points'].map((name) => typeOf(race, name))).toEqual([
      'number',
      'number',
      'number',
    ]);
    const plays = table(join(DABENCH, '0020200722.csv'));
    expect(typeOf(plays, 'EVENTNUM')).toBe('identifier');
    expect(typeOf(plays, 'EVENTMSGACTIONTYPE')).toBe('category');
    expect(typeOf(plays, 'PERIOD')).toBe('category');
    // Ranks with ties written "6T" and "9T".
    expect(typeOf(table(join(WTQ, '204-csv', '410.csv')), '#')).toBe('identifier');
  });

  it('sets apart a totals row named after the whole (a state under its districts)', () => {
    const districts = table(join(WTQ, '202-csv', '260.csv'));
    expect(districts.rowNumbers).toHaveLength(35);
    expect(districts.totalsRow).toBe(37);
  });
});

describe('insights on corpus tables', () => {
  it('take no share of a total of ratings, densities or averages, and group by no timestamp', () => {
    const sentences = [
      join(DABENCH, 'hotel_data.csv'),
      join(DABENCH, '20170413_000000_group_statistics.csv'),
      join(WTQ, '202-csv', '260.csv'),
      join(WTQ, '203-csv', '265.csv'),
    ].flatMap((path) => findInsights(table(path)).map((insight) => `${insight.kind}: ${insight.sentence}`));
    expect(sentences.length).toBeGreaterThan(5);
    const shares = sentences.filter((sentence) => /^(concentration|top-contributors)/.test(sentence));
    expect(
      shares.filter((sentence) => /star_rating|bubble_score|Density|Literacy|Urban/.test(sentence)),
    ).toEqual([]);
    expect(
      shares.filter((sentence) => /timestamps|ratios make|Maharashtra|^top-contributors: - /.test(sentence)),
    ).toEqual([]);
    // What should stay: a share of a count over real groups.
    expect(shares.some((sentence) => /review_count/.test(sentence))).toBe(true);
  });
});
