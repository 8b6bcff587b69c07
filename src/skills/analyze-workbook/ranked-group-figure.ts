/**
 * @module ranked-group-figure
 * "Which weekday has the highest average Volume, and what is that average?": a slot answered by
 * the plain statistic of the ranked measure over every row, beside the one slot that named the
 * best group, is that group's figure when the question points back to it ("that average", "its
 * total"). Without such a pointer the plain statistic stands.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';

/** Words by which a later clause points back to the best group's figure. */
const POINTS_BACK =
  /\b(?:that|this|its|their|the same)\s+(?:average|mean|total|sum|median|value|figure|amount|number|level)\b/i;

/** How a plain statistic of every row in play writes its note, by the ranking's statistic. */
const PLAIN_NOTE = {
  mean: 'mean',
  sum: 'sum',
  median: 'median',
  std: '(?:population )?standard deviation',
} as const;

/**
 * The results with a plain statistic of the ranked measure read as the best group's figure, when
 * exactly one result named a best group and the question points back to its figure.
 */
export function withRankedGroupFigures(
  question: string,
  results: ReadonlyMap<string, SlotResult>,
  contexts: ReadonlyMap<string, SlotContext>,
): Map<string, SlotResult> {
  const out = new Map(results);
  const ranking = [...results].filter(([, result]) => result.ranked !== undefined);
  if (ranking.length !== 1 || !POINTS_BACK.test(question)) return out;
  const [rankedName, rankedResult] = ranking[0]!;
  const { fn, measure, best } = rankedResult.ranked!;
  const plain = new RegExp(`^${PLAIN_NOTE[fn]} of ${escapeRegExp(measure)} over \\d+ values$`);
  for (const [name, result] of results) {
    const context = contexts.get(name);
    if (name === rankedName || !context || !plain.test(result.note)) continue;
    out.set(
      name,
      numberResult(
        context,
        best,
        `${fn} of ${measure} in the best group of @${rankedName} (${rankedResult.value}), which the question points back to`,
        rankedResult.columns,
        rankedResult.rows,
      ),
    );
  }
  return out;
}
