/**
 * @module pandas-names
 * pandas names a repeated header "Time", "Time.1", "Time.2"; the table here names the same
 * columns "Time", "Time (2)", "Time (3)". Text written against pandas' names is read with ours.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { DataTable } from './data-table.ts';

/** The text with each pandas name of a repeated header ("Time.1") written as the table's ("Time (2)"). */
export function withTableNames(text: string, table: DataTable): string {
  const names = new Set(table.columns.map((column) => column.name));
  let result = text;
  for (const name of names) {
    const repeat = /^(.*) \((\d+)\)$/.exec(name);
    if (!repeat || !names.has(repeat[1]!)) continue;
    const pandas = `${repeat[1]}.${Number(repeat[2]) - 1}`;
    if (names.has(pandas)) continue;
    result = result.replace(new RegExp(`${escapeRegExp(pandas)}(?!\\d)`, 'g'), name);
  }
  return result;
}
