/**
 * @module known-count
 * "In how many seasons is the Cup result known?", "how many places are unknown?": the rows whose
 * cell in one column holds a value (pandas `notna().sum()`), or holds none (`isna().sum()`), once
 * the text said which cells are missing ("a Cup of '?' or 'N/A' is missing"). The column is the
 * one the slot names, else the one the question names; with none, or several, no answer.
 */
import { cellsOf, namedColumns } from './analysis-frame.ts';
import { has, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';

/** The text said which cells are missing: a step read placeholders as missing, or it speaks of missing cells. */
function missingDefined(context: SlotContext): boolean {
  return (
    context.frame.steps.some((step) => /\bread as missing\b/.test(step)) ||
    /\b(?:is|are)\s+(?:missing|unknown)\b/i.test(context.text)
  );
}

function knownColumn(context: SlotContext): string | undefined {
  if (context.ownColumns.length === 1) return context.ownColumns[0];
  if (context.ownColumns.length > 1) return undefined;
  const named = namedColumns(context.frame, context.question);
  return named.length === 1 ? named[0] : undefined;
}

function asksKnown(context: SlotContext): 'known' | 'unknown' | undefined {
  const words = slotWords(context.slot);
  if (has(words, 'unknown', 'unrecorded')) return 'unknown';
  if (has(words, 'known', 'recorded')) return 'known';
  return undefined;
}

function knownCount(context: SlotContext): SlotResult {
  const kind = asksKnown(context)!;
  const column = knownColumn(context)!;
  const cells = cellsOf(context.frame, column);
  const rows = context.rows.filter((row) => (cells[row] === null) === (kind === 'unknown'));
  return {
    value: String(rows.length),
    note: `count of rows whose ${column} is ${kind === 'known' ? 'known (not missing)' : 'unknown (missing)'}`,
    columns: [column],
    rows,
  };
}

export const KNOWN_COUNT_RULE: SlotRule = {
  name: 'count of known or unknown cells',
  applies: (_words, context) =>
    asksKnown(context) !== undefined && missingDefined(context) && knownColumn(context) !== undefined,
  compute: knownCount,
};
