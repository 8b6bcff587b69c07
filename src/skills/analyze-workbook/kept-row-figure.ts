/**
 * @module kept-row-figure
 * "How big was the crowd in the ninth round?" with "@ninth_round_crowd": the figure of
 * the one row the question's conditions kept, in the measure column the slot names. The slot
 * names no statistic, and the steps kept exactly one row; a missing figure there is no answer.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { cellsOf, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';
import { readSlotName, statisticWord } from './slot-words.ts';

/**
 * Whether a column is a measure (numeric; no identifier, category code or date) that the slot's
 * words name in full ("crowd" of "@ninth_round_crowd") and that no step has used yet.
 */
export function unusedMeasureNamed(context: SlotContext, name: string, words: readonly string[]): boolean {
  const type = context.frame.table.columns.find((column) => column.name === name)?.type;
  return (
    isNumericColumn(context.frame, name) &&
    type !== 'identifier' &&
    type !== 'category' &&
    type !== 'date' &&
    wordsOf(name).every((word) => words.includes(word)) &&
    !context.frame.steps.some((step) => step.includes(name))
  );
}

/** The one measure column the slot's own words name in full, no step having used it. */
function namedMeasure(context: SlotContext): string | undefined {
  const words = readSlotName(context.slot.name);
  const named = context.ownColumns.filter((name) => unusedMeasureNamed(context, name, words));
  return named.length === 1 ? named[0] : undefined;
}

/** "How many years had …" beside "@busy_years": the slot names the noun the question counts. */
export function slotNamesCountedNoun(context: SlotContext): boolean {
  const words = readSlotName(context.slot.name);
  return [...context.question.matchAll(/\bhow many\s+([a-z]{3,})/gi)].some((match) =>
    words.some((word) => porterStem(word) === porterStem(match[1]!.toLowerCase())),
  );
}

function keptRowFigure(context: SlotContext): SlotResult | undefined {
  const words = readSlotName(context.slot.name);
  if (words.some((word) => statisticWord(word) !== undefined)) return undefined;
  if (slotNamesCountedNoun(context)) return undefined;
  if (context.rows.length !== 1 || context.frame.rows.length !== 1) return undefined;
  if (!context.frame.steps.some((step) => step.startsWith('rows where '))) return undefined;
  const measure = namedMeasure(context);
  if (!measure) return undefined;
  const row = context.rows[0]!;
  const cell = cellsOf(context.frame, measure)[row];
  if (typeof cell !== 'number') return undefined;
  return {
    value: context.slot.decimals === undefined ? String(cell) : writeNumber(cell, context.slot.decimals),
    note: `${measure} of the one row kept`,
    columns: [measure],
    rows: [row],
  };
}

/** The slot rule: the figure of the one row the conditions kept. */
export const KEPT_ROW_FIGURE_RULE: SlotRule = {
  name: 'figure of the one kept row',
  applies: (_words, context) => keptRowFigure(context) !== undefined,
  compute: (context) => keptRowFigure(context)!,
};
