import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readFile } from '../read-file.ts';
import { parseCsv, sniffDelimiter } from './parse-csv.ts';
import { csvToWorkbook, decodeText, iterateCsvRows } from './read-csv.ts';
import { parseDate, typeCell } from './type-cell.ts';

describe('parseCsv', () => {
  it('handles RFC 4180 quoting, doubled quotes, line breaks in fields and CRLF', () => {
    const rows = parseCsv('a,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n1,,3');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['1', '', '3'],
    ]);
  });

  it('reads backslash-escaped quotes inside quoted fields, and a field ending in a backslash', () => {
    const text = 'Title,Aired\n"\\"Lanterns, Again\\"","May 2, 1971"\n"C:\\spool\\","x"\n';
    expect(parseCsv(text)).toEqual([
      ['Title', 'Aired'],
      ['"Lanterns, Again"', 'May 2, 1971'],
      ['C:\\spool\\', 'x'],
    ]);
  });

  it('gives the same rows whatever the chunking', async () => {
    const text = 'name,note\n"a ""q""",x\n"b\r\nc",y\n';
    const dir = mkdtempSync(join(tmpdir(), 'om-csv-'));
    const path = join(dir, 'chunks.csv');
    writeFileSync(path, text);
    const streamed: string[][] = [];
    for await (const batch of iterateCsvRows(path, { highWaterMark: 3 })) streamed.push(...batch);
    expect(streamed).toEqual(parseCsv(text));
  });

  it('sniffs the delimiter', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n4;5;6\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(sniffDelimiter('"a,b";c\n"1,2";3\n')).toBe(';');
  });
});

describe('typeCell', () => {
  it('types numbers, percents, currency and dates', () => {
    // The minus sign U+2212 of typeset tables: a negative number that keeps its text.
    expect(typeCell('\u2212383')).toMatchObject({ type: 'number', value: -383, text: '\u2212383' });
    expect(typeCell('\u2212')).toMatchObject({ type: 'text' });
    expect(typeCell('1,234,567')).toMatchObject({ type: 'number', value: 1234567, numberFormat: '#,##0' });
    expect(typeCell('12.5%')).toMatchObject({ type: 'number', value: 0.125, numberFormat: '0.0%' });
    expect(typeCell('$1,200.50')).toMatchObject({
      type: 'number',
      value: 1200.5,
      numberFormat: '"$"#,##0.00',
    });
    expect(typeCell('($5.00)')).toMatchObject({ type: 'number', value: -5 });
    expect(typeCell('-3.5e2')).toMatchObject({ type: 'number', value: -350 });
    expect(typeCell('2024-02-29')).toMatchObject({ type: 'date', value: '2024-02-29' });
    expect(typeCell('2023-02-29')).toMatchObject({ type: 'text' });
    expect(typeCell('TRUE')).toMatchObject({ type: 'boolean', value: true });
    expect(typeCell('1,2,3')).toMatchObject({ type: 'text' });
    expect(typeCell('')).toBeNull();
    expect(parseDate('3 March 2021')).toBe('2021-03-03');
    expect(parseDate('Mar 3, 2021')).toBe('2021-03-03');
    // An export's padded day and 12-hour clock.
    expect(parseDate('Apr 13  2017 12:00:00 AM')).toBe('2017-04-13T00:00:00');
    expect(parseDate('Apr 13 2017 1:15:00 PM')).toBe('2017-04-13T13:15:00');
    expect(parseDate('Apr 13 2017 13:15:00 PM')).toBeUndefined();
    expect(parseDate('13/02/2021')).toBe('2021-02-13');
  });
});

describe('readCsv', () => {
  it('decodes BOMs and Windows-1252', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00])).text).toBe('a');
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({
      text: 'café',
      encoding: 'windows-1252',
    });
  });

  it('reads a WikiTableQuestions table through readFile with typed cells', async () => {
    const result = await readFile(join(CORPUS, 'tables/wikitablequestions/csv/204-csv/149.csv'));
    expect(result.success).toBe(true);
    if (!result.success || result.data.type !== 'workbook') return;
    const sheet = result.data.sheets[0]!;
    expect(sheet.rows.length).toBeGreaterThan(3);
    expect(sheet.rows[0]!.every((cell) => cell === null || cell.type === 'text')).toBe(true);
  });

  it('reads a semicolon CSV with European text into one typed sheet', () => {
    const workbook = csvToWorkbook('city;sales;share\nKöln;1,200;10%\nWien;800;5%\n', 'sales');
    const rows = workbook.sheets[0]!.rows;
    expect(rows[1]![0]).toMatchObject({ type: 'text', value: 'Köln' });
    expect(rows[1]![1]).toMatchObject({ type: 'number', value: 1200 });
    expect(rows[2]![2]).toMatchObject({ type: 'number', value: 0.05 });
  });
});
