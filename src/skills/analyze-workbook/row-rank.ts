/**
 * @module row-rank
 * "What rank does 'Ann' have by Points?": the rank of one row the text names by a quoted cell,
 * among the rows the other conditions keep, as pandas' `Series.rank` gives it. The text must say
 * the direction (the largest first, or ascending) and, where the named row's value is tied,
 * how ties share a rank (method 'min', 'max', 'dense', 'average'); otherwise it is refused.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, numbersOf, rowsWithout } from './analysis-frame.ts';
import { namedCellRow } from './named-cell-row.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';

type TieMethod = 'min' | 'max' | 'dense' | 'average';

/** Slot words that name a statistic about ranks (Spearman's rank correlation, a rank test), not a row's rank. */
const RANK_STATISTIC =
  /spearman|correlat|coefficient|\brho\b|wilcoxon|kruskal|mann|rank[- ]sum|signed[- ]rank/i;

/** The direction the text ranks in: the largest value first, or the smallest. */
function direction(text: string): 'desc' | 'asc' | undefined {
  if (
    /\b(?:largest|highest|biggest|greatest|most)\b[^.;]{0,20}\b(?:first|rank(?:ed)? 1|gets? rank 1)\b|ascending\s*=\s*false|\bdescending\b/i.test(
      text,
    )
  )
    return 'desc';
  if (
    /\b(?:smallest|lowest|least|fewest)\b[^.;]{0,20}\b(?:first|rank(?:ed)? 1|gets? rank 1)\b|ascending\s*=\s*true|\bascending\b/i.test(
      text,
    )
  )
    return 'asc';
  return undefined;
}

/** How tied values share a rank, as the text states it. */
function tieMethod(text: string): TieMethod | undefined {
  const stated = /method\s*=\s*["']?(min|max|dense|average)\b/i.exec(text)?.[1];
  if (stated) return stated.toLowerCase() as TieMethod;
  if (/\bties?\b[^.;]{0,40}\b(?:smallest|lowest|minimum) rank\b/i.test(text)) return 'min';
  if (/\bties?\b[^.;]{0,40}\b(?:largest|highest|maximum) rank\b/i.test(text)) return 'max';
  if (/\bties?\b[^.;]{0,40}\b(?:average|mean) (?:of the )?ranks?\b/i.test(text)) return 'average';
  if (/\bdense rank/i.test(text)) return 'dense';
  return undefined;
}

/**
 * The one row a quoted cell keeps: its column and row, when a condition kept exactly that row;
 * else the one row the question names by a whole cell ("What rank does Ben Ard have by Height?").
 */
function namedRow(context: SlotContext): { column: string; row: number; base?: number[] } | undefined {
  if (context.rows.length !== 1) {
    const named = namedCellRow(context.frame, context.question, context.rows);
    return named ? { column: named.column, row: named.row, base: [...context.rows] } : undefined;
  }
  const row = context.rows[0]!;
  const found = context.frame.conditions
    .map((condition) => condition.column)
    .filter((column, index, all) => all.indexOf(column) === index)
    .filter((column) => !isNumericColumn(context.frame, column))
    .filter((column) => {
      const value = cellsOf(context.frame, column)[row];
      return typeof value === 'string' && context.text.toLowerCase().includes(`'${value.toLowerCase()}'`);
    });
  if (found.length === 1) return { column: found[0]!, row };
  // "What rank does Ben Ard have": a condition kept the row the question names without quotes.
  const named = namedCellRow(context.frame, context.question, context.rows);
  return named ? { column: named.column, row } : undefined;
}

/** The measure the text ranks by: the column named right after "by", else the one measure no condition reads. */
function rankedBy(context: SlotContext, label: string): string | undefined {
  const { frame } = context;
  const measure = (name: string) => name !== label && isNumericColumn(frame, name);
  for (const match of context.text.matchAll(
    /\b(?:by|according to|in terms of)\s+(?:the\s+|their\s+|its\s+)?/gi,
  )) {
    const first = findMentions(
      frame,
      context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 60),
    )[0];
    if (first && first.position === 0 && first.strength >= 1 && measure(first.column)) return first.column;
  }
  const conditioned = new Set(frame.conditions.map((condition) => condition.column));
  const free = context.measures.filter((name) => measure(name) && !conditioned.has(name));
  return free.length === 1 ? free[0] : undefined;
}

function rankOf(values: readonly number[], value: number, method: TieMethod, desc: boolean): number {
  const before = values.filter((item) => (desc ? item > value : item < value));
  const tied = values.filter((item) => item === value).length;
  switch (method) {
    case 'min':
      return before.length + 1;
    case 'max':
      return before.length + tied;
    case 'average':
      return before.length + (tied + 1) / 2;
    case 'dense':
      return new Set(before).size + 1;
  }
}

function rank(context: SlotContext): SlotResult | undefined {
  const named = namedRow(context);
  if (!named) return undefined;
  const measure = rankedBy(context, named.column);
  const base = named.base ?? rowsWithout(context.frame, named.column);
  if (!measure || !base) return undefined;
  const own = cellsOf(context.frame, measure)[named.row];
  if (typeof own !== 'number') return undefined;
  const order = direction(context.text);
  if (!order)
    fail(
      'unsupported',
      `@${context.slot.name} asks for a rank by ${measure}, but the text does not say which end ranks first.`,
      {
        hint: 'Say "the largest first (rank 1)" or "ascending".',
      },
    );
  const { values } = numbersOf(context.frame, measure, base);
  const tied = values.filter((item) => item === own).length > 1;
  const method = tieMethod(context.text) ?? (tied ? undefined : 'min');
  if (!method)
    fail(
      'unsupported',
      `@${context.slot.name}: ${measure} ${own} is tied, and the text does not say how ties rank.`,
      {
        hint: "Say how ties share a rank (pandas rank method='min', 'max', 'dense' or 'average').",
      },
    );
  const value = rankOf(values, own, method, order === 'desc');
  return {
    value: String(value),
    note: `rank of the row where ${named.column} is ${JSON.stringify(cellsOf(context.frame, named.column)[named.row])} by ${measure} among ${values.length} rows (${order === 'desc' ? 'largest' : 'smallest'} first, ties ${method})`,
    columns: [named.column, measure],
    rows: base,
  };
}

/** The slot rule: one named row's rank by a measure. */
export const ROW_RANK_RULE: SlotRule = {
  name: 'rank of a named row',
  applies: (words, context) =>
    words.includes('rank') &&
    readSlotName(context.slot.name).includes('rank') &&
    !RANK_STATISTIC.test(context.slot.name) &&
    !RANK_STATISTIC.test(context.question) &&
    rank(context) !== undefined,
  compute: (context) => rank(context)!,
};
