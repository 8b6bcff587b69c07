import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import type { Workbook } from '../model.ts';
import { buildZip } from '../ooxml/test-zip.ts';
import { openZip } from '../ooxml/zip.ts';
import { shiftFormula } from './cell-ref.ts';
import { dateKind, serialToIso } from './number-format.ts';
import { readXlsx } from './read-xlsx.ts';

const XLSX = join(CORPUS, 'office', 'xlsx');

async function readBytes(name: string, bytes: Buffer): Promise<Workbook> {
  return readXlsx({ path: name, bytes, format: 'xlsx', options: {} }) as Promise<Workbook>;
}
const read = (name: string) => readBytes(name, readFileSync(join(XLSX, name)));
const cells = (book: Workbook) =>
  book.sheets.flatMap((sheet) => sheet.rows.flat()).filter((cell) => cell !== null);

describe('readXlsx on real workbooks', () => {
  it('reads cell comments with their cell and author', async () => {
    const book = await read('phpspreadsheet_issue.2316.xlsx');
    const comments = book.sheets[0]?.comments ?? [];
    expect(comments.map((comment) => comment.ref)).toContain('D1');
    const amount = comments.find((comment) => comment.ref === 'D1');
    expect(amount?.author).toBe('jill.chen');
    expect(amount?.text).toContain('金額限制：20000元以內');
    // Rich runs are joined and line breaks kept.
    expect(comments.find((comment) => comment.ref === 'A1')?.text).toBe(
      '編號長度限制：20字內\n（編號不可重複）',
    );
  });

  it('reads 1904-system dates as ISO dates next to the text Excel computed', async () => {
    const book = await read('sheetjs_1904.xlsx');
    expect(book.date1904).toBe(true);
    const rows = book.sheets[0]!.rows;
    expect(rows.length).toBe(5);
    for (const row of rows) {
      expect(row[1]?.type).toBe('date');
      // Column C holds =TEXT(B,"YYYY-MM-DD") as Excel cached it: our date must agree.
      expect(row[1]?.value).toBe(row[2]?.value);
      expect(row[2]?.formula).toMatch(/^TEXT\(B\d,/);
    }
    expect(rows[4]?.[1]?.value).toBe('1934-06-03');
  });

  it('reads dates from built-in format ids in the 1900 system', async () => {
    const book = await read('sheetjs_number_format.xlsm');
    expect(book.date1904).toBe(false);
    const sheet = book.sheets.find((s) => s.name === '2011')!;
    const dates = sheet.rows.flat().filter((cell) => cell?.type === 'date');
    expect(dates.length).toBe(130);
    expect(dates[0]).toMatchObject({ value: '1900-01-01', numberFormat: 'mm-dd-yy' });
  });

  it('reads errors, booleans and formulas with cached values', async () => {
    const rows = (await read('sheetjs_ErrorTypes.xlsx')).sheets[0]!.rows;
    expect(rows[1]?.slice(0, 3)).toEqual([
      { type: 'error', value: '#NULL!' },
      { type: 'error', value: '#NULL!' },
      { type: 'text', value: '#NULL?' },
    ]);
    expect(rows[1]?.[5]).toEqual({ type: 'number', value: 1, formula: 'ERROR.TYPE(A2)' });
    expect(rows[1]?.[7]).toEqual({ type: 'boolean', value: true, formula: 'ISERR(A2)' });
    expect(rows.map((row) => row[0]?.value)).toContain('#DIV/0!');
  });

  it('counts merges and formulas of a realistic workbook, expanding shared formulas', async () => {
    const book = await read('poi_stress002.xlsx');
    expect(book.sheets.length).toBe(14);
    expect(book.sheets.reduce((sum, sheet) => sum + sheet.merges.length, 0)).toBe(551);
    expect(cells(book).filter((cell) => cell.formula).length).toBe(620);
    const lookups = await read('poi_StructuredRefs-lots-with-lookups.xlsx');
    expect(cells(lookups).filter((cell) => cell.formula).length).toBe(7274);
    expect((await read('poi_AverageTaxRates.xlsx')).sheets[0]?.merges).toEqual([
      'C3:M3',
      'C17:M17',
      'C32:M32',
    ]);
  });

  it('reads hidden sheets, tables, defined names, charts and pivots', async () => {
    const visibility = await read('sheetjs_sheet_visibility.xlsx');
    expect(visibility.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['Visible', false],
      ['Hidden', true],
      ['VeryHidden', true],
    ]);
    const tables = await read('poi_ExcelTables.xlsx');
    expect(tables.sheets[0]?.tables).toEqual([{ name: 'TableName', range: 'G1:I4' }]);
    expect(tables.sheets[0]?.namedRanges).toEqual([{ name: 'NonTable', range: 'A1:C4' }]);
    expect(tables.definedNames).toEqual([
      { name: 'NonTable', ref: 'ExcelTable!$A$1:$C$4' },
      { name: 'TableAsRangeName', ref: 'TableName[#All]' },
    ]);
    const budget = await read('poi_simple-monthly-budget.xlsx');
    expect(budget.sheets[0]?.tables.map((table) => table.name)).toEqual(['tblIncome', 'tblExpenses']);
    expect(budget.sheets[0]?.charts?.[0]?.chartType).toBe('bar');
    const chartSheet = await read('phpspreadsheet_ChartSheet.xlsx');
    expect(chartSheet.sheets[1]?.charts?.[0]).toMatchObject({
      chartType: 'bar',
      title: 'Wildlife Population',
      locator: { sheet: 'Chart1' },
    });
    expect(chartSheet.sheets[1]?.charts?.[0]?.series.length).toBe(6);
    const pivots = await read('poi_ExcelPivotTableSample.xlsx');
    expect(pivots.sheets.map((sheet) => sheet.pivots ?? [])).toEqual([
      [],
      [{ name: 'PivotTable1', range: 'A3:D7' }],
      [{ name: 'PivotTable1', range: 'A3:B6' }],
    ]);
  });

  it('reads CJK text and keeps rows dense from A1', async () => {
    const book = await read('phpspreadsheet_issue.3093.xlsx');
    expect(book.sheets[0]?.rows[0]?.[0]).toEqual({ type: 'text', value: '日期', numberFormat: '@' });
    const tables = await read('poi_ExcelTables.xlsx');
    expect(tables.sheets[0]?.rows[1]?.[3]).toBeNull();
    expect(new Set(tables.sheets[0]?.rows.map((row) => row.length))).toEqual(new Set([9]));
  });

  it('reads Strict OOXML (purl.oclc.org namespaces) like transitional', async () => {
    const source = readFileSync(join(XLSX, 'poi_ExcelTables.xlsx'));
    const zip = openZip(source, 'strict.xlsx');
    const strict = buildZip(
      zip.entries.map((entry) => {
        if (!/\.(xml|rels)$/.test(entry.name))
          return { name: entry.name, data: zip.read(entry.name) ?? new Uint8Array() };
        const text = (zip.readText(entry.name) ?? '')
          .replaceAll(
            'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
            'http://purl.oclc.org/ooxml/spreadsheetml/main',
          )
          .replaceAll(
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
            'http://purl.oclc.org/ooxml/officeDocument/relationships',
          );
        return { name: entry.name, data: text };
      }),
    );
    expect(strict.includes(Buffer.from('purl.oclc.org/ooxml/spreadsheetml/main'))).toBe(false); // deflated
    const book = await readBytes('strict.xlsx', strict);
    const original = await read('poi_ExcelTables.xlsx');
    expect(book.sheets).toEqual(original.sheets);
  });
});

