/**
 * @module cell-unit-bounds
 * "How many bans lasted 6 matches or more?" over a Ban column written "6 matches (2 cup, 4 league)":
 * a bound counted in the unit word the cells of one column write after their number names that
 * column, and is written as a bound on it ("a Ban of 6 or more"), which the conditions read. Only
 * when most filled cells of exactly one column start with a number and the same unit word, and no
 * other column's name holds that word (a "Goals" column is the measure "5 goals or more" speaks of);
 * a column whose own name holds it ("Stay (Days)" written "1,240 days") is that measure itself.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { wordsOf } from './analysis-frame.ts';
import type { DataTable } from './data-table.ts';

/** A number, then a word: the leading amount of a cell and its unit. */
const LEADING_AMOUNT = /^\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s+([a-z]{3,})\b/i;

/** The unit word in its one-thing form ("matches" and "match" are one unit). */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/(?:ch|sh|x|ss)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** The unit word of each column whose filled cells mostly start with a number and that word. */
function cellUnits(table: DataTable): Map<string, string> {
  const byUnit = new Map<string, string[]>();
  for (const column of table.columns) {
    const filled = column.values.filter((value) => value !== null && value !== '');
    if (filled.length < 3) continue;
    const counts = new Map<string, number>();
    for (const value of filled) {
      const unit = typeof value === 'string' ? LEADING_AMOUNT.exec(value)?.[1] : undefined;
      if (unit) counts.set(singular(unit), (counts.get(singular(unit)) ?? 0) + 1);
    }
    const [unit, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (unit === undefined || count === undefined || count < filled.length / 2) continue;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), column.name]);
  }
  const named = new Set(table.columns.flatMap((column) => wordsOf(column.name).map(singular)));
  // "Duration (Days)" written "3,880 days": a column whose own name holds the unit its cells write is
  // the measure the unit speaks of, whatever other columns' names hold it.
  const ownUnit = (unit: string, name: string) => wordsOf(name).map(singular).includes(unit);
  return new Map(
    [...byUnit.entries()]
      .filter(([unit, columns]) => columns.length === 1 && (!named.has(unit) || ownUnit(unit, columns[0]!)))
      .map(([unit, columns]) => [unit, columns[0]!]),
  );
}

/** The text with "N <unit> or more" (and "at least N <unit>") written as a bound on the column of that unit. */
export function withCellUnitBounds(text: string, table: DataTable): string {
  let out = text;
  for (const [unit, column] of cellUnits(table)) {
    const units = String.raw`${escapeRegExp(unit)}(?:e?s)?`;
    out = out
      .replace(
        new RegExp(
          String.raw`(?<![\w.])(\d+(?:\.\d+)?)\s+${units}\s+or\s+(more|less|fewer|longer|shorter)\b`,
          'gi',
        ),
        (_, figure: string, side: string) => `a ${column} of ${figure} or ${side}`,
      )
      .replace(
        new RegExp(
          String.raw`\b(at least|at most|more than|fewer than|less than)\s+(\d+(?:\.\d+)?)\s+${units}\b`,
          'gi',
        ),
        (_, bound: string, figure: string) => `a ${column} of ${bound} ${figure}`,
      );
  }
  return out;
}
