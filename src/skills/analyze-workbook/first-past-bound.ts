/**
 * @module first-past-bound
 * "In which month does the running total of Takings first exceed 20000, and what is the running
 * total then?": the first row, in table order, whose value of the measure named before "first" is
 * above (or below) the stated number. A slot naming a label column (or the months the rows are)
 * gets that row's label; a slot naming the measure gets its value there.
 */
import { cellsOf, findMentions, isNumericColumn, numbersOf } from './analysis-frame.ts';
import { monthRowColumn } from './month-rows.ts';
import { numberResult, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';

const FIRST_PAST =
  /\b(?:the\s+)?([^,;?]{2,60}?)\s+first\s+(exceeds?|exceeded|passe[sd]|pass|tops?|topped|goes above|went above|rises above|rose above|falls below|fell below|drops below|dropped below|goes below|went below)\s+(-?\d[\d,]*(?:\.\d+)?)/i;

type Bound = {
  readonly measure: string;
  readonly below: boolean;
  readonly value: number;
  readonly row: number;
};

/** The first row past the stated bound, and the measure it reads; undefined when the text states none. */
function firstPast(context: SlotContext): Bound | undefined {
  const stated = FIRST_PAST.exec(context.question);
  if (!stated) return undefined;
  const measure = findMentions(context.frame, stated[1]!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)
    .find((name) => isNumericColumn(context.frame, name));
  if (!measure) return undefined;
  const below = /below/i.test(stated[2]!);
  const value = Number(stated[3]!.replace(/,/g, ''));
  const { rows, values } = numbersOf(
    context.frame,
    measure,
    [...context.rows].sort((a, b) => a - b),
  );
  const at = values.findIndex((item) => (below ? item < value : item > value));
  return at < 0 ? undefined : { measure, below, value, row: rows[at]! };
}

/** The label column a slot asks for: its own text column, or the months the rows are. */
function labelColumn(context: SlotContext): string | undefined {
  return (
    context.ownColumns.find((name) => !isNumericColumn(context.frame, name)) ??
    (slotWords(context.slot).includes('month') ? monthRowColumn(context.frame) : undefined)
  );
}

function compute(context: SlotContext): SlotResult {
  const bound = firstPast(context)!;
  const where = `the first row where ${bound.measure} is ${bound.below ? 'below' : 'above'} ${bound.value}`;
  const label = labelColumn(context);
  if (label) {
    const cell = cellsOf(context.frame, label)[bound.row];
    return {
      value: String(cell),
      note: `${label} of ${where}`,
      columns: [label, bound.measure],
      rows: [bound.row],
    };
  }
  const cell = cellsOf(context.frame, bound.measure)[bound.row] as number;
  return numberResult(context, cell, `${bound.measure} at ${where}`, [bound.measure], [bound.row]);
}

export const FIRST_PAST_BOUND_RULE: SlotRule = {
  name: 'first row past a bound',
  applies: (_words, context) =>
    firstPast(context) !== undefined &&
    (labelColumn(context) !== undefined || context.ownColumns.includes(firstPast(context)!.measure)),
  compute,
};
