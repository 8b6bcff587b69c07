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

/** "the days between each visit and the previous one", "gaps between consecutive delivery dates". */
const CONSECUTIVE =
  /\b(?:days?|difference|differences|gaps?|time|interval)\b[^.;?]{0,40}?\bbetween\s+(?:each|every|one|a|consecutive|successive)\b[^.;?]{0,40}?\b(?:(?:the\s+)?(?:one|date|row)\s+before|(?:the\s+)?(?:previous|preceding|next|following)\b)|\b(?:consecutive|successive)\s+(?:[\w ]{0,30}?\s)?(?:dates?|days?)\b|\bdays?\s+since\s+the\s+(?:previous|preceding|last)\b|\bgaps?\s+(?:is|are)\s+(?:a|each|the)\s+date\s+minus\s+the\s+(?:date|one)\s+before\b|\b(?:days?|gaps?|time)\s+between\s+(?:consecutive|successive)\s+\w+/i;
/** "the days from the earliest to the latest shipment", "the span between the first and the last sale". */
const SPAN =
  /\b(?:days?|difference|time|span)\b[^.;?]{0,40}?\b(?:between|from)\s+the\s+(earliest|latest|first|last|oldest|newest|most recent)\s+(?:and|to)\s+the\s+(earliest|latest|first|last|oldest|newest|most recent)\b([^.;?\n]{0,60})/i;

/** The date column a sentence names, else the table's one column of full dates. */
function statedDateColumn(frame: Frame, sentence: string): string | undefined {
  const named = findMentions(frame, sentence)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)
    .filter((name) => dayNumbers(frame, name) !== undefined);
  if (named.length > 0) return [...new Set(named)].length === 1 ? named[0] : undefined;
  const dates = frame.table.columns.map((column) => column.name).filter((name) => dayNumbers(frame, name));
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * The days from each date to the one before it once the dates are sorted (pandas
 * `sort_values().diff().dt.days`): the earliest has none, nor have cells that are no full date.
 */
function addGaps(frame: Frame, name: string): void {
  const target = `gap in days since the previous ${name}`;
  if (frame.derived.has(target)) return;
  const days = dayNumbers(frame, name)!;
  const order = frame.rows
    .filter((row) => days[row] !== null && days[row] !== undefined)
    .sort((a, b) => days[a]! - days[b]! || a - b);
  const cells: Cell[] = days.map(() => null);
  for (const [index, row] of order.entries())
    if (index > 0) cells[row] = days[row]! - days[order[index - 1]!]!;
  frame.derived.set(target, cells);
  frame.steps.push(`${target} = each ${name} minus the one before it in date order, in days`);
}

/** Days since the earliest date, so that the span from the earliest to the latest is its range. */
function addDaysSinceEarliest(frame: Frame, name: string): void {
  const target = `days since the earliest ${name}`;
  if (frame.derived.has(target)) return;
  const days = dayNumbers(frame, name)!;
  const present = frame.rows.map((row) => days[row]).filter((day): day is number => typeof day === 'number');
  if (present.length === 0) return;
  const first = Math.min(...present);
  frame.derived.set(
    target,
    days.map((day) => (day === null || day === undefined ? null : day - first)),
  );
  frame.steps.push(`${target} = each ${name} minus the earliest, in days`);
}

/** Adds the days column the text asks for (later minus earlier as written), once. */
export function applyDateDifference(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  for (const line of text.split('\n')) {
    const consecutive = CONSECUTIVE.exec(line);
    const gapsOf = consecutive ? statedDateColumn(frame, line) : undefined;
    if (gapsOf) addGaps(frame, gapsOf);
    const span = SPAN.exec(line);
    const ends = span ? new Set([span[1]!.toLowerCase(), span[2]!.toLowerCase()]) : undefined;
    const spanOf = span && ends!.size === 2 ? statedDateColumn(frame, line) : undefined;
    if (spanOf) addDaysSinceEarliest(frame, spanOf);
  }
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
