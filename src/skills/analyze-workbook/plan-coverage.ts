/**
 * @module plan-coverage
 * Checks that an analysis plan carried out what the question asked before its answer is
 * given: every word of a slot's name is accounted for (a column, a value the plan used, a
 * word the statistic rules read, or a word that needs no plan element), and every condition
 * the question states with a quoted value, a year or a compared number shows up in the plan.
 * What is left over is named, so the caller answers `unsupported` instead of an unfiltered
 * aggregate or a different statistic.
 */

import { fail } from '../../lib/errors.ts';
import { MONTH_NAMES } from '../../lib/text/calendar-names.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { irregularBase } from '../../lib/text/irregular-verbs.ts';
import { SMALL_NUMBER_WORDS } from '../../lib/text/number-words.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  cellsOf,
  columnNames,
  type Frame,
  isFlagColumn,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { codedValueWords } from './coded-value-words.ts';
import { COLUMN_SYNONYMS } from './column-synonyms.ts';
import type { DataTable } from './data-table.ts';
import { type DateCondition, dateConditions, monthNumber, unreadDateBounds } from './date-conditions.ts';
import { definedBinWords } from './described-bins.ts';
import { isPlaceholderName } from './detect-tables.ts';
import { durationReader, durationsAsSeconds } from './duration-numbers.ts';
import { keptOrdinalPhrase, ordinalPlanWords } from './ordinal-periods.ts';
import { paceWordsRead } from './pace-bounds.ts';
import {
  allRowNouns,
  appositionNouns,
  columnNouns,
  countedNouns,
  distinctNouns,
  keptRowNouns,
} from './prose-slot-words.ts';
import { describePlan, type Filter, type QueryPlan } from './query-plan.ts';
import { rankedNouns, summedNouns } from './ranked-nouns.ts';
import { shareNouns } from './share-of-total.ts';
import { abbreviatedColumnWords } from './slot-abbreviations.ts';
import { RANKING_ADJECTIVES, readSlotName, statisticWord } from './slot-words.ts';
import { statedGroupNouns } from './stated-group.ts';
import { amountsAsNumbers, boundsInWordsAsNumbers } from './unit-numbers.ts';
import { aliasesOf } from './value-aliases.ts';
import { roleWords } from './value-columns.ts';
import { boundsAsAtLeastAtMost } from './worded-bounds.ts';

/** Words the slot rules read as a statistic, a test or a verdict (see SLOT_RULES). */
const STATISTIC_WORDS = `
  mean average avg median std sd stdev stddev standard deviation dev variance var sum total count
  number num how many min minimum max maximum highest lowest largest smallest most least top range
  iqr interquartile percentile quartile q1 q3 skew skewness skewed kurtosis kurt correlation corr
  correlated coefficient coeff r rho tau pearson spearman kendall p pval pvalue significance significant
  normal normality shapiro wilk chi square squared statistic stat f t anova welch test outlier
  outliers z zscore score missing null nan na distinct unique mode frequent common rate
  percentage percent pct proportion share slope intercept r2 regression linear relationship
  relation cv variation within deviations encoded encoding label scaling scaled scale normalized
  distribution symmetric best worst peak w wilcoxon signed rank paired`;

/** Words that need no plan element: they name the answer's form, not a step. */
const FORM_WORDS = `
  a an the of in for and or to by with per all each every its their value values result results
  answer output name names id ids identifier identifiers list data dataset column columns feature
  variable variables is are was be after before between type verdict level overall calculated
  new same from on at as whether if yes no do does there any 1 2 3 4 5 6 7 8 9 0 first second
  third one two three price amount quantity level figure`;

const known = new Set(wordsOf(`${STATISTIC_WORDS} ${FORM_WORDS}`));

const LAST_ROW_SIGN = /\bat the last row\b/;
const LAST_ROW_WORDS = 'final last latest end';
/**
 * Words that pick the last row ("the final value"); counted in the plural ("how many finals") they
 * name the rows themselves, which a count of rows answers.
 */
const ROW_PICK_WORDS = new Set(wordsOf(LAST_ROW_WORDS));

