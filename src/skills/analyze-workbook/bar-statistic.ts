/**
 * @module bar-statistic
 * "What is the mean height of the mountains, and how many are taller than this mean?": a
 * condition compares each row with a statistic of a column (the bar), and a slot asking for
 * that same statistic of that column asks for the bar itself, taken over the rows before the
 * condition, not over the rows the condition kept. Only when the question asks for the statistic
 * in a clause of its own: "the mean fare of those who paid more than the mean fare" asks for the
 * mean over the rows kept.
 */
import { rowsWithout } from './analysis-frame.ts';
import type { SlotContext } from './slot-context.ts';

/** A comparison with a statistic: "taller than this mean", "above the average". */
const COMPARED_TO_STATISTIC =
  /\b(?:more|greater|higher|larger|less|lower|smaller|above|below|over|under|exceed\w*|taller|shorter|bigger|heavier|lighter|longer|older|younger)\s+(?:than\s+)?(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:overall\s+)?(average|mean|median)\b/i;

/** The clauses of a question: sentences, and the parts "and how many", ", what" start. */
function clauses(question: string): string[] {
  return question
    .split(
      /[?;.]\s|[?;]$|,\s*(?:and\s+)?(?=(?:how|what|which|who|where|when|is|are|does|do)\b)|\band\s+(?=(?:how|what|which)\b)/i,
    )
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/** The word a statistic rule answers with, as a bar names it. */
function barStatistic(ruleName: string): 'mean' | 'median' | undefined {
  return ruleName === 'mean' ? 'mean' : ruleName === 'median' ? 'median' : undefined;
}

/**
 * The slot's context over the rows before a condition whose bar is the statistic the slot asks
 * for, or the context as it is.
 */
export function withBarRows(context: SlotContext, ruleName: string): SlotContext {
  const statistic = barStatistic(ruleName);
  const measure = context.measures[0];
  if (!statistic || !measure || context.group) return context;
  const condition = context.frame.conditions.find(
    (item) => item.bar?.statistic === statistic && item.bar.column === measure && item.column === measure,
  );
  if (!condition) return context;
  const parts = clauses(context.question);
  const word = statistic === 'mean' ? /\b(?:mean|average)\b/i : /\bmedian\b/i;
  const compared = parts.filter((part) => COMPARED_TO_STATISTIC.test(part));
  const asked = parts.filter((part) => !COMPARED_TO_STATISTIC.test(part) && word.test(part));
  if (compared.length === 0 || asked.length === 0) return context;
  const rows = rowsWithout(context.frame, measure);
  return rows ? { ...context, rows } : context;
}
