/**
 * @module fill-values
 * The value a step filled a column's missing cells with, kept by column, the columns whose
 * missing cells a step dropped rows on, and the order the text states for filling and dropping.
 */
import type { Cell, Frame } from './analysis-frame.ts';

/** One fill step: the statistic named ("median") and the value it put in the missing cells. */
export type FillStep = { readonly how: string; readonly value: Cell };

const fills = new WeakMap<Frame, Map<string, FillStep>>();
/** The rows in play before a step dropped the rows missing a column, by column. */
const rowsBeforeDrops = new WeakMap<Frame, Map<string, readonly number[]>>();

export function recordFill(frame: Frame, name: string, step: FillStep): void {
  const known = fills.get(frame) ?? new Map<string, FillStep>();
  known.set(name, step);
  fills.set(frame, known);
}

/** The fill step of a column, when one filled it with a single value. */
export function fillOf(frame: Frame, name: string): FillStep | undefined {
  return fills.get(frame)?.get(name);
}

/** Columns a step filled with a single value. */
export function filledColumns(frame: Frame): string[] {
  return [...(fills.get(frame)?.keys() ?? [])];
}

/** Records that a step dropped the rows missing `names`, `before` being the rows in play then. */
export function recordMissingDrop(frame: Frame, names: readonly string[], before: readonly number[]): void {
  const known = rowsBeforeDrops.get(frame) ?? new Map<string, readonly number[]>();
  for (const name of names) if (!known.has(name)) known.set(name, before);
  rowsBeforeDrops.set(frame, known);
}

/** The rows in play before the first step that dropped the rows missing `name`. */
export function rowsBeforeDrop(frame: Frame, name: string): readonly number[] | undefined {
  return rowsBeforeDrops.get(frame)?.get(name);
}

/** Columns whose missing cells a step dropped rows on, other than `name`. */
export function dropsOnOtherColumns(frame: Frame, name: string): string[] {
  return [...(rowsBeforeDrops.get(frame)?.keys() ?? [])].filter((other) => other !== name);
}

const DROP_WORD = String.raw`(?:drop|remov|delet|discard|exclud|eliminat)\w*`;
const FILL_WORD = String.raw`(?:fill|imput|replac|substitut)\w*`;
const DROP_GERUND = String.raw`(?:dropping|removing|deleting|discarding|excluding|eliminating)`;
const FILL_GERUND = String.raw`(?:filling|imputing|replacing|substituting)`;
const LATER = String.raw`\b(?:then|next|afterwards?|after that|subsequently|second(?:ly)?)\b`;

/** Readers of a stated order where `first` names the step done first and `second` the other. */
function orderReaders(first: string, firstGerund: string, second: string, secondGerund: string): RegExp[] {
  return [
    // "First, delete the rows … . Then fill …", "first drop …, then impute …".
    new RegExp(
      String.raw`\bfirst\b,?\s+(?:[\w']+\s+){0,3}?${first}\b[^]*?${LATER},?\s+(?:[\w']+\s+){0,3}?${second}`,
      'i',
    ),
    // "After removing the rows …, fill …", "Fill … after dropping …".
    new RegExp(String.raw`\bafter\s+${firstGerund}\b[^.;?!]*\b${second}`, 'i'),
    new RegExp(String.raw`\b${second}[^.;?!]*\bafter\s+${firstGerund}\b`, 'i'),
    // "Before filling …, drop …", "Drop … before imputing …".
    new RegExp(String.raw`\bbefore\s+${secondGerund}\b[^.;?!]*\b${first}`, 'i'),
    new RegExp(String.raw`\b${first}[^.;?!]*\bbefore\s+${secondGerund}\b`, 'i'),
  ];
}

const DROP_FIRST = orderReaders(DROP_WORD, DROP_GERUND, FILL_WORD, FILL_GERUND);
const FILL_FIRST = orderReaders(FILL_WORD, FILL_GERUND, DROP_WORD, DROP_GERUND);

/**
 * Which of dropping rows and filling missing cells the text says comes first; undefined when it
 * says neither, or both.
 */
export function statedFillOrder(text: string): 'drop first' | 'fill first' | undefined {
  const dropFirst = DROP_FIRST.some((reader) => reader.test(text));
  const fillFirst = FILL_FIRST.some((reader) => reader.test(text));
  if (dropFirst === fillFirst) return undefined;
  return dropFirst ? 'drop first' : 'fill first';
}
