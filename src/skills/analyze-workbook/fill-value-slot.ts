/**
 * @module fill-value-slot
 * A slot the format describes as the value used to fill missing cells ("the median x used for
 * imputation", "the fill value"): the statistic the fill step put in, not the column's statistic
 * after the steps. Refused when rows were also dropped on another column's missing cells and the
 * text does not say which came first (the fill value depends on it).
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { writeNumber } from './answer-format.ts';
import { dropsOnOtherColumns, filledColumns, fillOf, statedFillOrder } from './fill-values.ts';
import type { SlotContext, SlotRule } from './slot-context.ts';

/** "used for imputation", "used to fill", "the fill value", "the imputed value", "imputation value". */
const FILL_VALUE =
  /\bused\s+(?:for|in|to)\s+(?:the\s+)?(?:imput\w*|fill\w*|replac\w*)|\b(?:fill(?:ing)?|imputation|imputed|replacement)\s+values?\b|\bvalue\s+(?:used\s+)?to\s+(?:fill|impute|replace)\b/i;

/** The clause that starts at `from`: to the next slot, sentence end or "and "x" is". */
function clauseAfter(text: string, from: number): string {
  const after = text.slice(from);
  const end = after.search(/[;@]|\.(?:\s|$)|,?\s+and\s+(?:["'`]|[\w'`"]+\s+(?:is|are)\b)/);
  return after.slice(0, end < 0 ? 200 : Math.min(end, 200));
}

/**
 * The words the format says of one slot: after each mention of its placeholder or name that is
 * not the slot itself ("@median_x[m] … where "m" is the median x used for imputation"), to the
 * end of the clause.
 */
export function slotDescriptions(text: string, context: SlotContext): string[] {
  const { name, placeholder } = context.slot;
  const keys = [placeholder, name].filter((key) => key.length > 0);
  const found: string[] = [];
  // "@median_x[m]: the median x used for imputation": the words right after the slot itself.
  const own = new RegExp(String.raw`@${escapeRegExp(name)}\[[^\]]*\]\s*[:=-]`, 'gi');
  for (const match of text.matchAll(own)) found.push(clauseAfter(text, match.index + match[0].length));
  for (const key of new Set(keys)) {
    // A placeholder of one or two letters ("m") is read only in quotes.
    const quote = key.length < 3 ? `["'\`]` : `["'\`]?`;
    const mention = new RegExp(String.raw`(?<![@\w[])${quote}${escapeRegExp(key)}${quote}(?![\w\]])`, 'gi');
    for (const match of text.matchAll(mention)) {
      found.push(clauseAfter(text, match.index + match[0].length));
    }
  }
  return found;
}

/** The filled column the slot is about: one it names, else the only one filled. */
function filledColumn(context: SlotContext): string | undefined {
  const filled = filledColumns(context.frame);
  const named = context.columns.filter((name) => filled.includes(name));
  if (named.length > 0) return named[0];
  return filled.length === 1 ? filled[0] : undefined;
}

export const FILL_VALUE_RULE: SlotRule = {
  name: 'the value used to fill missing cells',
  applies: (_words, context) =>
    filledColumns(context.frame).length > 0 &&
    slotDescriptions(context.text, context).some((words) => FILL_VALUE.test(words)),
  compute: (context: SlotContext) => {
    const name = filledColumn(context);
    const step = name === undefined ? undefined : fillOf(context.frame, name);
    if (name === undefined || step === undefined)
      fail('unsupported', `The question does not say which column's fill value @${context.slot.name} is.`, {
        hint: 'Name the column whose missing values were filled.',
      });
    const others = dropsOnOtherColumns(context.frame, name);
    if (others.length > 0 && statedFillOrder(context.text) === undefined)
      fail(
        'unsupported',
        `The ${step.how} that fills ${name} differs before and after the rows with a missing ${others.join(' or ')} are dropped, and the question does not say which comes first.`,
        { hint: 'Say the order, e.g. "First drop the rows …, then fill …".' },
      );
    const value =
      typeof step.value === 'number'
        ? writeNumber(step.value, context.slot.decimals ?? 2)
        : String(step.value);
    return {
      value,
      note: `the ${step.how} of ${name} used to fill its missing values`,
      columns: [name],
      rows: context.rows,
    };
  },
};
