/**
 * @module slot-rules
 * The slot rules, most specific first: each reads a slot's words and computes one statistic
 * (summary statistics, counts, shares, percentiles, moments, tests, outliers, verdict words).
 * The rules live by family in the slot-rules-*.ts modules (and a few single-rule modules);
 * this one puts them in order.
 */
import { COLUMN_MOST_DISTINCT_RULE } from './column-most-distinct.ts';
import { COLUMN_SUPERLATIVE_RULE } from './column-superlative.ts';
import { CORRELATED_PAIR_RULE } from './correlated-pair.ts';
import { DATE_SPAN_RULE } from './date-span-slot.ts';
import { DUPLICATE_COUNT_RULE } from './duplicate-count.ts';
import { FILL_VALUE_RULE } from './fill-value-slot.ts';
import { FIRST_PAST_BOUND_RULE } from './first-past-bound.ts';
import { LOGISTIC_REGRESSION_RULE } from './fitted-classifier.ts';
import { GROUP_BOUND_COUNT_RULE, GROUP_FIGURE_END_RULE } from './group-figures.ts';
import { GROUP_PLACE_RULE } from './group-place.ts';
import { KEPT_ROW_FIGURE_RULE } from './kept-row-figure.ts';
import { KNOWN_COUNT_RULE } from './known-count.ts';
import { MOVED_BY_COUNT_RULE } from './moved-by-count.ts';
import { ONE_HOT_COLUMNS_RULE } from './one-hot-columns.ts';
import { PERIOD_CHANGE_RULE } from './period-change.ts';
import { PICKED_ROW_CHANGE_RULE } from './picked-row-change.ts';
import { PICKED_ROW_FIGURE_RULE } from './picked-row-figure.ts';
import { ROW_CHANGE_RULE } from './row-changes.ts';
import { ROW_LOOKUP_RULE } from './row-lookup.ts';
import { ROW_PLACE_RULE } from './row-place.ts';
import { ROW_RANK_RULE } from './row-rank.ts';
import { ROW_Z_SCORE_RULE } from './row-z-score.ts';
import type { SlotRule } from './slot-context.ts';
import { COMPARED_STATISTIC_RULES } from './slot-rules-compare.ts';
import { CORRELATION_RULES } from './slot-rules-correlation.ts';
import { COMPARED_COUNT_RULES, ROW_COUNT_RULES } from './slot-rules-counts.ts';
import { FREQUENT_VALUE_SHARE_RULE, VALUE_COUNT_RULES } from './slot-rules-frequency.ts';
import { MISSING_RULES } from './slot-rules-missing.ts';
import { OUTLIER_RULES } from './slot-rules-outliers.ts';
import { REGRESSION_RULES } from './slot-rules-regression.ts';
import { ROW_PICK_RULES } from './slot-rules-rows.ts';
import { SERIES_RULES } from './slot-rules-series.ts';
import { SHARE_RULES } from './slot-rules-shares.ts';
import { COEFFICIENT_OF_VARIATION_RULE, LOCATION_RULES, SPREAD_RULES } from './slot-rules-summary.ts';
import { TEST_FIGURE_RULES } from './slot-rules-tests.ts';
import { VERDICT_RULES } from './slot-rules-verdicts.ts';
import { STATED_SUM_RATIO_RULE } from './stated-sum-ratio.ts';
import { SUMMARY_EXTRA_RULES } from './summary-extras.ts';
import { SUPERLATIVE_SIZE_RULE } from './superlative-size.ts';
import { TOP_GROUPS_LIST_RULE } from './top-groups.ts';

/**
 * The slot rules, most specific first: the order is part of what they mean (an earlier rule takes
 * a slot a later one would also read), so families interleave where their rules do.
 */
export const SLOT_RULES: readonly SlotRule[] = [
  // A stated logistic regression takes every slot of its question, or refuses it.
  LOGISTIC_REGRESSION_RULE,
  // A slot the format calls the value used to fill missing cells.
  FILL_VALUE_RULE,
  // 'Divide the sum of "Returns" by the sum of "Orders"': one ratio of two sums.
  STATED_SUM_RATIO_RULE,
  // "How many towns have a mean guest count above 150?": groups past a bound, not rows.
  GROUP_BOUND_COUNT_RULE,
  // "the lowest of the town means": the smallest group figure, not the smallest row.
  GROUP_FIGURE_END_RULE,
  // "the number of weeks the rate sank by more than 4 percent": a bound on the made change, for the count alone.
  MOVED_BY_COUNT_RULE,
  ONE_HOT_COLUMNS_RULE,
  COLUMN_SUPERLATIVE_RULE,
  KNOWN_COUNT_RULE,
  // "How many duplicate rows are there?": rows an earlier row repeats.
  DUPLICATE_COUNT_RULE,
  // "How many days are there between the first and the last Date?": the span, not the rows.
  DATE_SPAN_RULE,
  // "Which column has the most unique values?": the column, by its distinct count.
  COLUMN_MOST_DISTINCT_RULE,
  ROW_CHANGE_RULE,
  PICKED_ROW_CHANGE_RULE,
  PERIOD_CHANGE_RULE,
  CORRELATED_PAIR_RULE,
  ROW_Z_SCORE_RULE,
  ROW_LOOKUP_RULE,
  KEPT_ROW_FIGURE_RULE,
  ROW_RANK_RULE,
  GROUP_PLACE_RULE,
  // "@top_brands[brand_list]": the three brands with the most rows, the most first.
  TOP_GROUPS_LIST_RULE,
  PICKED_ROW_FIGURE_RULE,
  ROW_PLACE_RULE,
  SUPERLATIVE_SIZE_RULE,
  FIRST_PAST_BOUND_RULE,
  ...ROW_PICK_RULES,
  ...MISSING_RULES,
  ...COMPARED_STATISTIC_RULES,
  ...VERDICT_RULES,
  ...TEST_FIGURE_RULES,
  ...REGRESSION_RULES,
  COEFFICIENT_OF_VARIATION_RULE,
  ...CORRELATION_RULES,
  ...OUTLIER_RULES,
  ...VALUE_COUNT_RULES,
  // "Which group holds the most rows, and what percentage of all rows belong to it?"
  FREQUENT_VALUE_SHARE_RULE,
  ...SHARE_RULES,
  ...SUMMARY_EXTRA_RULES,
  ...SPREAD_RULES,
  ...SERIES_RULES,
  ...COMPARED_COUNT_RULES,
  ...LOCATION_RULES,
  ...ROW_COUNT_RULES,
];
