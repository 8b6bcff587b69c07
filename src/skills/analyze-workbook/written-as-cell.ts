/**
 * @module written-as-cell
 * 'The fastest time … where "time" is written as in "Time"': the smallest or largest figure of a
 * column whose cells are not plain numbers ("1:09.76") is answered as the cell writes it. When
 * rows with that figure write it two ways, or the row is not found, the answer is refused.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, type Frame } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import type { SlotResult } from './slot-context.ts';

/** A cell of plain digits, a sign and a point, which needs no rewriting. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** The result with its figure written as the column's cells write it, when the format asks so. */
export function writtenAsCell(frame: Frame, slot: Slot, format: string, result: SlotResult): SlotResult {
  const column = new RegExp(
    `["'“]${escapeRegExp(slot.placeholder)}["'”]\\s+is\\s+written\\s+as\\s+in\\s+["'“]([^"'”]+)["'”]`,
    'i',
  ).exec(format)?.[1];
  const extreme = /^(minimum|maximum) of /.exec(result.note)?.[1];
  if (!column || !extreme || result.columns[0] !== column) return result;
  const source = frame.table.columns.find((item) => item.name === column);
  if (!source) return result;
  const cells = cellsOf(frame, column);
  const figures = result.rows
    .map((row) => cells[row])
    .filter((cell): cell is number => typeof cell === 'number');
  if (figures.length === 0) return result;
  const best = extreme === 'minimum' ? Math.min(...figures) : Math.max(...figures);
  const written = new Set(
    result.rows.filter((row) => cells[row] === best).map((row) => String(source.texts[row] ?? '').trim()),
  );
  const [text] = [...written];
  if (written.size !== 1 || !text)
    fail(
      'unsupported',
      `@${slot.name} asks for the ${column} as written, but the rows with that figure write it differently.`,
    );
  if (PLAIN.test(text)) return result;
  return { ...result, value: text, note: `${result.note}, written as in ${column} ("${text}")` };
}

/**
 * The column a format says a slot's value is written as in ('where "name" is written as in
 * "Farmer"', 'as in the "Farmer" column'), when it is one of the table's columns: the column a "who" or "what" answer is read from.
 */
export function writtenAsColumn(slot: Slot, format: string, columns: readonly string[]): string | undefined {
  const column = new RegExp(
    `["'“]${escapeRegExp(slot.placeholder)}["'”]\\s+(?:is\\s+)?(?:written\\s+)?as\\s+in\\s+(?:the\\s+)?["'“]([^"'”]+)["'”]`,
    'i',
  ).exec(format)?.[1];
  if (column === undefined) return valueOfColumn(slot, format, columns);
  return columns.find((name) => name.toLowerCase() === column.toLowerCase());
}

/**
 * The column a format says a slot's value is a value of ('where "kind" is the "Category" value',
 * '"kind" is a value of Category', '"code" is one of the values in "Code"'), when exactly one column fits.
 */
function valueOfColumn(slot: Slot, format: string, columns: readonly string[]): string | undefined {
  const placeholder = escapeRegExp(slot.placeholder.trim());
  if (placeholder === '') return undefined;
  const found = columns.filter((name) => {
    const column = `["'“]?${escapeRegExp(name)}["'”]?`;
    return new RegExp(
      `["'“]${placeholder}["'”]\\s+is\\s+(?:(?:the|a|an)\\s+${column}\\s+(?:value|code|label|entry)\\b|(?:the|a|an|one\\s+of\\s+the)\\s+values?\\s+(?:of|in|from)\\s+(?:the\\s+)?${column}(?![\\w"'”]*\\w))`,
      'i',
    ).test(format);
  });
  return found.length === 1 ? found[0] : undefined;
}
