/**
 * @module row-changes
 * "How many times did the Attendance rise from the previous game?": a count of the rows whose
 * value is above (or below) the one in the row before, in table order, as pandas counts
 * `diff() > 0`. Rows with no number in the column are left out first (a "tba" at the end), so a
 * row is compared with the nearest one above that has a number.
 */
import { cellsOf, numbersOf } from './analysis-frame.ts';
import {
  has,
  needMeasure,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
} from './slot-context.ts';

const RISE =
  'ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|grew|grow(?:s|n)?|went up|go(?:es)? up|climb(?:s|ed)?|improv(?:e|es|ed)';
const FALL =
  'fall(?:s|en|ing)?|fell|decreas(?:e|es|ed|ing)|drop(?:s|ped)?|declin(?:e|es|ed)|went down|go(?:es)? down|shr[ai]nk(?:s)?';

/** The direction a question asks rows to have moved in since the row before, or undefined. */
export function askedChange(question: string): 'rise' | 'fall' | undefined {
  const previous = String.raw`(?:from|over|on|since|compared (?:with|to)|relative to|than (?:in|at|on)?)\s+(?:the\s+|its\s+|their\s+)?(?:previous|preceding|prior|last)\b|(?:from|over|than)\s+the\s+(?:one|row|year|season|game|match)\s+before\b`;
  if (new RegExp(String.raw`\b(?:${RISE})\b[^.?;]{0,60}?(?:${previous})`, 'i').test(question)) return 'rise';
  if (new RegExp(String.raw`\b(?:${FALL})\b[^.?;]{0,60}?(?:${previous})`, 'i').test(question)) return 'fall';
  return undefined;
}

/**
 * The column whose moves are counted: a measure the slot or question names, or a named column
 * whose cells are numbers but for words with no figure ("tba"); a cell with a figure the engine
 * cannot read ("12–14") would be left out silently, so such a column is not taken.
 */
function changedColumn(context: SlotContext): string | undefined {
  if (context.measures[0]) return context.measures[0];
  return context.columns.find((name) => {
    const cells = cellsOf(context.frame, name).filter((cell) => cell !== null);
    const numbers = cells.filter((cell) => typeof cell === 'number').length;
    return numbers >= 2 && cells.every((cell) => typeof cell === 'number' || !/\d/.test(cell));
  });
}

function countChanges(context: SlotContext): SlotResult {
  const direction = askedChange(context.question)!;
  const name = changedColumn(context) ?? needMeasure(context);
  const { rows, values } = numbersOf(
    context.frame,
    name,
    [...context.rows].sort((a, b) => a - b),
  );
  let count = 0;
  for (let index = 1; index < values.length; index++) {
    const step = values[index]! - values[index - 1]!;
    if (direction === 'rise' ? step > 0 : step < 0) count++;
  }
  return {
    value: String(count),
    note: `times ${name} ${direction === 'rise' ? 'rose' : 'fell'} from the previous row: ${count} of ${Math.max(values.length - 1, 0)} steps in table order`,
    columns: [name],
    rows,
  };
}

/** The slot rule: a count asked of rows that rose or fell from the row before. */
export const ROW_CHANGE_RULE: SlotRule = {
  name: 'count of rises or falls from the previous row',
  applies: (words, context) =>
    askedChange(context.question) !== undefined &&
    (has(words, 'count', 'number', 'num', 'how', 'times') ||
      has(slotWords(context.slot), 'count', 'number', 'num', 'times') ||
      /\bhow many\b|\bnumber of\b/i.test(context.question)),
  compute: countChanges,
};
