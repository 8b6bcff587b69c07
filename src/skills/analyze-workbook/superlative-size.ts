/**
 * @module superlative-size
 * "Which student improved the most, and by how many marks?": the size asked after a superlative is
 * the extreme value of the one measure the slot names (a column the question made, say), the
 * figure on the row the superlative picks. Only for "by how many" / "by how much", which never ask
 * for a count of rows.
 */
import { isNumericColumn } from './analysis-frame.ts';
import { type SlotContext, type SlotRule, statistic } from './slot-context.ts';

/** "by how many points", "by how much". */
export const BY_HOW_MANY = /\bby how (?:many|much)\b/i;

const HIGH = /\b(?:most|highest|largest|greatest|biggest|maximum)\b/i;
const LOW = /\b(?:least|lowest|smallest|fewest|minimum)\b/i;

/** The one numeric column the slot names, and whether the question asks its highest or lowest. */
function sizeAsked(context: SlotContext): { measure: string; low: boolean } | undefined {
  if (!BY_HOW_MANY.test(context.question)) return undefined;
  const high = HIGH.test(context.question);
  const low = LOW.test(context.question);
  if (high === low) return undefined;
  const own = context.ownColumns.filter((name) => isNumericColumn(context.frame, name));
  return own.length === 1 ? { measure: own[0]!, low } : undefined;
}

const highest = statistic('maximum', (values) => Math.max(...values));
const lowest = statistic('minimum', (values) => Math.min(...values));

export const SUPERLATIVE_SIZE_RULE: SlotRule = {
  name: 'size at the superlative',
  applies: (_words, context) => sizeAsked(context) !== undefined,
  compute: (context: SlotContext) => {
    const asked = sizeAsked(context)!;
    const measured = { ...context, measures: [asked.measure] };
    return asked.low ? lowest(measured) : highest(measured);
  },
};
