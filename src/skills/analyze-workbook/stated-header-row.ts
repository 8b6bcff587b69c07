/**
 * @module stated-header-row
 * "The first line is a title; the column names are on the second line.": a table read with its
 * first line as the header (as pandas reads a CSV) is read again with the header on the line the
 * text states, the lines above it left out. Only a table whose header is the sheet's first line,
 * and only when the text says so in those words: a title row is otherwise kept as the header, as
 * the data's own questions name its columns ("Unnamed: 8").
 * A title line is also read past when the text quotes the second line's names instead: over a
 * first line of one title and blank headers ("TOWN RELAY", "Unnamed: 1", …), 'the mean of "Laps"
 * for each "Club"' names cells the second line holds and no column the title line gives.
 */
import { typeRows } from '../../formats/csv/read-csv.ts';
import type { DataTable } from './data-table.ts';
import { headerAtRowTable, isPlaceholderName } from './detect-tables.ts';

const ORDINAL_LINES: Record<string, number> = { second: 2, '2nd': 2, third: 3, '3rd': 3 };

/** "the column names are on the second line", "the header is in row 2". */
const STATED_HEADER =
  /\b(?:column names|column headers?|headers?|header row|header line)\s+(?:are|is)\s+(?:on|in)\s+(?:the\s+(second|2nd|third|3rd)\s+(?:line|row)|(?:line|row)\s+([23]))\b/i;

/** The table with its header on the line the text states; the table itself when the text states none. */
export function withStatedHeaderRow(table: DataTable, text: string): DataTable {
  const stated = STATED_HEADER.exec(text);
  if (!stated || table.headerRows.length !== 1 || table.headerRows[0] !== 1) return table;
  return withHeaderOnLine(table, stated[1] ? ORDINAL_LINES[stated[1].toLowerCase()]! : Number(stated[2]));
}

/** A double-quoted name of one to forty characters ('"Wins"'). */
const QUOTED_NAME = /"([^"\n]{1,40})"/g;

/**
 * The table with its header on the second line when its first line is a title (one name, the
 * other headers blank) and the text quotes names the second line holds, none of them a column
 * the first line gives; the table itself otherwise.
 */
export function withNamedHeaderRow(table: DataTable, text: string): DataTable {
  if (table.headerRows.length !== 1 || table.headerRows[0] !== 1) return table;
  const names = table.columns.map((column) => column.name);
  if (names.filter((name) => !isPlaceholderName(name)).length !== 1) return table;
  const quoted = [...text.matchAll(QUOTED_NAME)].map((match) => match[1]!.trim().toLowerCase());
  const header = new Set(names.map((name) => name.trim().toLowerCase()));
  if (quoted.some((name) => header.has(name))) return table;
  const second = new Set(
    table.columns.map((column) => (column.texts[0] ?? '').trim().toLowerCase()).filter(Boolean),
  );
  if (!quoted.some((name) => second.has(name))) return table;
  return withHeaderOnLine(table, 2);
}

/** The table read again with its header on the given line of the sheet, the lines above left out. */
function withHeaderOnLine(table: DataTable, line: number): DataTable {
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
