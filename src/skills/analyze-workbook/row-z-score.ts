/**
 * @module row-z-score
 * "What is the z-score of Ann's Height?", "which Country has the fewest Birds, and what is its
 * standard score?": the z-score of one row's figure, (x − mean) / standard deviation over the
 * rows the other conditions keep. The row is the one a named cell kept, or the one row where
 * the measure the question ranks by is highest or lowest. The text must say which standard
 * deviation (sample or population); otherwise it is refused, since the two differ in every digit.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, numbersOf, rowsWithout } from './analysis-frame.ts';
import { standardDeviation } from './distribution-stats.ts';
import { namedCellRow } from './named-cell-row.ts';
import { numberResult, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';
import { mean } from './stats.ts';

/** The slot or the question asks for a z-score (standard score), not for z-score outliers. */
function asksZScore(context: SlotContext): boolean {
  const words = slotWords(context.slot);
  return (
    (words.includes('zscore') ||
      (words.includes('z') && /z[- ]?scores?\b|standard score/i.test(context.text))) &&
    !/outlier|anomal/i.test(`${context.slot.name} ${context.question}`)
  );
}

/** Which standard deviation the text states, or undefined. */
function sampleDeviation(text: string): boolean | undefined {
  if (/ddof\s*=\s*1/i.test(text)) return true;
  if (/ddof\s*=\s*0/i.test(text)) return false;
  if (/\bsample standard deviation|\bn\s*-\s*1\b|\bunbiased\b/i.test(text)) return true;
  if (/population standard deviation|\(σ\)|np\.std|stats\.zscore|zscore\(/i.test(text)) return false;
  if (/\bpandas\b|\.std\(\)/i.test(text)) return true;
  return undefined;
}

/**
 * The one row a condition on a text column kept, when the text names its cell; else the one row
 * the question names by a whole cell ("Ben Ard's height"), against every row in play.
 */
function namedRow(context: SlotContext): { row: number; base: readonly number[]; label: string } | undefined {
  if (context.rows.length !== 1) {
    const named = namedCellRow(context.frame, context.question, context.rows);
    return named
      ? { row: named.row, base: context.rows, label: `${named.column} is ${JSON.stringify(named.cell)}` }
      : undefined;
  }
  const row = context.rows[0]!;
  const text = context.text.toLowerCase();
  for (const condition of context.frame.conditions) {
    if (isNumericColumn(context.frame, condition.column)) continue;
    const value = cellsOf(context.frame, condition.column)[row];
    if (typeof value !== 'string' || !text.includes(value.toLowerCase())) continue;
    const base = rowsWithout(context.frame, condition.column);
    if (base) return { row, base, label: `${condition.column} is ${JSON.stringify(value)}` };
  }
  return undefined;
}

const SUPERLATIVE =
  /\b(highest|largest|greatest|most|biggest|maximum|lowest|smallest|fewest|least|minimum)\s+(?:the\s+)?([^,;?.]{1,60})/i;

/** The row where the measure after "the fewest"/"the highest" is extreme, when the text asks for "its" z-score. */
function rankedRow(context: SlotContext): { row: number; measure: string; label: string } | undefined {
  if (!/\b(?:its|their|this|that)\b[^.?]{0,40}(?:z[- ]?scores?|standard score)/i.test(context.question))
    return undefined;
  const found = SUPERLATIVE.exec(context.question);
  if (!found) return undefined;
  const measure = findMentions(context.frame, found[2]!)
    .map((mention) => mention.column)
    .find((name) => isNumericColumn(context.frame, name));
  if (!measure) return undefined;
  const { rows, values } = numbersOf(context.frame, measure, [...context.rows]);
  if (values.length === 0) return undefined;
  const low = /^(?:lowest|smallest|fewest|least|minimum)$/i.test(found[1]!);
  const extreme = low ? Math.min(...values) : Math.max(...values);
  const at = rows.filter((_, index) => values[index] === extreme);
  return at.length === 1
    ? { row: at[0]!, measure, label: `${measure} is ${low ? 'lowest' : 'highest'}` }
    : undefined;
}

function rowZScore(context: SlotContext): SlotResult | undefined {
  if (!asksZScore(context)) return undefined;
  const named = namedRow(context);
  const ranked = named ? undefined : rankedRow(context);
  if (!named && !ranked) return undefined;
  const row = named?.row ?? ranked!.row;
  const base = named?.base ?? context.rows;
  const conditioned = new Set(context.frame.conditions.map((condition) => condition.column));
  const free = context.measures.filter((name) => !conditioned.has(name));
  // The measure the z-score is "for"/"of", else the ranked one, else the one measure in play.
  const after =
    /(?:z[- ]?scores?|standard score)\s+(?:\([^)]*\)\s+)?(?:for|of|in|on)\s+(?:the\s+)?([^,;?.]{1,60})/i.exec(
      context.question,
    )?.[1];
  const stated = after
    ? findMentions(context.frame, after)
        .map((mention) => mention.column)
        .find((name) => isNumericColumn(context.frame, name))
    : undefined;
  const measure = stated ?? ranked?.measure ?? (free.length === 1 ? free[0] : undefined);
  if (!measure) return undefined;
  const own = cellsOf(context.frame, measure)[row];
  if (typeof own !== 'number') return undefined;
  const sample = sampleDeviation(context.text);
  if (sample === undefined)
    fail(
      'unsupported',
      `@${context.slot.name} asks for a z-score, but the text does not say whether the standard deviation is the sample or the population one.`,
      {
        hint: 'Say "the sample standard deviation (ddof=1)" or "the population standard deviation (ddof=0)".',
      },
    );
  const { rows, values } = numbersOf(context.frame, measure, [...base]);
  const sd = standardDeviation(values, !sample);
  if (!(sd > 0)) return undefined;
  return numberResult(
    context,
    (own - mean(values)) / sd,
    `z-score (standard score) of ${measure} ${own} in the row where ${named?.label ?? ranked!.label}, against the mean and ${sample ? 'sample' : 'population'} standard deviation of ${values.length} values`,
    [measure],
    rows,
  );
}

/** The slot rule: one row's z-score. */
export const ROW_Z_SCORE_RULE: SlotRule = {
  name: 'z-score of one row',
  applies: (_words, context) => asksZScore(context) && rowZScore(context) !== undefined,
  compute: (context) => rowZScore(context)!,
};
