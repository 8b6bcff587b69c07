import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { readFile } from '../../formats/read-file.ts';
import { cellsOf, createFrame } from './analysis-frame.ts';
import { detectTables, headerRowTable } from './detect-tables.ts';

describe('percentages written in a CSV and shown by a workbook format', () => {
  it('reads a CSV\'s written "77%" as 77, as pandas does once the sign is stripped', () => {
    // Invented rows.
    const table = headerRowTable(csvToWorkbook('Team,Share\nOwls,77%\nLarks,-3.5%\n', 'shares').sheets[0]!)!;
    expect(cellsOf(createFrame(table), 'Share')).toEqual([77, -3.5]);
  });

  it("keeps a workbook cell's stored fraction when only its number format shows it as a percentage", async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'poi_ConditionalFormattingSamples.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    if (read.data.type !== 'workbook') throw new Error('not a workbook');
    const sheet = read.data.sheets.find((item) => item.name === 'Banded rows')!;
    const table = detectTables(sheet).find((item) =>
      item.columns.some((column) => column.type === 'percent'),
    )!;
    const column = table.columns.find((item) => item.type === 'percent')!;
    // The cells show "-5.63%" and the like; the data is the fraction.
    expect(column.texts.some((text) => /%$/.test(text))).toBe(true);
    const numbers = cellsOf(createFrame(table), column.name).filter((cell) => typeof cell === 'number');
    expect(numbers.length).toBeGreaterThan(10);
    expect(Math.max(...numbers.map((value) => Math.abs(value as number)))).toBeLessThan(10);
  });
});