/** Words a plan element accounts for though the plan writes it otherwise. */
const PLAN_SIGNS: readonly { sign: RegExp; words: string }[] = [
  {
    sign: /−/,
    words:
      'duration difference diff gap span length elapsed change increase decrease growth rise drop decline',
  },
  // "@mean_a_minus_b", "@fare_per_member", "@a_plus_b" for a column a formula made with that operator.
  { sign: / − /, words: 'minus' },
  { sign: / \+ /, words: 'plus' },
  { sign: / \/ /, words: 'per over ratio divided' },
  { sign: / × /, words: 'times product' },
  // "@avg_rescaled", "@mean_standardised" once a step scaled a column (min-max or to z-scores).
  {
    sign: /\) \/ \(| \/ (?:sample |population )?standard deviation/,
    words:
      'rescaled rescale normalised normalized normalize standardised standardized standardize squeezed scaled',
  },
  // "@gradient", "@constant_term", "@goodness_of_fit", "@per_year_change[coef]" for a fitted line.
  {
    sign: /\bleast squares\b/,
    words: 'gradient constant term goodness fit explained variance quality beta alpha trend change per',
  },
  { sign: /percentage change/, words: 'return returns growth change' },
  // "@max_weekly_change" answered over the change a step made from one row to the next.
  { sign: /\bof [^;]*percentage change over \d+ values/, words: 'daily weekly monthly' },
  // "@big_fall_weeks", "@rise_weeks" for a count of the rows whose made change moved past a bound.
  {
    sign: /\bcount of rows where [^;]*percentage change (?:less than|at most) -/,
    words: 'drop drops fall falls falling decline declines loss losses big',
  },
  {
    sign: /\bcount of rows where [^;]*percentage change (?:more than|at least) \d/,
    words: 'jump jumps rise rises gain gains spike spikes surge surges big',
  },
  // "@biggest_daily_gain", "@gain_date" for the highest of the percentage changes a step made (a
  // mean or a lowest of them is no gain).
  {
    sign: /percentage change[\s\S]*(?:\bmaximum of\b|\bis highest\b)|(?:\bmaximum of\b|\bis highest\b)[\s\S]*percentage change/,
    words: 'gain gains',
  },
  // "@cagr", "@monthly_growth_rate" for a compound growth rate between two named rows.
  {
    sign: /\bcompound growth rate\b/,
    words: 'cagr compound compounded annual monthly yearly growth rate change',
  },
  {
    sign: /\b(?:change|decrease) of [^;]+ from /,
    words: 'change growth increase decrease rise drop decline difference',
  },
  // "@mean_log_fare" once Fare was log transformed.
  { sign: /= (?:ln|log10|log2)\(/, words: 'log logs logged logarithm logarithmic transform transformed' },
  { sign: /= sqrt\(/, words: 'sqrt root transform transformed' },
  // "@mean_kind_code" once Kind was label encoded: its codes are the column's numbers now.
  { sign: / encoded: /, words: 'code codes coded encoded encoding label labels' },
  // "@mean_term_days" for the days from Took office to Left office: a span of dates goes by these.
  {
    sign: /\b(?:days|weeks|months|years|hours|minutes|seconds) from [^;]+ to /,
    words: 'term tenure stay period interval',
  },
  // "@long_stays" for the rows kept by a bound on a "Stay (Days)" or "Duration" column: a span of time too.
  { sign: /\bduration\b|\((?:days|weeks|months|years)\)/i, words: 'term tenure stay period interval' },
  { sign: /\|z\||standard deviation/, words: 'sigma' },
  // "@distribution_shape" for the skewness a verdict read.
  { sign: /\bskewness of\b/, words: 'shape form' },
  // "@mean_without_outliers", "@clean_mean" after a step pruned the outliers.
  {
    sign: /\boutliers removed\b/,
    words:
      'without no excluding exclude excluded removed remove removing after clean cleaned remaining filtered outlier',
  },
  // "@count_beyond_2sd", "@n_extreme" for the values a z-score bound kept.
  { sign: /\|z\| > /, words: 'beyond outside extreme away sd std' },
  // "@wait_spread" for the standard deviation the question asked: a plain word for any dispersion.
  {
    sign: /\bstandard deviation\b|\bvariance\b|\binterquartile range\b/,
    words: 'spread dispersion variability',
  },
  { sign: /\babsolute\b/, words: 'abs absolute' },
  {
    sign: /\bt-test\b|\bANOVA\b|\bchi-square test\b/,
    words: 'difference differences differ association associated',
  },
  // "@dependent[yes/no]" beside a chi-square test of independence: the verdict the test gives.
  { sign: /\bchi-square test\b/, words: 'dependent dependence related' },
  { sign: /\bt-test\b/, words: 'ttest' },
  { sign: /\bMann-Whitney U test\b/, words: 'mwu mannwhitney mannwhitneyu wilcoxon difference differ u' },
  { sign: /\bKruskal-Wallis H test\b/, words: 'kw kruskalwallis difference differ h' },
  { sign: /\bLevene \(|\bBartlett test\b/, words: 'variance variances equal homogeneity equality' },
  {
    sign: /\bKolmogorov-Smirnov test\b/,
    words: 'ks kstest d normal normality distribution difference differ',
  },
  { sign: /\bShapiro-Wilk\b/, words: 'sw normal normality w' },
  { sign: /\bD'Agostino-Pearson test\b/, words: 'dagostino agostino k2 normaltest normal normality' },
  { sign: /\b(?:rolling|moving) (?:average|mean)\b/, words: 'ma sma moving rolling' },
  {
    sign: /\brows where (?:[^;(]|\([^;)]*\))* (?:greater|higher|more|above) than [A-Za-z]/,
    words: 'up gain gains positive',
  },
  {
    sign: /\brows where (?:[^;(]|\([^;)]*\))* (?:less|lower|below) than [A-Za-z]/,
    words: 'down loss losses negative',
  },
  // "is the Margin negative": a bound at zero is the sign.
  { sign: /\brows where (?:[^;(]|\([^;)]*\))* greater than 0 \(/, words: 'up gain gains positive' },
  { sign: /\brows where (?:[^;(]|\([^;)]*\))* less than 0 \(/, words: 'down loss losses negative' },
  // The comparison itself, in the words a slot names it with ("num_above_mean", "count_older").
  {
    sign: /\brows where (?:[^;(]|\([^;)]*\))* (?:(?:greater|higher|more|above|over) than|above|over|at least)\b/,
    words:
      'above over exceeding exceed higher greater more taller older larger bigger longer old tall high large big long many',
  },
  {
    sign: /\brows where (?:[^;(]|\([^;)]*\))* (?:(?:less|lower|below|under|fewer) than|below|under|at most)\b/,
    words: 'below under lower less fewer shorter younger smaller young short low small few',
  },
  // A row count or a mean over the rows reads the rows by the table's own noun for them.
  {
    sign: /\bcount of rows\b/,
    words: 'row record entry entries observation obs instance sample case item',
  },
  // "@missing_obs" for the missing cells of a column: its observations.
  { sign: /\bmissing cells\b/, words: 'observation observations obs entry entries value values' },
  // "@group_size" for how many rows a group holds.
  { sign: /\bcount of rows\b|\branked by count of\b/, words: 'size sizes' },
  // "@times" for how many rows the most frequent value holds ("named MVP most often, and how many times").
  { sign: /\bcount of rows of the (?:most|least) frequent\b/, words: 'times occurrences appearances often' },
  // "@times_seen" beside "the mode of Code, and how often": the rows the most frequent value holds.
  {
    sign: /\b(?:most|least) frequent [^;]*\(.+, \d+ rows\)/,
    words: 'times occurrences appearances often seen',
  },
  // "@attendance_rises" for the rows that rose from the row before.
  {
    sign: /\brose from the previous row\b/,
    words: 'rise rises rose increase increases up ups gain gains growth climb climbs times',
  },
  {
    sign: /\bfell from the previous row\b/,
    words: 'drop drops fall falls fell decrease decreases decline declines down downs loss losses times',
  },
  // "@non_eligible_pay" for the rows of a value the text labels "not eligible".
  { sign: /, where [^;]* is [^;]* \(not [a-z][^;)]*\)/, words: 'non' },
  { sign: /\brange\b/, words: 'spread span' },
  // "@teams_4_plus" for a bound "at least 4"; "@below_minus1" for a bound on -1.
  { sign: /\bat least \d/, words: 'plus' },
  { sign: /(?:^|[\s(])-\d/, words: 'minus' },
  // "@property_kinds" for the count of distinct hotel types.
  { sign: /\bcount of distinct\b/, words: 'kind kinds type types sort sorts variety varieties' },
  // "@most_volatile" for the column with the highest standard deviation.
  { sign: /\bstandard deviation\b/, words: 'volatile volatility variability dispersion' },
  // "@missing_age_ratio" for the share of missing cells.
  { sign: /\bshare of\b/, words: 'ratio fraction rate' },
  { sign: /\bis 0 \(none\)/, words: 'without none no zero nil' },
  // The answer's own statistic over the summed column, not only the step that made it.
  { sign: /\b(?:cumulative|running) (?:sum|total)\b(?! =)/, words: 'cumulative cumsum cum running' },
  { sign: LAST_ROW_SIGN, words: LAST_ROW_WORDS },
  // "@began_1980s" for the bin of a first or start year a step made.
  { sign: /\b(?:first|start|starting) (?:year|date)\b/, words: 'began begin begun start started starting' },
  { sign: /\bbound \(fence\)/, words: 'bound limit cutoff threshold boundary fence' },
  { sign: /\bfilled with\b/, words: 'imputed impute imputation filled fill filling' },
  {
    sign: /\b(?:removed|dropped|left|rows where|rows with)\b/,
    words: 'remaining remain left kept retained after filtered cleaned',
  },
];

const COLUMN_RISE_WORDS = 'rise rises rose increase increases increased up gain gains higher above';
const COLUMN_FALL_WORDS =
  'drop drops fall falls fell decrease decreases decreased down loss losses lower below';

/** The words of a rise (or a fall) for a plan that kept the rows where one column exceeds (or is under) another. */
function comparedColumnWords(frame: Frame, planText: string): string[] {
  const names = new Set(columnNames(frame));
  const words: string[] = [];
  for (const match of planText.matchAll(/\brows where ([^;()]+?) (greater|less) than ([^;()]+?) \(\d+\)/g))
    if (names.has(match[1]!) && names.has(match[3]!) && match[1] !== match[3])
      words.push(...wordsOf(match[2] === 'greater' ? COLUMN_RISE_WORDS : COLUMN_FALL_WORDS));
  return words;
}

/**
 * A slot word the accounted words explain in another form: the same Porter stem ("visits"
 * and Visited) or an abbreviation of four letters or more ("norm" for normality).
 */
function explainedBy(word: string, accounted: ReadonlySet<string>, stems: ReadonlySet<string>): boolean {
  if (word.length >= 4 && stems.has(porterStem(word))) return true;
  if (word.length < 4) return false;
  // The doer of what a plan word says: "visitor" for Visited, "buyer" for Buy.
  const doer = /^(.{4,})(?:or|er)$/.exec(word)?.[1];
  // "scorer" for Scored: the doer of a verb ending in "e".
  if (doer && (stems.has(doer) || stems.has(porterStem(doer)) || stems.has(porterStem(`${doer}e`))))
    return true;
  for (const other of accounted) if (other.length > word.length && other.startsWith(word)) return true;
  return false;
}

/**
 * A slot word written as the consonants of a word the plan wrote ("pts" for Points, "hgt" for
 * Height, "yrs" for years; plan words are singular, so a plural's "s" is dropped).
 */
function skeletonOf(word: string, other: string): boolean {
  if (!/^[^aeiou\d][^aeiou\d]{1,3}$/.test(word)) return false;
  const skeleton = word.length > 2 ? word.replace(/s$/, '') : word;
  return other.length > skeleton.length + 1 && other[0] === skeleton[0] && isSubsequence(skeleton, other);
}

/** Whether the letters of `short` appear in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

function columnWords(frame: Frame): Set<string> {
  return new Set(columnNames(frame).flatMap((name) => wordsOf(name)));
}

/** The words of each placeholder the format says is written as in a column the plan read. */
function writtenAsWords(text: string, planText: string, columns: readonly string[]): string[] {
  return [
    ...text.matchAll(
      /["'“]([A-Za-z][\w ]{0,30})["'”]\s+(?:is\s+|are\s+)?(?:written\s+)?as\s+in\s+(?:the\s+)?["'“]([^"'”]+)["'”]/gi,
    ),
    // '"kind" is the "Code" value', '"kind" is a value of "Code"': the slot's values are that column's.
    ...text.matchAll(
      /["'“]([A-Za-z][\w ]{0,30})["'”]\s+is\s+(?:(?:the|a|an)\s+["'“]?([^"'”,]{1,40}?)["'”]?\s+(?:value|code|label|entry)\b|(?:the|a|an|one\s+of\s+the)\s+values?\s+(?:of|in|from)\s+(?:the\s+)?["'“]([^"'”]+)["'”])/gi,
    ),
  ]
    .map(([all, placeholder, column, other]) => [all, placeholder, column ?? other] as const)
    .filter(([, , column]) => {
      const name = columns.find((item) => item.toLowerCase() === column!.toLowerCase());
      return name !== undefined && planText.includes(name);
    })
    .flatMap(([, placeholder]) => wordsOf(placeholder!));
}

/**
 * Words of a slot's name that neither the statistic it was answered with nor the table
 * account for: "busier" in `busier_region_count` answered by a row count, "change" in
 * `rent_percentage_change` answered by a correlation.
 */
export function uncoveredSlotWords(frame: Frame, slot: Slot, planText: string, text = ''): string[] {
  const accounted = new Set([
    ...known,
    ...columnWords(frame),
    ...wordsOf(planText),
    ...cellWords(frame),
    ...definedWords(text, planText, columnWords(frame)),
  ]);
  for (const { sign, words } of PLAN_SIGNS)
    if (sign.test(planText)) for (const word of wordsOf(words)) accounted.add(word);
  // "@lisbon_flagged" once the text one-hot encoded a column and the plan kept the rows of one value.
  if (
    /\bone[- ]?hot\b|\bget_dummies\b|\bdumm(?:y|ies)\b/i.test(text) &&
    /\brows where [^;]* is "/.test(planText)
  )
    for (const word of wordsOf('flagged flag flags marked')) accounted.add(word);
  // "@rows_with_rise" for the rows kept where one column is greater than another ("Jun.2022
  // greater than Jun.2021"): the rise from one column to the other. A bar that is a number or a
  // statistic ("greater than 5", "greater than the mean") is no rise.
  for (const word of comparedColumnWords(frame, planText)) accounted.add(word);
  // "@not_eligible_salary" for the rows kept where a 0/1 column is 0.
  for (const match of planText.matchAll(/\brows where (.+?) (?:is|equal to|=) 0\b/g)) {
    if (columnNames(frame).includes(match[1]!) && isFlagColumn(frame, match[1]!))
      for (const word of ['not', 'non']) accounted.add(word);
  }
  // '@top_brand[brand] where "brand" is written as in "Label"': the format says the word names that
  // column's values, for every slot whose plan read the column.
  for (const word of writtenAsWords(text, planText, columnNames(frame))) accounted.add(word);
  // "@days_above_half" for a condition on 0.5.
  if (/(?<![\d.])0\.5(?![\d])/.test(planText)) accounted.add('half');
  // "@bc_count" for the rows ending in 'B.C.': an abbreviation written with dots is one word.
  for (const match of planText.matchAll(/\b(?:[A-Za-z]\.){2,}/g))
    for (const word of wordsOf(match[0].replace(/\./g, ''))) accounted.add(word);
  // "Stages Led" accounts for a "leader" through its base form.
  for (const word of [...accounted]) {
    const base = typeof word === 'string' ? irregularBase(word) : undefined;
    if (base) accounted.add(base);
  }
  // "busiest" or "weakest" for the group or row a ranking picked.
  if (/\b(?:highest|lowest|most|fewest|largest|smallest|maximum|minimum)\b/.test(planText))
    for (const word of RANKING_ADJECTIVES) accounted.add(word);
  // "@last_market" for the group an order ranked last.
  if (/\bgroups ranked by\b/.test(planText)) for (const word of wordsOf('first last')) accounted.add(word);
  // "bigCrowd" for the largest Attendance, "lowScore" for the minimum: the plain adjective of the end the plan took.
  if (/\b(?:highest|largest|maximum)\b/.test(planText))
    for (const word of wordsOf('big large high great')) accounted.add(word);
  if (/\b(?:lowest|smallest|minimum)\b/.test(planText))
    for (const word of wordsOf('small low little')) accounted.add(word);
  // "@sanWinner" for the Driver where San. is highest: the row a ranking picked is its winner.
  if (/\bwhere [^;]* is (?:highest|lowest)\b/.test(planText))
    for (const word of wordsOf('winner leader champion')) accounted.add(word);
  // "@top_seller", "@biggest_spender": a doer's noun after a ranking word names the row a ranking picked.
  if (/\bwhere [^;]* is (?:highest|lowest)\b/.test(planText))
    for (const word of rankedDoers(readSlotName(slot.name))) accounted.add(word);
  // "crowd" for the Attendance the plan read, "pts" for its Points.
  const planWordSet = new Set(wordsOf(planText));
  for (const [header, others] of Object.entries(COLUMN_SYNONYMS))
    if (wordsOf(header).every((word) => planWordSet.has(word)))
      for (const other of others) for (const word of wordsOf(other)) accounted.add(word);
  // "@hollinford_mean_toll" for the rows kept where a column of codes is "H".
  for (const word of codedValueWords(frame, text, planText)) accounted.add(word);
  // "@fast_crews" for the rows kept by a bound on the one column of times.
  for (const word of paceWordsRead(frame, planText)) accounted.add(word);
  // "@fourth_quarter_events" for the rows kept where PERIOD is 4.
  for (const word of ordinalPlanWords(planText, columnNames(frame))) accounted.add(word);
  // "tier" in a slot name names PlanTier.
  const squashed = columnNames(frame).map((name) => name.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const cutWords = columnNames(frame)
    .filter((name) => planText.includes(name))
    .flatMap((name) => [...name.matchAll(/([A-Za-z]{3,})\./g)].map((match) => match[1]!.toLowerCase()));
  // Plan words are stemmed already ("Caps" is "cap"): three letters stand for "capped".
  const stems = new Set([...accounted].filter((word) => word.length >= 3).map(porterStem));
  const tableWords = columnWords(frame);
  const planWords = wordsOf(planText);
  const words = readSlotName(slot.name, (word) => tableWords.has(word));
  const prose = proseWords(text);
  const mixed = countOfAnother(frame, words, planText);
  if (mixed) return [mixed];
  // "@march_stops" for "how many book tour stops", "@mean_toll" for "the mean Class 2 toll":
  // the question's own noun for what the plan read. A noun naming a computation ("how many
  // increases") or a statistic asks for more than that.
  for (const word of [
    ...countedNouns(text, planText),
    ...rankedNouns(text, planText),
    ...summedNouns(text, planText),
    ...shareNouns(text, planText),
    ...columnNouns(frame, text, planText),
    ...keptRowNouns(text, planText),
    ...allRowNouns(text, planText),
    ...appositionNouns(frame, text, planText),
    ...statedGroupNouns(frame, text, planText),
    ...distinctNouns(text, planText),
    ...definedBinWords(text, planText),
  ])
    if (!COMPUTATION_WORDS.has(word) && !known.has(word) && !statisticWord(word)) accounted.add(word);
  for (const word of countedNouns(text, planText)) if (ROW_PICK_WORDS.has(word)) accounted.add(word);
  // "how many such intervals are there" beside "@busy_intervals": rows that are spans of time, counted.
  for (const word of countedNouns(text, planText)) if (SPAN_ROW_WORDS.has(word)) accounted.add(word);
  // "Over the intervals with at least one sale, …" beside "@intervals_over_5": the kept rows are spans of time.
  for (const word of keptRowNouns(text, planText)) if (SPAN_ROW_WORDS.has(word)) accounted.add(word);
  // "@intervals" for the count of the rows a span of clock times kept: each row is a span of time.
  if (/^count of rows\b/.test(planText) && /\brows where the time of day of\b/.test(planText))
    for (const word of SPAN_ROW_WORDS) accounted.add(word);
  // "@mean_days_between_finals" for the gaps between "consecutive finals": the rows themselves.
  if (/\bsince the previous\b|\bgaps? between\b/.test(planText))
    for (const match of text.matchAll(/\b(?:consecutive|successive)\s+([a-z]{3,}s)\b/gi))
      for (const word of wordsOf(match[1]!)) accounted.add(word);
  // "mean_score_per_game": the word after "per" in a mean or total over all rows names the rows.
  const per = words.indexOf('per');
  // Not a column's word: "goals_per_cap" over a Caps column asks for a ratio.
  if (
    per >= 0 &&
    words[per + 1] &&
    !tableWords.has(words[per + 1]!) &&
    /\b(?:mean|sum|total) of [^;]* over \d+ values\b/.test(planText)
  )
    accounted.add(words[per + 1]!);
  // "@ls_losses" for the rows kept where Losing team is "Lakeside": what the rows of a role's column are called.
  for (const name of columnNames(frame))
    if (new RegExp(`\\brows where ${escapeRegExp(name)} is "`).test(planText))
      for (const word of roleWords(wordsOf(name))) accounted.add(word);
  // "@lr_peak_year" for Lantern Repair: the initials of a column of two words or more the plan
  // read, or of a value of two words or more a step kept ("@ls_losses" for "Lakeside").
  const initials = new Set(
    [
      ...columnNames(frame).filter((name) => planText.includes(name)),
      ...[...planText.matchAll(/\brows where [^"]* is "([^"]+)"/g)].map((match) => match[1]!),
    ]
      .map((name) => wordsOf(name).filter((word) => /^[a-z]/.test(word)))
      .filter((named) => named.length >= 2)
      .map((named) => named.map((word) => word[0]).join('')),
  );
  // "@biology_1980s": the plural "s" of a decade whose span of years the plan kept.
  const decade = (word: string, index: number) =>
    word === 's' &&
    /^\d{3}0$/.test(words[index - 1] ?? '') &&
    new RegExp(
      `\\bfrom 1 January ${words[index - 1]} to 31 December ${Number(words[index - 1]) + 9}\\b`,
    ).test(planText);
  // "@games_over_60k" for a bound of 60000 the plan used: "k" and "m" after a number write thousands and millions.
  const scaled = (word: string, index: number) => scaledNumberUsed(word, words[index - 1] ?? '', planText);
  // "@waits_over_30s" for "longer than 30 seconds": a letter after the bound is its unit, as the text writes it.
  const unit = (word: string, index: number) => boundUnitLetter(word, words[index - 1] ?? '', text, planText);
  // "@low_lt_median_fare" once the plan read number_of_late_trains, "intl" for International.
  const abbreviated = abbreviatedColumnWords(words, columnNames(frame), planText);
  return [
    ...new Set(
      words.filter(
        (word, index) =>
          !/^\d+$/.test(word) &&
          !decade(word, index) &&
          !scaled(word, index) &&
          !unit(word, index) &&
          !initials.has(word) &&
          !abbreviated.has(word) &&
          !accounted.has(word) &&
          !accounted.has(statisticWord(word) ?? word) &&
          !explainedBy(word, accounted, stems) &&
          // "five" is the number 5 a step used, never a label of the rows kept.
          (SMALL_NUMBER_WORDS[word] === undefined
            ? !labelOfKeptRows(word, prose, planText, tableWords)
            : !numberWordUsed(word, planText)) &&
          !valueAliasUsed(word, planText) &&
          // A three-letter cut of a word the plan itself wrote ("pop" for population).
          !(word.length === 3 && planWords.some((other) => other.length > 4 && other.startsWith(word))) &&
          !planWords.some((other) => skeletonOf(word, other)) &&
          // "group" spelled out for the Grp the plan read.
          !planWords.some((other) => skeletonOf(other, word)) &&
          !(word.length >= 3 && squashed.some((name) => name.includes(word))) &&
          // "points" spells out the Pts. the plan read.
          !cutWords.some((cut) => word.length > cut.length && word.startsWith(cut)),
      ),
    ),
  ];
}

/** What "k" and "m" after a number in a slot name multiply it by ("60k", "2m"). */
const SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6 };

/** Whether `word` is a scale suffix after the number `before` whose scaled value the plan used ("60k" for 60000). */
function scaledNumberUsed(word: string, before: string, planText: string): boolean {
  const scale = SCALE_SUFFIXES[word];
  if (scale === undefined || !/^\d+$/.test(before)) return false;
  const plain = String(Number(before) * scale);
  const grouped = (Number(before) * scale).toLocaleString('en-US');
  return new RegExp(`(?<![\\d.,])(?:${plain}|${grouped})(?![\\d]|[.,]\\d)`).test(planText);
}

/**
 * Whether `word` is one letter after the number `before` that the text writes with a unit
 * opening with that letter ("30s" beside "longer than 30 seconds", "5m" beside "5 minutes"),
 * a bound the plan used as that number.
 */
function boundUnitLetter(word: string, before: string, text: string, planText: string): boolean {
  if (!/^[a-z]$/.test(word) || !/^\d+$/.test(before)) return false;
  const bound = `(?<![\\d.,])${before}(?![\\d]|[.,]\\d)`;
  return (
    new RegExp(`${bound}\\s+${word}[a-z]+\\b`, 'i').test(text) &&
    new RegExp(
      `\\b(?:greater|less|more|fewer|higher|lower|above|below|at least|at most) (?:than )?${bound}`,
    ).test(planText)
  );
}

/** The words of the question, constraints and format, less the slot names ("@shortRaces"). */
function proseWords(text: string): { words: ReadonlySet<string>; stems: ReadonlySet<string> } {
  const words = new Set(wordsOf(text.replace(/@[A-Za-z0-9_]+/g, ' ')));
  return { words, stems: new Set([...words].filter((word) => word.length >= 3).map(porterStem)) };
}

/** Words that name a computation of their own: a slot saying one asks for more than a label. */
/** Words a span of dates goes by, which also name rows that are spans of time ("how many intervals"). */
const SPAN_ROW_WORDS = new Set(wordsOf('term stay period interval'));
const COMPUTATION_WORDS = new Set(wordsOf(PLAN_SIGNS.map((item) => item.words).join(' ')));

/**
 * A slot word that only labels the rows the plan kept by a stated condition ("short" in
 * `shortRaces` for "fewer than 40 laps", "regular" in `regular_seasons` for "more than 20
 * Apps"): the prose never says it (not itself, its stem, nor as a cut of a longer word: "obs"
 * for "observations"), it names no computation, and it is no cut or skeleton of a column word.
 */
function labelOfKeptRows(
  word: string,
  prose: ReturnType<typeof proseWords>,
  planText: string,
  tableWords: ReadonlySet<string>,
): boolean {
  if (prose.words.size === 0 || word.length < 3 || !/\brows (?:where|with)\b/.test(planText)) return false;
  if (COMPUTATION_WORDS.has(word)) return false;
  if (prose.words.has(word) || prose.stems.has(porterStem(word))) return false;
  for (const other of prose.words)
    if (String(other).length > word.length && String(other).startsWith(word)) return false;
  for (const other of tableWords)
    if (String(other).startsWith(word) || skeletonOf(word, String(other))) return false;
  return true;
}

/** A number a slot writes as a word ("@over_five_percent") that a step of the plan used as 5. */
function numberWordUsed(word: string, planText: string): boolean {
  const value = SMALL_NUMBER_WORDS[word];
  return value !== undefined && new RegExp(`(?<![\\d.])${value}(?!\\d|\\.0*[1-9])`).test(planText);
}

/** A slot word that stands for a value the plan used: "dutch" for "Netherlands", "wins" for "W". */
function valueAliasUsed(word: string, planText: string): boolean {
  const alias = aliasesOf(word);
  return (
    alias?.spellings.some((spelling) => new RegExp(`"${escapeRegExp(spelling)}"`, 'i').test(planText)) ===
    true
  );
}

const COUNT_WORD = String.raw`\d+|two|three|four|five|six|seven|eight|nine|ten`;
const SUPERLATIVE_WORD = String.raw`[a-z]+est|most|least|best|worst|highest|lowest`;

/**
 * Rankings the question asks that no step carried out: "the top 3 rows by X", "the three tallest
 * people" (a statistic over all rows would ignore them) and "the second-ranked region", "the
 * third highest X" (a plan that never ranked cannot name a place). A plan that kept or listed the
 * N best rows, bounded a position column by N ("in the top 10"), or ranked, writes the number or
 * the place.
 */
export function unappliedRankings(question: string, planText: string): string[] {
  const left: string[] = [];
  const top = new RegExp(
    String.raw`\b(?:top|bottom)\s+(${COUNT_WORD})\b|\b(?:the\s+)(${COUNT_WORD})\s+(?:${SUPERLATIVE_WORD})\b`,
    'gi',
  );
  for (const match of question.matchAll(top)) {
    const written = (match[1] ?? match[2])!.toLowerCase();
    const n = /^\d+$/.test(written) ? Number(written) : SMALL_NUMBER_WORDS[written];
    if (n === undefined || n < 2) continue;
    const done = new RegExp(
      String.raw`\b(?:the\s+)?${n}\s+(?:rows\s+with\s+the\s+)?(?:highest|lowest|largest|smallest)\b|\btop ${n}\b`,
      'i',
    );
    // "in the top 10" read as a bound on a position column: a step used the number.
    const bound = new RegExp(String.raw`(?<![\d.])${n}(?![\d]|\.\d)`).test(
      planText.replace(/@[A-Za-z0-9_]+/g, ' '),
    );
    if (!done.test(planText) && !bound) left.push(match[0].trim());
  }
  const place =
    /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:ranked|highest|largest|lowest|smallest|most|least|best|worst|biggest|greatest)\b/gi;
  for (const match of question.matchAll(place))
    if (!/\brank|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b/i.test(planText))
      left.push(match[0].trim());
  return left;
}

/** Statistics other than a count that a slot may name beside a count word. */
const OTHER_STATISTICS = new Set(
  wordsOf('mean median std variance min max total correlation skew kurtosis iqr slope intercept'),
);

/**
 * A count word in a slot that also names another statistic ("num_rows_at_max"), answered by
 * a plan that counts nothing: the count is the word left over.
 */
function countOfAnother(frame: Frame, words: readonly string[], planText: string): string | undefined {
  const count = words.find((word) => statisticWord(word) === 'count' || word === 'count');
  if (!count || !words.some((word) => OTHER_STATISTICS.has(statisticWord(word) ?? word))) return undefined;
  // "@mean_review_count" for the mean of a review_count column the plan read: the column's own word.
  const ofColumn = columnNames(frame).some((name) => {
    const own = wordsOf(name);
    return planText.includes(name) && own.includes(count) && own.every((word) => words.includes(word));
  });
  if (ofColumn) return undefined;
  return /\b(?:count|number|how many)\b/i.test(planText) ? undefined : count;
}

const LINK_WORDS = new Set(
  wordsOf('is are was were equal equals to where with of the a an in on at for as by'),
);

/**
 * Words the text defines as a value the plan used: "home matches (Venue 'H')" makes "home"
 * stand for the rows where Venue is "H" once the plan used "H". The four words before the
 * quoted value count.
 */
function definedWords(text: string, planText: string, columns: ReadonlySet<string>): string[] {
  const defined: string[] = [];
  for (const match of text.matchAll(/["'‘“]([^"'’”\n]{1,40})["'’”]/g)) {
    if (!planText.includes(JSON.stringify(match[1]!.trim()))) continue;
    const before =
      text
        .slice(0, match.index)
        .split(/[.;:\n]/)
        .pop() ?? '';
    defined.push(
      ...wordsOf(before)
        .filter((word) => !LINK_WORDS.has(word) && !columns.has(word))
        .slice(-4),
    );
  }
  return defined;
}

function cellWords(frame: Frame): Set<string> {
  const words = new Set<string>();
  for (const name of columnNames(frame))
    for (const cell of cellsOf(frame, name).slice(0, 5000))
      if (typeof cell === 'string') for (const word of wordsOf(cell)) words.add(word);
  return words;
}

const QUOTED = /(?:^|[\s(])["'‘“]([^"'’”\n]{2,60})["'’”](?=[\s.,;:?)]|$)/g;
/** A quoted value in an analysis question, one letter long included ('Q', 'H'). */
const QUOTED_VALUE = /(?:^|[\s(])["'‘“]([^"'’”\n]{1,60})["'’”](?=[\s.,;:?)]|$)/g;
const COMPARED =
  /\b(?:at least|at most|more than|less than|fewer than|greater than|larger than|smaller than|higher than|lower than|above|below|over|under|beyond|after|before|since|exceeding|equal to|older than|younger than|taller than|shorter than|heavier than|lighter than|longer than|bigger than|faster than|slower than|quicker than|in the top|in the bottom)\s+(?:the year\s+)?([0-9][0-9,]*(?:\.[0-9]+)?)/gi;
/**
 * "at least one order was shipped": a bound in words after a plain comparative ("over four years"
 * says how long; "at least one missing value" and "more than two standard deviations" are read
 * by their own rules).
 */
const COMPARED_IN_WORDS =
  /\b(?:at least|at most|more than|fewer than|less than|greater than)\s+(zero|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:of|another|or|missing|null|nan|na|empty|blank|non-missing|standard|std|sd|sds|sigma|sigmas|times)\b)/gi;
// A season span ("2008-09") names a table's subject more often than a filter.
const YEAR =
  /\b(?:in|during|for|of)\s+(?:the\s+)?(?:(?:calendar|civil)\s+)?(?:year\s+)?((?:18|19|20)\d\d)\b(?![-–/]\d)/gi;

const COMPARED_TO_STATISTIC =
  /\b(?:more|greater|higher|larger|less|lower|smaller|above|below|over|under|exceed\w*|taller|shorter|bigger|heavier|lighter|longer|older|younger)\s+(?:than\s+)?(?:the\s+)?(?:overall\s+)?(?:average|mean|median)\b[\w ]{0,40}/i;

/** Steps a question states in words, and the sign in the plan that each was carried out. */
const STATED_STEPS: readonly { states: RegExp; done: RegExp }[] = [
  {
    states:
      /\b(?:remov|exclud|drop|prun|eliminat|filter(?:ing)? out|discard)\w*\s+(?:the |any |all )?outliers\b/i,
    done: /outliers removed/,
  },
  {
    states:
      /\b(?:remov|exclud|drop|prun|eliminat|filter(?:ing)? out|discard|without)\w*\s+(?:the |any |all )?outlying\b/i,
    done: /outliers removed/,
  },
  {
    states:
      /\boutliers?\b[\s\S]{0,200}?\b(?:remov|exclud|drop|prun|eliminat|discard)\w*\s+(?:them|these|those)\b/i,
    done: /outliers removed/,
  },
  { states: /\b(?:monthly|per month|each month|by month|which month)\b/i, done: /\bmonth/i },
  {
    // "rose from the previous game": a comparison of each row with the one before it.
    states:
      /\b(?:rose|rise|rises|risen|rising|increas\w*|went up|grew|gain\w*|dropp?\w*|fell|fall\w*|decreas\w*|declin\w*|went down)\b[^.?\n]{0,40}\b(?:previous|preceding|prior|last|earlier)\s+(?:row|\w+)\b/i,
    done: /\bprevious row\b/i,
  },
];

/**
 * Conditions the question states that the plan shows no sign of: a quoted value found in
 * the table's cells but not in any step, a year or a compared number the plan never used.
 */
export function unappliedConditions(frame: Frame, question: string, planText: string): string[] {
  // A slot's own name ("@avg_close_2015") is not a step that used its number.
  const plan = planText.replace(/@[A-Za-z0-9_]+/g, ' ').toLowerCase();
  const planWords = new Set(wordsOf(planText));
  const columns = columnWords(frame);
  const left: string[] = [];
  const cells = cellWords(frame);
  for (const match of question.matchAll(QUOTED_VALUE)) {
    const words = wordsOf(match[1]!);
    if (words.length === 0 || words.every((word) => columns.has(word) || planWords.has(word))) continue;
    // Only a quoted cell value is a condition; other quoted text names a new column or a method.
    if (words.every((word) => cells.has(word))) left.push(`"${match[1]}"`);
  }
  // "the skaters from Canada": a cell value the question names in its own case is a condition.
  for (const name of columnNames(frame)) {
    if (isNumericColumn(frame, name)) continue;
    const values = new Set(
      cellsOf(frame, name).filter(
        (cell): cell is string => typeof cell === 'string' && cell.length >= 3 && /^[A-Z]/.test(cell),
      ),
    );
    if (values.size > 5000) continue;
    for (const value of values) {
      if (plan.includes(value.toLowerCase()) || wordsOf(value).every((word) => columns.has(word))) continue;
      const at = question.indexOf(value);
      if (at < 0 || /\w/.test(question[at - 1] ?? '') || /\w/.test(question[at + value.length] ?? ''))
        continue;
      left.push(`"${value}"`);
    }
  }
  const numberUsed = (text: string) => {
    // "at least one order" is a bound of 1.
    const value = SMALL_NUMBER_WORDS[text.toLowerCase()] ?? Number(text.replace(/,/g, ''));
    // A number the plan wrote as a number of its own, not as digits inside another ("5" in "57 values"),
    // or in another unit ("4:00" and "4 minutes" as 240 seconds, "2 thousand" as 2000, "5%" as 0.05).
    const written = (figure: string) =>
      new RegExp(String.raw`(?<![\d.])${escapeRegExp(figure)}(?!\d|\.0*[1-9])`).test(plan);
    const rescaled = UNIT_SCALES.map((scale) => String(Number((value * scale).toPrecision(12))));
    return (
      written(text.toLowerCase()) ||
      rescaled.some(written) ||
      // A column named for the number ("Close 2015"), not one a blank header was given ("Unnamed: 4").
      columnNames(frame).some((name) => !isPlaceholderName(name) && name.includes(String(value)))
    );
  };
  const { undone, undated } = unshownDates(question, plan);
  left.push(...undone, ...unappliedDateBounds(question, plan));
  // "€50,000 or more" and "5 games or more" are compared numbers as much as "at least 50000".
  const bounds = amountsAsNumbers(boundsInWordsAsNumbers(boundsAsAtLeastAtMost(undated))).replace(
    /(?<![\w.:])(\d+(?:\.\d+)?)(\s+[a-z]+)?\s+or\s+(?:more|greater|higher|above|over|longer|less|fewer|lower|below|under|shorter)\b/gi,
    'at least $1$2',
  );
  // "more than 2 million visitors" is carried out by a step on 2000000 as much as by one on 2, and
  // is left undone in those digits (which another sentence's step may have used).
  const scaled = (match: RegExpMatchArray): string | undefined => {
    const scale = SCALE_AFTER.exec(bounds.slice(match.index! + match[0].length))?.[1]?.toLowerCase();
    if (scale === undefined) return undefined;
    return String(Number((Number(match[1]!.replace(/,/g, '')) * SCALE_WORDS[scale]!).toPrecision(12)));
  };
  for (const pattern of [COMPARED, COMPARED_IN_WORDS, YEAR])
    for (const match of bounds.matchAll(pattern)) {
      if (numberUsed(match[1]!) || wholeBoundUsed(match[0]!, plan)) continue;
      const digits = scaled(match);
      if (digits === undefined) left.push(match[0]!.trim());
      else if (!numberUsed(digits)) left.push(match[0]!.trim().replace(match[1]!, digits));
    }
  // "higher than the mean fare": a comparison with a statistic must show as a row step.
  const statistic = COMPARED_TO_STATISTIC.exec(question);
  if (statistic) {
    const spread = /standard deviation|\bstd\b|\bsd\b/i.test(statistic[0]);
    const done = spread
      ? /\brows where [^;]*standard deviations/.test(plan)
      : /\b(?:than|above|below|over|under)\b[^;]{0,60}\b(?:the (?:mean|median)|overall mean)\b/.test(plan);
    if (!done) left.push(statistic[0].trim());
  }
  for (const { states, done } of STATED_STEPS) {
    const stated = states.exec(question);
    if (stated && !done.test(planText)) left.push(stated[0]);
  }
  left.push(...unappliedArithmetic(frame, question, planText));
  // "aged between 20 and 30": a range whose two ends the plan never used.
  // "If the skewness is between -0.5 and 0.5, …" sets a verdict's bounds, not rows.
  for (const match of bounds.matchAll(NUMBER_RANGE)) {
    const sentence =
      bounds
        .slice(0, match.index)
        .split(/[.;?!\n]\s/)
        .at(-1) ?? '';
    if (/\b(?:if|whether)\b/i.test(sentence)) continue;
    // "Normalize the score so that every value lies between 0 and 1": the scale's ends, once a step scaled.
    if (/\bnormali[sz]|\bscal(?:e|ed|ing)\b|\bmin[- ]max\b/i.test(sentence) && SCALED_STEP.test(planText))
      continue;
    if (!numberUsed(match[1]!) || !numberUsed(match[2]!)) left.push(match[0].trim());
  }
  // "the sites numbered 100 to 200", "from 9:00 AM to 11:45 AM": a span whose two ends the plan never used.
  // "scale it to the range 0 to 1" sets the scale's ends, not rows; "the hour (0 to 23)" a part's values.
  for (const pattern of [NUMBER_SPAN, TIME_SPAN])
    for (const match of undated.matchAll(pattern))
      if (
        !SCALE_BEFORE.test(undated.slice(Math.max(0, match.index - 30), match.index)) &&
        !DATE_PART_BEFORE.test(undated.slice(Math.max(0, match.index - 30), match.index)) &&
        (!numberUsed(match[1]!) || !numberUsed(match[2]!))
      )
        left.push(match[0].trim());
  // "Excluding hotels without a star rating": rows left out that no step left out.
  const excluding = EXCLUDING.exec(question);
  if (excluding && !/\b(?:rows where|rows with|dropped|removed|left out|excluded|without|not)\b/.test(plan))
    left.push(excluding[0].trim());
  // "on Mondays", "during the first quarter": a part of the calendar no step picked rows by.
  for (const match of question.matchAll(WEEKDAY_CONDITION))
    if (!plan.includes(match[1]!.toLowerCase())) left.push(match[0].trim());
  for (const match of question.matchAll(QUARTER_CONDITION))
    if (!/\bquarter\b/.test(plan) && !keptOrdinalPhrase(match[0], planText, columnNames(frame)))
      left.push(match[0].trim());
  return [...new Set(left)];
}

/** Factors a stated number may be carried out by: itself, minutes or hours in seconds, a scale, a percentage. */
const UNIT_SCALES = [1, 60, 3600, 1000, 1e6, 1e9, 0.01];

/** The same bound on whole numbers from the other side: the words and how far the number moves. */
const OTHER_SIDE: Readonly<Record<string, readonly [readonly string[], number]>> = {
  'at least': [['greater than', 'more than', 'above'], -1],
  'at most': [['less than', 'fewer than', 'below'], 1],
  'more than': [['at least'], 1],
  'greater than': [['at least'], 1],
  above: [['at least'], 1],
  over: [['at least'], 1],
  'less than': [['at most'], -1],
  'fewer than': [['at most'], -1],
  below: [['at most'], -1],
  under: [['at most'], -1],
};

/**
 * "at least one order was shipped" carried out as 'greater than 0' on a count: a bound on whole
 * numbers the plan states from the other side, one apart ("at least N" as "greater than N − 1",
 * "more than N" as "at least N + 1", and so for the upper bounds).
 */
function wholeBoundUsed(bound: string, plan: string): boolean {
  const match = /^([a-z]+(?: [a-z]+)?)\s+(\d+)$/i.exec(bound.trim());
  const side = match ? OTHER_SIDE[match[1]!.toLowerCase()] : undefined;
  if (!match || !side) return false;
  const value = Number(match[2]) + side[1];
  return side[0].some((other) => new RegExp(`\\b${other} ${value}(?![\\d.])`).test(plan));
}

/** A scale word right after a bound's number: "100 million", "2.5 thousand". */
const SCALE_AFTER = /^\s+(thousand|million|billion)\b/i;
const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** A min-max scaling step as the plan writes it: "Score = (Score − 10) / (50 − 10)". */
const SCALED_STEP = /= \(.+? − -?[\d.]+\) \/ \(-?[\d.]+ − -?[\d.]+\)/;
const NUMBER_RANGE = /\bbetween\s+(-?\d[\d,]*(?:\.\d+)?)\s+and\s+(-?\d[\d,]*(?:\.\d+)?)(?![\d.]*\s*%)/gi;
/** "numbered 100 to 200", "from 3 to 5": two plain numbers joined by "to" (a percent or a unit after them aside). */
const NUMBER_SPAN =
  /(?<![\w.,:$€£-])(-?\d[\d,]*(?:\.\d+)?)\s+(?:to|through|thru)\s+(-?\d[\d,]*(?:\.\d+)?)(?![\w.,:%]|\s*(?:%|percent|decimal|digits?|places?|[a-z]+ places?)\b)/gi;
/** Words before a span that make it the ends of a scale ("to the range 0 to 1", "on a scale of 1 to 10"). */
const SCALE_BEFORE =
  /\b(?:range|scale|scaled|scaling|normali[sz]\w*|interval)\s+(?:of\s+|from\s+|between\s+)?$/i;
/** "the hour of the day (0 to 23)", "the month (1 to 12)": the values a part of a date takes, no rows. */
const DATE_PART_BEFORE =
  /\b(?:hour|month|weekday|day)(?:\s+of\s+(?:the\s+)?(?:day|week|month|year))?\s*\(\s*$/i;
/** "between 9:00 AM and 11:45 AM", "from 14:00 to 16:30": a span of clock times. */
const TIME_SPAN =
  /\b(?:between|from)\s+(\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\s+(?:and|to|until|till|through)\s+(\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)/gi;
const EXCLUDING = /\b(?:excluding|except for|except|other than|not counting)\s+[^,;.?]{1,40}/i;
const WEEKDAY_CONDITION =
  /\b(?:on|for|during|over)\s+(?:a\s+|the\s+|all\s+|every\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\b/gi;
// "Q1" is left alone: it names a quartile, or a quarter's column, as often as a condition.
const QUARTER_CONDITION = /\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\b/gi;

const EXCLUDES =
  /\b(?:leav\w*|left|exclud\w*|drop\w*|remov\w*|omit\w*|discard\w*|skip\w*|ignor\w*|disregard\w*)\b/i;
/** ", and take …", "and then compute …", ", take …": the clause that picked rows ends and another step begins. */
const NEXT_STEP =
  /(?:,?\s+and|,)\s+(?:then\s+)?(?:take|compute|calculate|find|report|give|count|average|sum)\b/i;
/** Words that keep only some rows ("Keep the rows whose Year is 1980 or later"): a step the plan must show too. */
const KEEPS = /\b(?:keep|keeping|use only|only the rows|only rows|restrict\w*|limit to)\b/i;

/**
 * Rows the constraints tell to leave out by a column that no step and no statistic of the plan
 * read ("Leave out rows whose Arrival is not a single number" for a test on Departure): an
 * answer over all rows would ignore it. A clause about the column the statistic reads is carried
 * out by reading its numbers, which skips the others.
 */
export function unappliedExclusions(frame: Frame, constraints: string, planText: string): string[] {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 2)
    .sort((a, b) => b.length - a.length);
  const left: string[] = [];
  for (const clause of constraints.split(/[.;\n]+/)) {
    // The column that says which rows go comes after "rows whose", not before ("the region total rows").
    const qualified = /\brows?\s+(?:whose|where|with|without|in which|that)\b/i.exec(clause);
    if (!(EXCLUDES.test(clause) || KEEPS.test(clause)) || !qualified) continue;
    // "… whose Age is below 18 and take the mode of Shelf": the rows end where a new step begins.
    let rest = clause.slice(qualified.index).split(NEXT_STEP)[0]!;
    for (const name of names) {
      const pattern = new RegExp(`(?<![\\w])${escapeRegExp(name)}(?![\\w])`, 'i');
      if (!pattern.test(rest)) continue;
      // A row kept by a value of a column must show as a step on that column; "whose X is a
      // number" is what reading X as numbers does.
      const said = new RegExp(
        `${escapeRegExp(name)}(?:\\s+and\\s+[^,;]{1,60}?)?\\s+(?:is|are)\\s+(?:both\\s+)?(?:an?\\s+)?(?:numbers?|numeric|(?:dollar\\s+|money\\s+)?amounts?|dates?|not\\s+(?:empty|missing|blank))\\b`,
        'i',
      );
      const keeps = KEEPS.test(clause) && !EXCLUDES.test(clause) && !said.test(rest);
      rest = rest.replace(pattern, ' ');
      if (keeps ? !frame.steps.some((step) => step.includes(name)) : !planText.includes(name))
        left.push(clause.trim());
    }
  }
  return [...new Set(left)];
}

/**
 * Months and spans of dates the question states that the plan (lower-cased) does not show by
 * their month names and years, and the question without the date phrases, whose numbers are
 * their own (not compared numbers or years to check again).
 */
function unshownDates(question: string, plan: string): { undone: string[]; undated: string } {
  const undone: string[] = [];
  let undated = question;
  for (const condition of dateConditions(question)) {
    const parts = [
      ...monthNamesOf(condition).map((name) => name.toLowerCase()),
      ...(condition.phrase.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? []),
    ];
    if (!parts.every((part) => plan.includes(part)) && !namedAsColumn(condition, plan))
      undone.push(condition.phrase);
    undated = undated.replace(condition.phrase, ' ');
  }
  return { undone, undated };
}

/**
 * Spans and bounds of dates and clock times the text states in a form the date conditions do not
 * read ("rows dated 2031-06-02 to 2031-06-18", "07:10–10:40", "between 9 am and 5 pm")
 * whose dates, times and month names the plan (lower-cased) does not all show: an answer over
 * every row would ignore them.
 */
export function unappliedDateBounds(text: string, plan: string): string[] {
  const lower = plan.replace(/@[A-Za-z0-9_]+/g, ' ').toLowerCase();
  const shown = (part: string) => new RegExp(`(?<![\\w:-])${escapeRegExp(part)}(?![\\w:-])`).test(lower);
  return unreadDateBounds(text).filter((phrase) => {
    const parts = (phrase.match(/\d{4}-\d\d-\d\d|\d{1,2}:\d\d(?::\d\d)?|\d+|[a-z]+/gi) ?? []).flatMap(
      (token) => {
        // "8:00:00 AM" is shown as "8:00 AM": a time's zero seconds are no part of it.
        if (/\d/.test(token)) return [token.replace(/^0(?=\d)/, '').replace(/^(\d{1,2}:\d\d):00$/, '$1')];
        const month = /^[a-z]{3,}$/i.test(token) ? monthNumber(token) : undefined;
        return month === undefined ? [] : [MONTH_NAMES[month - 1]!.toLowerCase()];
      },
    );
    return !parts.every(shown);
  });
}

/** A month of a year the plan shows as a column's header written short ("jun.2022" for "in June 2022"). */
function namedAsColumn(condition: DateCondition, plan: string): boolean {
  if (condition.kind !== 'month' || condition.year === undefined) return false;
  const short = MONTH_NAMES[condition.month - 1]!.toLowerCase().slice(0, 3);
  return new RegExp(`\\b${short}[a-z]*\\.?[\\s._-]*${condition.year}\\b`).test(plan);
}

/** The month names a date condition turns on ("in November", "from 1 July 2007 to 31 December 2007"). */
function monthNamesOf(condition: DateCondition): string[] {
  const months =
    condition.kind === 'month' ? [condition.month] : [condition.from?.month, condition.to?.month];
  return months.filter((month) => month !== undefined).map((month) => MONTH_NAMES[month - 1]!);
}

const OPERATOR = String.raw`\s*(?:minus|plus|times|divided by|over|[-−–+*×/÷])\s*`;

/**
 * Arithmetic between two columns the question writes out ("the daily range (High minus Low)",
 * "Volume / Shares") that no step of the plan carried out: a plan naming both columns in a
 * step with an operator, or a new column, did.
 */
function unappliedArithmetic(frame: Frame, question: string, planText: string): string[] {
  const numeric = columnNames(frame)
    .filter((name) => isNumericColumn(frame, name))
    .sort((a, b) => b.length - a.length);
  if (numeric.length < 2) return [];
  const names = numeric.map(escapeRegExp).join('|');
  const patterns = [
    new RegExp(`(?<![\\w])(${names})${OPERATOR}(${names})(?![\\w])`, 'gi'),
    // "the Weight to Height ratio", "the ratio of Weight to Height".
    new RegExp(`(?<![\\w])(${names})[\\s-]+to[\\s-]+(${names})[\\s-]+ratio\\b`, 'gi'),
    new RegExp(
      `\\bratio (?:of|between) (?:the )?(${names}) (?:to|and|over) (?:the )?(${names})(?![\\w])`,
      'gi',
    ),
  ];
  const left: string[] = [];
  for (const match of patterns.flatMap((pattern) => [...question.matchAll(pattern)])) {
    const [a, b] = [match[1]!, match[2]!].map(
      (written) => numeric.find((name) => name.toLowerCase() === written.toLowerCase())!,
    );
    const done = planText
      .split(/;\s*/)
      .some(
        (step) =>
          step.includes(a!) &&
          step.includes(b!) &&
          /[−+/×·]|\bratio\b|\bdifference\b|\bsum\b|\bproduct\b|\bnew column\b/i.test(step),
      );
    if (!done) left.push(match[0]!.trim());
  }
  return left;
}

/** Statistics a question names, and the plan aggregates that carry each out. */
const ASKED_STATISTICS: readonly { asks: RegExp; fns: readonly string[] }[] = [
  { asks: /(?<!\bon )\b(average|mean)\b/i, fns: ['avg'] },
  { asks: /\bmedian\b/i, fns: ['median'] },
  { asks: /\bstandard deviation\b/i, fns: ['std'] },
  { asks: /\bcorrelat\w*/i, fns: ['correlation'] },
  { asks: /\b(percentage|percent|proportion)\b/i, fns: ['share'] },
  // No plan counts missing cells (the slot rules do): "how many missing values…" would count rows.
  {
    asks: /\bmissing (?:values?|cells?|entries|data)\b|\b(?:blank|empty|null) (?:cells?|values?|entries)\b/i,
    fns: [],
  },
];

function planFilters(plan: QueryPlan): Filter[] {
  return [
    ...plan.filters,
    ...(plan.difference ? [...plan.difference.a, ...plan.difference.b] : []),
    ...(plan.span?.anchor ?? []),
    ...(plan.relative?.anchor ?? []),
  ];
}

/**
 * What a question asks that its query plan does not do: a compared number ("more than 5",
 * "after 2007") or a quoted cell value no filter uses, or a statistic ("average", "median")
 * the plan does not compute and no column is named after. Empty when the plan covers it.
 */
export function unaccountedAsks(asked: string, plan: QueryPlan, table: DataTable): string[] {
  // "less than 1:10" over a column of durations is carried out as "Time < 70".
  const timed = table.columns.some((column) => durationReader(column.texts) !== undefined);
  const question = timed ? durationsAsSeconds(asked) : asked;
  const filters = planFilters(plan);
  const planText = [
    ...filters.map((filter) => `${filter.column} ${filter.value}`),
    ...(plan.choose?.values ?? []),
    plan.limit ?? '',
    plan.offset ?? '',
  ]
    .join(' ')
    .toLowerCase();
  const headers = table.columns.map((column) => column.name.toLowerCase()).join(' | ');
  const left: string[] = [];
  const rowTexts = table.rowNumbers.map((_, row) =>
    table.columns.map((column) => String(column.texts[row] ?? '')).join(' | '),
  );
  // A year every row or no row holds names the table's own subject ("the 1998 season").
  const sorts = (year: string) => {
    const holding = rowTexts.filter((text) => text.includes(year)).length;
    return holding > 0 && holding < rowTexts.length;
  };
  const { undone, undated } = unshownDates(question, planText);
  left.push(...undone);
  for (const pattern of [COMPARED, COMPARED_IN_WORDS, YEAR])
    for (const match of undated.matchAll(pattern)) {
      const text = match[1]!.replace(/,/g, '');
      const value = String(Number(text));
      // A compared number is carried out by a comparison, not by "is 3".
      const compared = [
        ...filters.filter((filter) => pattern === YEAR || !['eq', 'ne'].includes(filter.op)),
        ...(plan.span?.anchor ?? []),
      ];
      const inPlan = [
        ...compared.map((filter) => `${filter.column} ${filter.value}`),
        ...(plan.choose?.values ?? []),
        plan.limit ?? '',
        plan.offset ?? '',
      ]
        .join(' ')
        .toLowerCase();
      if (inPlan.includes(text) || inPlan.includes(value) || headers.includes(value)) continue;
      if (pattern === YEAR && !sorts(value)) continue;
      left.push(match[0]!.trim());
    }
  const planWords = new Set(wordsOf(planText));
  const cells = new Set(
    table.columns.flatMap((column) => column.texts.flatMap((text) => wordsOf(String(text ?? '')))),
  );
  for (const match of question.matchAll(QUOTED)) {
    const words = wordsOf(match[1]!);
    if (words.length === 0 || words.every((word) => planWords.has(word))) continue;
    if (words.every((word) => cells.has(word)) && !wordsOf(headers).some((word) => words.includes(word)))
      left.push(`"${match[1]}"`);
  }
  // A column of percentages (typed so, or numbers all within 0–100) answers "percentage" as it reads.
  const used = [...plan.select, plan.aggregate?.column, plan.orderBy?.target];
  const percentages = table.columns.some(
    (column) =>
      used.includes(column.name) &&
      (column.type === 'percent' ||
        (column.values.some((value) => typeof value === 'number') &&
          column.values.every(
            (value) => value === null || (typeof value === 'number' && value >= 0 && value <= 100),
          ))),
  );
  for (const { asks, fns } of ASKED_STATISTICS) {
    const asked = asks.exec(question);
    if (!asked) continue;
    if (plan.aggregate && fns.includes(plan.aggregate.fn)) continue;
    if (headers.includes(asked[0].toLowerCase().slice(0, 6))) continue;
    if (fns.includes('share') && percentages) continue;
    left.push(asked[0]);
  }
  // "what percentage of gold-tier customers renewed": the plan takes a share of all rows,
  // so with conditions on two columns it cannot tell which one is the base.
  if (plan.aggregate?.fn === 'share' && new Set(plan.filters.map((filter) => filter.column)).size >= 2)
    left.push('the base of the percentage (all rows, or only the rows meeting one of its conditions)');
  return [...new Set(left)];
}

/** Fails with `unsupported`, naming what was not carried out, when the plan leaves part of the question undone. */
export function requireCovered(question: string, plan: QueryPlan, table: DataTable): void {
  const missed = unaccountedAsks(question, plan, table);
  if (missed.length > 0)
    fail(
      'unsupported',
      `The question asks for ${missed.map((item) => `"${item.replace(/"/g, '')}"`).join(', ')}, which the builtin reading did not turn into a step (it read: ${describePlan(plan)}).`,
      {
        hint: 'Name the column and the value or number to filter on, e.g. "average Price where Tier is 1".',
      },
    );
}

/** Ranking words a doer's noun follows in a slot name ("top", "biggest"). */
const RANKING_LEADS = new Set([
  'top',
  'best',
  'worst',
  'biggest',
  'leading',
  'highest',
  'lowest',
  'greatest',
]);

/** The words of a slot name that are a doer's noun ("seller", "spender") just after a ranking word. */
function rankedDoers(words: readonly string[]): string[] {
  return words.filter(
    (word, index) => index > 0 && RANKING_LEADS.has(words[index - 1]!) && /^[a-z]{3,}(?:er|or)$/.test(word),
  );
}
