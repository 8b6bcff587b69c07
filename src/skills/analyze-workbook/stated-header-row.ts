/**
 * @module stated-header-row
 * "The first line is a title; the column names are on the second line.": a table read with its
 * first line as the header (as pandas reads a CSV) is read again with the header on the line the
 * text states, the lines above it left out. Only a table whose header is the sheet's first line,
 * and only when the text says so in those words: a title row is otherwise kept as the header, as
 * the data's own questions name its columns ("Unnamed: 8").
 */
import { typeRows } from '../../formats/csv/read-csv.ts';
import type { DataTable } from './data-table.ts';
import { headerAtRowTable } from './detect-tables.ts';

const ORDINAL_LINES: Record<string, number> = { second: 2, '2nd': 2, third: 3, '3rd': 3 };

/** "the column names are on the second line", "the header is in row 2". */
const STATED_HEADER =
  /\b(?:column names|column headers?|headers?|header row|header line)\s+(?:are|is)\s+(?:on|in)\s+(?:the\s+(second|2nd|third|3rd)\s+(?:line|row)|(?:line|row)\s+([23]))\b/i;

/** The table with its header on the line the text states; the table itself when the text states none. */
export function withStatedHeaderRow(table: DataTable, text: string): DataTable {
  const stated = STATED_HEADER.exec(text);
  if (!stated || table.headerRows.length !== 1 || table.headerRows[0] !== 1) return table;
  const line = stated[1] ? ORDINAL_LINES[stated[1].toLowerCase()]! : Number(stated[2]);
  const rows = table.rowNumbers.map((_, row) => table.columns.map((column) => column.texts[row] ?? ''));
  const sheet = {
    name: table.sheet,
    hidden: false,
    rows: typeRows([table.columns.map((column) => column.name), ...rows]),
    merges: [],
    tables: [],
  };
  const reread = headerAtRowTable(sheet, line - 1);
  return reread ? { ...reread, name: table.name } : table;
}
