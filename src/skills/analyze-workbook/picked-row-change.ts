/**
 * @module picked-row-change
 * "Find the date of the highest Index close, then the percentage change in the Share from its close
 * on the previous day to its close on that date.":
 * the percentage change of the measure the slot names, from the row just before (in table order)
 * to the row where the ranked measure is highest (or lowest). Refused when that row is the first,
 * when the measure is missing on either row, or when several rows tie at the extreme.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, isNumericColumn, numbersOf, numericMentions } from './analysis-frame.ts';
import { numberResult, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';

const SUPERLATIVE =
  /\b(highest|largest|greatest|biggest|maximum|lowest|smallest|minimum)\s+(?:the\s+)?([^,;?]{1,80}?)(?=[,;?]|\.\s|\.$|$)/i;

const FROM_PREVIOUS = /\bprevious\s+(?:day|row|date|month|year|week|trading day|record|entry)\b/i;

type Picked = { readonly ranked: string; readonly measure: string; readonly low: boolean };

function picked(context: SlotContext): Picked | undefined {
  const words = slotWords(context.slot);
  if (!words.includes('change') || !words.some((word) => /^(?:percentage|percent|pct)$/.test(word)))
    return undefined;
  if (!FROM_PREVIOUS.test(context.text)) return undefined;
  const found = SUPERLATIVE.exec(context.question);
  if (!found) return undefined;
  const ranked = numericMentions(context.frame, found[2]!)[0];
  if (!ranked) return undefined;
  // The slot's own column, else the one other measure the question names ("the Share (SHR)").
  const own = context.ownColumns.filter((name) => isNumericColumn(context.frame, name) && name !== ranked);
  const others = context.measures.filter((name) => name !== ranked);
  const measure = own.length === 1 ? own[0] : own.length === 0 && others.length === 1 ? others[0] : undefined;
  if (!measure) return undefined;
  return { ranked, measure, low: /^(?:lowest|smallest|minimum)$/i.test(found[1]!) };
}

function compute(context: SlotContext): SlotResult {
  const { ranked, measure, low } = picked(context)!;
  const order = [...context.rows].sort((a, b) => a - b);
  const { rows, values } = numbersOf(context.frame, ranked, order);
  const extreme = low ? Math.min(...values) : Math.max(...values);
  const at = rows.filter((_, index) => values[index] === extreme);
  if (at.length !== 1)
    fail('unsupported', `${at.length} rows share the ${low ? 'lowest' : 'highest'} ${ranked}.`, {
      hint: 'Say how to break the tie.',
    });
  const row = at[0]!;
  const place = order.indexOf(row);
  const cells = cellsOf(context.frame, measure);
  const before = place > 0 ? cells[order[place - 1]!] : undefined;
  const now = cells[row];
  if (typeof before !== 'number' || typeof now !== 'number' || before === 0)
    fail('unsupported', `${measure} has no figure on the row before the one where ${ranked} peaks.`, {
      hint: 'Say what to answer when the previous row has no value.',
    });
  return numberResult(
    context,
    (now / before - 1) * 100,
    `percentage change of ${measure} from the previous row to the row where ${ranked} is ${low ? 'lowest' : 'highest'} (${before} to ${now})`,
    [measure, ranked],
    [order[place - 1]!, row],
  );
}

export const PICKED_ROW_CHANGE_RULE: SlotRule = {
  name: 'percentage change into the picked row',
  applies: (_words, context) => picked(context) !== undefined,
  compute,
};
