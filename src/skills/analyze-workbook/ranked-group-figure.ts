/**
 * @module ranked-group-figure
 * "Which weekday has the highest average Volume, and what is that average?": a slot answered by
 * the plain statistic of the ranked measure over every row, beside the one slot that named the
 * best group, is that group's figure when the question points back to it ("that average", "its
 * total"). Without such a pointer the plain statistic stands.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';

/**
 * Words by which a later clause points back to the best group's figure: "that average", "its
 * total", or a bare "and how much?" or "and what is it?" closing the question that asked which group.
 */
export const POINTS_BACK =
  /\b(?:that|this|its|their|the same)\s+(?:average|mean|total|sum|median|value|figure|amount|number|level)\b|,\s*and\s+(?:how\s+much|what\s+(?:is|was)\s+it)\s*[?.]?\s*$/im;

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
  /** The question and the constraints, which may point back ("give the branch and that total"). */
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

/** The ranking's statistic a slot rule names. */
const RULE_FN: Readonly<Record<string, string>> = {
  mean: 'mean',
  total: 'sum',
  median: 'median',
  'standard deviation': 'std',
};

/**
 * "Which School's teams won the most in total, and what is that total?" with "@school_total_wins[n]":
 * a slot answered by the best group of a ranking, which names the ranked label column, names the
 * ranking's statistic and the measure, and sits beside another slot, asks for that group's figure.
 * Undefined when the slot does not name all three, or the ranking has no single best group.
 */
export function bestGroupFigure(
  context: SlotContext,
  result: SlotResult,
  ruleName: string,
  slotCount: number,
): SlotResult | undefined {
  const ranked = result.ranked;
  if (!ranked || slotCount < 2 || RULE_FN[ruleName] !== ranked.fn) return undefined;
  const label = result.columns.find((name) => name !== ranked.measure);
  if (label === undefined || !context.ownColumns.includes(label)) return undefined;
  if (!context.ownColumns.includes(ranked.measure)) return undefined;
  return numberResult(
    context,
    ranked.best,
    `${ranked.fn} of ${ranked.measure} in the best ${label} group (${result.value})`,
    result.columns,
    result.rows,
  );
}
