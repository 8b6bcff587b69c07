/**
 * @module slot-rules-compare
 * The slot rule for a difference or ratio of two statistics ("the gap between the mean
 * Spend of two regions").
 */
import { has, numberResult, type SlotRule } from './slot-context.ts';
import { pairStatistic } from './statistic-tests.ts';

/** The difference or ratio of two statistics. */
export const COMPARED_STATISTIC_RULES: readonly SlotRule[] = [
  {
    name: 'difference or ratio of two statistics',
    applies: (words, context) =>
      has(words, 'difference', 'diff', 'gap', 'ratio') &&
      // A verdict or a test's figure ("significant_difference", "t_statistic") is another rule's.
      context.slot.options.length === 0 &&
      !has(
        words,
        'significant',
        'significance',
        'p',
        'pvalue',
        'pval',
        'statistic',
        'stat',
        't',
        'f',
        'test',
      ) &&
      !context.ownColumns.some((name) => context.frame.derived.has(name)) &&
      // "the mean of the ratio column the text made" is no ratio of two means.
      !(
        has(words, 'mean', 'average', 'median') &&
        [...context.frame.derived.keys()].some((name) => / \/ /.test(name))
      ) &&
      pairStatistic(context) !== undefined,
    compute: (context) => {
      const pair = pairStatistic(context)!;
      return numberResult(context, pair.value, pair.note, pair.columns, pair.rows);
    },
  },
];
