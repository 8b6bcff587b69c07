/**
 * @module slot-named-range
 * "Sort the lap times into three ranges: under 52.50, from 52.50 to under 54.00, and 54.00 or
 * more" beside "@under_52_50", "@from_52_50_to_54_00" and "@from_54_00": a slot that names a
 * range by the numbers the text writes (the parts of "52_50" are 52.50) asks for the rows of one
 * numeric column in that range. A range open at the top ("from_54_00") starts at its bound; one
 * closed at both ends ("from_52_50_to_54_00") is read only when the text says which end it leaves
 * out ("to under 54.00", "and below 54.00") or that both are included.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Cell, cellsOf, type Frame, numericMentions } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';

type Range = { readonly low?: number; readonly high?: number; readonly highIncluded: boolean };

/** A number of the slot's name as the text writes it: "52_50" is 52.50 when the text says "52.50". */
function statedNumber(
  parts: readonly string[],
  text: string,
): { value: number; written: string } | undefined {
  if (parts.length === 0 || parts.length > 2 || !parts.every((part) => /^\d+$/.test(part))) return undefined;
  const written = parts.join('.');
  if (!new RegExp(`(?<![\\d.])${escapeRegExp(written)}(?![\\d]|\\.\\d)`).test(text)) return undefined;
  return { value: Number(written), written };
}

/** The numbers' parts after a word of the slot's name, up to the next word. */
function numberAfter(words: readonly string[], at: number): string[] {
  const parts: string[] = [];
  for (let index = at; index < words.length && /^\d+$/.test(words[index]!); index++)
    parts.push(words[index]!);
  return parts;
}

/** The range a slot's name states, with the numbers as the text writes them. */
function slotRange(name: string, text: string): { range: Range; said: string } | undefined {
  const words = name.toLowerCase().split(/_+/).filter(Boolean);
  const opening = words[0];
  if (opening === 'under' || opening === 'below') {
    const high = statedNumber(numberAfter(words, 1), text);
    if (!high || 1 + numberAfter(words, 1).length !== words.length) return undefined;
    // The text says the range too ("under 52.50", "below 52.50", "less than 52.50").
    if (
      !new RegExp(
        `\\b(?:under|below|less than|lower than)\\s+${escapeRegExp(high.written)}(?![\\d])`,
        'i',
      ).test(text)
    )
      return undefined;
    return { range: { high: high.value, highIncluded: false }, said: `${opening} ${high.written}` };
  }
  if (opening !== 'from') return undefined;
  const lowParts = numberAfter(words, 1);
  const low = statedNumber(lowParts, text);
  if (!low) return undefined;
  const rest = words.slice(1 + lowParts.length);
  if (rest.length === 0) {
    // The text says the range is open at the top ("54.00 or more", "at least 54.00"): "from 2010" alone may be one year.
    const bound = escapeRegExp(low.written);
    const openTop = new RegExp(
      `(?<![\\d.])${bound}(?![\\d])(?:\\s+[a-z]+)?\\s+(?:or|and)\\s+(?:more|above|over|higher|greater|up)\\b|\\b(?:at least|from)\\s+${bound}\\s+(?:or|and)\\s+(?:more|above|up)\\b`,
      'i',
    ).test(text);
    return openTop
      ? { range: { low: low.value, highIncluded: false }, said: `from ${low.written}` }
      : undefined;
  }
  if (rest[0] !== 'to') return undefined;
  const highParts = numberAfter(rest, 1);
  const high = statedNumber(highParts, text);
  if (!high || 1 + highParts.length !== rest.length) return undefined;
  // "from 52.50 to under 54.00", "at least 52.50 and below 54.00": the top left out.
  const number = escapeRegExp(high.written);
  const open = new RegExp(
    `\\b(?:to|and)\\s+(?:under|below|less than|lower than|not including)\\s+${number}(?![\\d])`,
    'i',
  ).test(text);
  const closed =
    new RegExp(
      `\\bto\\s+${number}(?![\\d])[^.;\\n]{0,30}\\b(?:both (?:ends )?included|inclusive)\\b`,
      'i',
    ).test(text) || new RegExp(`\\bat most\\s+${number}(?![\\d])`, 'i').test(text);
  if (open === closed) return undefined;
  return {
    range: { low: low.value, high: high.value, highIncluded: closed },
    said: `from ${low.written} to ${closed ? '' : 'under '}${high.written}`,
  };
}

const inRange = (range: Range) => (cell: Cell) =>
  typeof cell === 'number' &&
  (range.low === undefined || cell >= range.low) &&
  (range.high === undefined || (range.highIncluded ? cell <= range.high : cell < range.high));

/** The rows of the one numeric column the text names whose values the slot's range splits. */
export function slotNamedRange(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell } | undefined {
  const read = slotRange(slot.name, text);
  if (!read) return undefined;
  const { range } = read;
  const bounds = [range.low, range.high].filter((bound) => bound !== undefined);
  const columns = numericMentions(frame, text).filter((name) => {
    const values = rows.map((row) => cellsOf(frame, name)[row]).filter((cell) => typeof cell === 'number');
    return (
      values.length > 0 &&
      bounds.every((bound) => bound > Math.min(...values) && bound <= Math.max(...values))
    );
  });
  if (columns.length !== 1) return undefined;
  const column = columns[0]!;
  const cells = cellsOf(frame, column);
  const test = inRange(range);
  return {
    rows: rows.filter((row) => test(cells[row]!)),
    note: `, where ${column} is ${read.said}`,
    column,
    value: read.said,
  };
}
