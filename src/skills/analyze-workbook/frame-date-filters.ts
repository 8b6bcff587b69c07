/**
 * @module frame-date-filters
 * Keeps the rows of an analysis frame whose date meets the months, spans and bounds the
 * question and constraints write ("games played in November", "sales between July 1, 2007 and
 * December 31, 2007"). A condition no date column can answer for every row is left unread, so
 * the answer is refused, not half filtered. A month and year that a column's header writes
 * ("the level in June 2022" over columns "Jun.2021" and "Jun.2022") name that column, not rows.
 */
import { type Frame, filterRows } from './analysis-frame.ts';
import type { Column } from './data-table.ts';
import { type DateCondition, dateConditions, describeDateCondition, monthNumber } from './date-conditions.ts';
import { rowsOnDate } from './date-rows.ts';

/** A month of a year written as a column's header ("Jun.2022", "June 2022", "2022-06"). */
function namesColumn(columns: readonly Column[], condition: DateCondition): boolean {
  if (condition.kind !== 'month' || condition.year === undefined) return false;
  const { month, year } = condition;
  return columns.some((column) => {
    const named = /\b([A-Za-z]{3,9})\.?[\s._-]*((?:1[5-9]|20)\d\d)\b/.exec(column.name);
    if (named && monthNumber(named[1]!) === month && Number(named[2]) === year) return true;
    const numeric = /\b((?:1[5-9]|20)\d\d)[-_/.](\d{1,2})\b/.exec(column.name);
    return Boolean(numeric && Number(numeric[1]) === year && Number(numeric[2]) === month);
  });
}

/** A span of years the question compares with another, with the rows it holds. */
export type ComparedSpan = {
  readonly column: string;
  readonly from: number;
  readonly to: number;
  readonly kept: ReadonlySet<number>;
  readonly said: string;
};

/** The spans of years a question compares ("the means of the 1970s and of the 1990s"), by frame. */
const comparedSpans = new WeakMap<Frame, readonly ComparedSpan[]>();

/** The spans of years the frame's question compares, each a slot's own; undefined when it compares none. */
export function comparedSpansOf(frame: Frame): readonly ComparedSpan[] | undefined {
  return comparedSpans.get(frame);
}

/**
 * Two or more spans of whole years on one column that share no row ("the 1980s and the 2000s"):
 * kept all together they would keep nothing, so the question compares them, each slot taking its own.
 */
function spansCompared(frame: Frame, text: string, conditions: readonly DateCondition[]): ComparedSpan[] {
  const spans: ComparedSpan[] = [];
  for (const condition of conditions) {
    if (condition.kind !== 'span' || !condition.from || !condition.to) return [];
    const { from, to } = condition;
    const whole = from.month === 1 && (from.day ?? 1) === 1 && to.month === 12 && (to.day ?? 31) === 31;
    if (!whole || from.year === undefined || to.year === undefined) return [];
    const found = rowsOnDate(frame.table.columns, text, condition, frame.start ?? frame.rows);
    if (!found || found.kept.size === 0) return [];
    spans.push({
      column: found.column.name,
      from: from.year,
      to: to.year,
      kept: found.kept,
      said: `${found.column.name} is ${describeDateCondition(condition)}`,
    });
  }
  const disjoint = spans.every((span, k) =>
    spans.slice(k + 1).every((other) => other.from > span.to || other.to < span.from),
  );
  return spans.length >= 2 && new Set(spans.map((span) => span.column)).size === 1 && disjoint ? spans : [];
}

/** Applies each date condition the text states to the frame, or leaves it unread. */
export function applyDateConditions(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  const conditions = dateConditions(text, { days: true });
  const compared = spansCompared(frame, text, conditions);
  if (compared.length > 0) {
    comparedSpans.set(frame, compared);
    return;
  }
  for (const condition of conditions) {
    const found = rowsOnDate(frame.table.columns, text, condition, frame.start ?? frame.rows);
    if (!found && namesColumn(frame.table.columns, condition)) continue;
    if (!found) {
      frame.unread.push(`"${condition.phrase}"`);
      continue;
    }
    const { column, kept } = found;
    filterRows(
      frame,
      column.name,
      (row) => kept.has(row),
      `rows where ${column.name} is ${describeDateCondition(condition)}`,
      undefined,
      condition.phrase,
    );
  }
}
