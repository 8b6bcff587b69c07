/**
 * @module date-difference
 * A new column of days between two date columns, as the text states it: "the number of days
 * between Took office and Left office" (the second minus the first) or "Left office minus Took
 * office in days". Only cells that give a full date (year, month and day) have a difference;
 * the others are missing, as rows pandas could not parse are dropped.
 */
import { type Cell, type Frame, findMentions } from './analysis-frame.ts';
import { columnDates, dateShare } from './date-conditions.ts';

const BETWEEN =
  /\b(?:days?|time|gap|duration|length)\s+(?:(?:that\s+)?(?:passed|elapsed|went by)\s+)?between\s+(?:the\s+)?(.{2,60}?)\s+and\s+(?:the\s+)?(.{2,60}?)(?=[?.,;:\n]|\s+(?:in|for|of|across|over|per|among|rounded)\b|$)/i;
const MINUS = /([^\n]{2,80}?)\s+minus\s+(?:the\s+)?(.{2,40}?)\s+in\s+days\b/i;

/** The full date's day number, or null when the cell lacks a year, month or day. */
function dayNumbers(frame: Frame, name: string): (number | null)[] | undefined {
  const column = frame.table.columns.find((item) => item.name === name);
  if (!column) return undefined;
  const dates = columnDates(column);
  if (dateShare(column, dates) < 0.8) return undefined;
  return dates.map((date) =>
    date?.year !== undefined && date.month !== undefined && date.day !== undefined
      ? Date.UTC(date.year, date.month - 1, date.day) / 86_400_000
      : null,
  );
}

/** The one date column a phrase names in full at its start (or, with `atEnd`, at its end). */
function namedDateColumn(frame: Frame, phrase: string, atEnd = false): string | undefined {
  const words = phrase.split(/\s+/);
  const tails = atEnd ? words.map((_, start) => words.slice(start).join(' ')) : [phrase];
  for (const tail of tails) {
    const names = findMentions(frame, tail)
      .filter((mention) => mention.position === 0)
      .map((mention) => mention.column)
      .filter((name) => dayNumbers(frame, name) !== undefined);
    if (names.length === 1) return names[0];
  }
  return undefined;
}

/** Adds the days column the text asks for (later minus earlier as written), once. */
export function applyDateDifference(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  const minus = MINUS.exec(text);
  const between = BETWEEN.exec(text);
  const pairs = [
    minus
      ? ([namedDateColumn(frame, minus[1]!, true), namedDateColumn(frame, minus[2]!)] as const)
      : undefined,
    between
      ? ([namedDateColumn(frame, between[2]!), namedDateColumn(frame, between[1]!)] as const)
      : undefined,
  ];
  const pair = pairs.find((item) => item?.[0] && item[1] && item[0] !== item[1]);
  if (!pair) return;
  const [to, from] = pair as readonly [string, string];
  const name = `days from ${from} to ${to}`;
  if (frame.derived.has(name)) return;
  const a = dayNumbers(frame, from)!;
  const b = dayNumbers(frame, to)!;
  const cells: Cell[] = a.map((start, row) => {
    const end = b[row];
    return start === null || end === null || end === undefined ? null : end - start;
  });
  frame.derived.set(name, cells);
  frame.steps.push(`${name} = ${to} − ${from} in days`);
}