describe('number formats and dates', () => {
  it('maps serials in both date systems, including Excel’s 1900 leap-year bug', () => {
    expect(serialToIso(1, false, 'date')).toBe('1900-01-01');
    expect(serialToIso(59, false, 'date')).toBe('1900-02-28');
    expect(serialToIso(61, false, 'date')).toBe('1900-03-01');
    expect(serialToIso(45352, false, 'date')).toBe('2024-03-01');
    expect(serialToIso(0, true, 'date')).toBe('1904-01-01');
    expect(serialToIso(43890, true, 'date')).toBe('2024-03-01');
    expect(serialToIso(45352.75, false, 'datetime')).toBe('2024-03-01T18:00:00');
    expect(serialToIso(0.5, false, 'time')).toBe('12:00:00');
  });

  it('tells date formats from number formats', () => {
    expect(dateKind(14, undefined)).toBe('date');
    expect(dateKind(22, undefined)).toBe('datetime');
    expect(dateKind(20, undefined)).toBe('time');
    expect(dateKind(164, 'yyyy\\-mm\\-dd;@')).toBe('date');
    expect(dateKind(165, '[$-409]mmmm d, yyyy;@')).toBe('date');
    expect(dateKind(166, '"Day "0')).toBeUndefined();
    expect(dateKind(167, '#,##0.00 [$€-407]')).toBeUndefined();
    expect(dateKind(168, '[h]:mm:ss')).toBe('time');
    expect(dateKind(0, 'General')).toBeUndefined();
  });

  it('shifts the relative references of shared formulas', () => {
    expect(shiftFormula('SUM(A1:B2)*$C$1+C$2', 2, 1)).toBe('SUM(B3:C4)*$C$1+D$2');
    expect(shiftFormula('LOG10(A1)&"A1"', 1, 0)).toBe('LOG10(A2)&"A1"');
    expect(shiftFormula('Sheet2!A1', 0, 2)).toBe('Sheet2!C1');
  });
});

