/**
 * @module read-csv
 * CSV and TSV into a Workbook of one sheet: encoding from the BOM (UTF-8, UTF-16) or by
 * trying UTF-8 then Windows-1252, the delimiter sniffed from the first lines, RFC 4180
 * quoting, and typed cells. `iterateCsvRows` streams a large file row by row in bounded memory.
 */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { failFile } from '../fail-file.ts';
import type { Cell, Sheet, Workbook } from '../model.ts';
import type { Reader } from '../reader.ts';
import { CsvParser, parseCsv, sniffDelimiter } from './parse-csv.ts';
import { typeCell } from './type-cell.ts';

/** Most rows read into one Workbook; larger files go through `iterateCsvRows`. */
export const MAX_CSV_ROWS = 2_000_000;

/** Decodes bytes by BOM, else strict UTF-8, else Windows-1252 (the usual Excel export). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Typed rows from parsed fields; trailing empty rows and columns are trimmed. */
export function typeRows(rows: readonly (readonly string[])[]): (Cell | null)[][] {
  const typed = rows.map((row) => {
    const cells = row.map((field) => typeCell(field));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (typed.length > 0 && typed[typed.length - 1]!.length === 0) typed.pop();
  return typed;
}

/** Reads CSV/TSV text into a one-sheet Workbook. */
export function csvToWorkbook(text: string, name: string, format: 'csv' | 'tsv' = 'csv'): Workbook {
  const delimiter = sniffDelimiter(text, format === 'tsv' ? '\t' : ',');
  const rows = parseCsv(text, delimiter);
  const sheet: Sheet = { name, hidden: false, rows: typeRows(rows), merges: [], tables: [] };
  return { type: 'workbook', format, metadata: {}, date1904: false, sheets: [sheet] };
}

export const readCsv: Reader = async (input) => {
  const { text } = decodeText(input.bytes);
  const format = input.format === 'tsv' ? 'tsv' : 'csv';
  const name = basename(input.path, extname(input.path)) || 'Sheet1';
  const workbook = csvToWorkbook(text, name, format);
  if (workbook.sheets[0]!.rows.length > MAX_CSV_ROWS) {
    failFile(
      input,
      'file_too_large',
      `has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows.`,
      'Use `officemate analyze`, which streams large CSV files.',
    );
  }
  return workbook;
};

/**
 * Streams the rows of a CSV/TSV file as string arrays (not typed), in bounded memory.
 * The delimiter is sniffed from the first chunk unless given.
 */
export async function* iterateCsvRows(
  path: string,
  options: { delimiter?: string; highWaterMark?: number } = {},
): AsyncGenerator<string[][]> {
  const stream = createReadStream(path, { highWaterMark: options.highWaterMark ?? 1024 * 1024 });
  let parser: CsvParser | undefined;
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let text = decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
      parser = new CsvParser(
        options.delimiter ?? sniffDelimiter(text, extname(path).toLowerCase() === '.tsv' ? '\t' : ','),
      );
    }
    const rows = parser!.push(text);
    if (rows.length > 0) yield rows;
  }
  if (parser) {
    const tail = parser.push(decoder.decode());
    const rest = parser.end();
    if (tail.length + rest.length > 0) yield [...tail, ...rest];
  }
}