describe('displayed cell text on real workbooks', () => {
  // LibreOffice's CSV export of these sheets (cell contents as shown), in __golden__/displayed.
  const GOLDEN = join(import.meta.dirname, '__golden__', 'displayed');
  const sheets: [string, string][] = [
    ['sheetjs_number_format.xlsm', '2011'],
    ['sheetjs_number_format.xlsm', 'SSF'],
    ['sheetjs_number_format.xlsm', 'Implied'],
    ['sheetjs_number_format.xlsm', 'ImpliedNegative'],
    ['poi_stress002.xlsx', 'Schedule D'],
    ['poi_AverageTaxRates.xlsx', 'Avgtxfull'],
    ['poi_simple-monthly-budget.xlsx', 'Simple Monthly Budget'],
    ['poi_Tables.xlsx', 'Exp1'],
    ['poi_StructuredRefs-lots-with-lookups.xlsx', 'Profile'],
    ['poi_ConditionalFormattingSamples.xlsx', 'Banded rows'],
  ];

  it('shows every number as LibreOffice does, but for Excel rounding of binary percentages', async () => {
    let compared = 0;
    const differing: string[] = [];
    const books = new Map<string, Promise<Workbook>>();
    for (const [file, name] of sheets) {
      if (!books.has(file)) books.set(file, read(file));
      const sheet = (await books.get(file)!).sheets.find((candidate) => candidate.name === name)!;
      const stem = file.replace(/\.\w+$/, '');
      const golden = parseCsv(readFileSync(join(GOLDEN, `${stem}-${name}.csv`), 'utf8'));
      for (const [r, row] of sheet.rows.entries()) {
        for (const [c, cell] of row.entries()) {
          const shown = golden[r]?.[c]?.trim() ?? '';
          // Negative serials under a date format are no date: LibreOffice shows one before 1900.
          if (cell?.type !== 'number' || shown === '' || dateKind(-1, cell.numberFormat)) continue;
          compared++;
          const ours = (cell.text ?? String(cell.value)).trim();
          if (ours !== shown) differing.push(`${name}!R${r + 1}C${c + 1} ${cell.value}: ${ours} / ${shown}`);
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // 0.1785 as 0.0%: Excel shows 17.9%, LibreOffice scales in binary first and shows 17.8%.
    expect(differing).toEqual(['Avgtxfull!R23C5 0.1785: 17.9% / 17.8%']);
  });

  it('keeps the stored number next to the text a person reads', async () => {
    const sheet = (await read('poi_AverageTaxRates.xlsx')).sheets.find((s) => s.name === 'Avgtxfull')!;
    const cell = sheet.rows[22]![4]!;
    expect(cell).toMatchObject({ type: 'number', value: 0.1785, numberFormat: '0.0%', text: '17.9%' });
  });
});
