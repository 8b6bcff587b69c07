/**
 * @module statistic-tests
 * The tests and paired statistics a slot may ask for: correlation (Pearson, Spearman,
 * Kendall) with its p-value, regression pairs, chi-square, t-tests and ANOVA over named groups,
 * differences and ratios of two statistics, and outlier rows by z-score or IQR.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumericColumn,
  numbersOf,
  pairsOf,
  rowsWithout,
  wordsOf,
} from './analysis-frame.ts';
import { compareStatistics, twoGroups } from './compare-statistics.ts';
import { DAGOSTINO_MIN_VALUES, dagostinoPearson, namesDagostino } from './dagostino-test.ts';
import {
  chiSquareIndependence,
  iqrFences,
  kendallTau,
  shapiroWilk,
  spearman,
  standardDeviation,
  zScoreOutliers,
} from './distribution-stats.ts';
import { groupSizeFloor } from './group-size-floor.ts';
import { namedYearGroups } from './named-year-groups.ts';
import { sameRowsTest } from './paired-tests.ts';
import {
  bartlett,
  kruskalWallis,
  ksNormal,
  ksTwoSample,
  levene,
  mannWhitneyU,
  type TestResult,
} from './rank-tests.ts';
import { repeatedHeaderMeant } from './repeated-header.ts';
import { type Alternative, pooledT, welchT } from './sided-tests.ts';
import {
  distinctValues,
  findPhrase,
  has,
  needMeasure,
  pairNamed,
  population,
  type SlotContext,
  slotWords,
} from './slot-context.ts';
import { statedGroupColumn } from './stated-group.ts';
import { anova, mean, pearson } from './stats.ts';
import { ONE_SIDED, statedAlternative } from './test-alternative.ts';
import { usedPair } from './used-pair.ts';

/**
 * The z-score bound the text states, in any of its written forms: "|z| > 2", "z > 2.5",
 * "an absolute z-score above 2", "a z-score greater than 3 or less than -3", "a threshold of 2",
 * "more than 2 standard deviations from the mean"; 3 when none is stated.
 */
const Z_BOUNDS: readonly RegExp[] = [
  /\|\s*z(?:[- ]?scores?)?\s*\|\s*(?:>=?|≥|is (?:greater|larger|more) than|exceeds?|above|over)\s*(\d+(?:\.\d+)?)/i,
  /\babsolute (?:value of (?:the |its )?)?z(?:[- ]?scores?)?\s+(?:is |are |of )?(?:>=?|≥|(?:greater|larger|more) than|exceed(?:s|ing)?|above|over|beyond)\s*(\d+(?:\.\d+)?)/i,
  /(?:z-?score|threshold)[^.]{0,60}?(?:greater than|above|exceeds?|>|of|beyond)\s*(?:±|\+\/-)?\s*(\d+(?:\.\d+)?)/i,
  /\bz\s*(?:>=?|≥)\s*(\d+(?:\.\d+)?)/i,
];

function zThreshold(text: string): number {
  const match =
    Z_BOUNDS.map((pattern) => pattern.exec(text)).find((found) => found !== null) ??
    STANDARD_DEVIATIONS_AWAY.exec(text);
  return match ? Number(match[1]) : 3;
}

/** "Compute the z-scores over all rows": the mean and spread of every row, not of the rows kept. */
const OVER_EVERY_ROW =
  /\b(?:over|across|of|using|on) (?:all|every|the whole|the full|the entire)\s+(?:rows?|rows with an? \w+|table|column|data(?:set)?|days|records)\b/i;

/** "more than 2.5 standard deviations from the mean": a z-score bound written out. */
export const STANDARD_DEVIATIONS_AWAY =
  /(\d+(?:\.\d+)?)\s+(?:standard deviations?|std|sd|sigmas?)\s+(?:away\s+)?(?:from|above or below|beyond)\s+the\s+mean/i;

/**
 * "How many outliers are there, and what is the mean once they are removed?": after a step removed
 * the column's outliers from the rows in play, they are found among the rows it removed them from.
 * Only when that step is the one condition on the column and the slot asks over the rows in play.
 */
function rowsBeforePruning(context: SlotContext, name: string): readonly number[] | undefined {
  const { frame } = context;
  const pruned = frame.steps.some(
    (step) => step.startsWith(`rows with ${name} inside `) && step.includes(', outliers removed'),
  );
  if (!pruned || frame.conditions.filter((condition) => condition.column === name).length !== 1)
    return undefined;
  if (
    context.rows.length !== frame.rows.length ||
    context.rows.some((row, index) => row !== frame.rows[index])
  )
    return undefined;
  return rowsWithout(frame, name);
}

export function outlierRows(context: SlotContext, name: string): { rows: number[]; method: string } {
  const { rows, values } = numbersOf(context.frame, name, [
    ...(rowsBeforePruning(context, name) ?? context.rows),
  ]);
  if (/z-?score/i.test(context.text) || STANDARD_DEVIATIONS_AWAY.test(context.text)) {
    const threshold = zThreshold(context.text);
    const population = !/sample standard deviation|ddof\s*=\s*1/i.test(context.text);
    // "how many trading days in 2019 have an outlying volume": the mean and spread may be of the
    // year's rows or of every row. "Over all rows" says every row; "within", "among" or "the
    // remaining" the rows kept; else the text does not say, and the slot is refused.
    const every = numbersOf(
      context.frame,
      name,
      context.frame.table.rowNumbers.map((_, row) => row),
    );
    if (context.frame.conditions.length > 0 && rows.length < every.rows.length) {
      if (OVER_EVERY_ROW.test(context.text)) {
        const kept = new Set(rows);
        return {
          rows: zScoreOutliers(every.values, threshold, population)
            .map((index) => every.rows[index]!)
            .filter((row) => kept.has(row)),
          method: `|z| > ${threshold} (z over all ${every.rows.length} rows)`,
        };
      }
      if (!/\b(?:within|among|of (?:those|these|the remaining)|remaining)\b/i.test(context.text))
        fail(
          'unsupported',
          `The z-scores of ${name} may be over the rows kept or over every row; the text does not say which.`,
          { hint: 'Say "z-scores over all rows" or "z-scores within the rows kept".' },
        );
    }
    return {
      rows: zScoreOutliers(values, threshold, population).map((index) => rows[index]!),
      method: `|z| > ${threshold}`,
    };
  }
  const { low, high } = iqrFences(values);
  return {
    rows: rows.filter((_, index) => values[index]! < low || values[index]! > high),
    method: 'outside Q1 − 1.5·IQR … Q3 + 1.5·IQR',
  };
}

/** "The difference in mean X between A and B", "the ratio of the total X to the total Y". */
export function pairStatistic(context: SlotContext) {
  const kind = has(slotWords(context.slot), 'ratio') ? 'ratio' : 'difference';
  // "the median of the ratio of A to B" is a statistic of each row's ratio, not a ratio of statistics.
  // The mean (or sum) of differences is the difference of means, so only those are answered.
  const ofRows = STATISTIC_OF_PAIR.exec(context.text);
  if (ofRows && !(/^difference/i.test(ofRows[2]!) && /^(?:mean|average|sum|total)$/i.test(ofRows[1]!)))
    fail(
      'unsupported',
      `"${ofRows[0]}" asks for a statistic of each row's ${ofRows[2]!.toLowerCase()}, which no step made.`,
      { hint: 'Create the column first ("a new column R as A divided by B"), then ask for its statistic.' },
    );
  return compareStatistics(
    context.frame,
    kind,
    context.question,
    context.text,
    context.rows,
    population(context.text),
    context.group && { column: context.group.column, rows: context.frame.rows },
  );
}

/** A statistic taken of a row-wise ratio or difference: "the mean of the ratio of A to B". */
const STATISTIC_OF_PAIR =
  /\b(mean|average|median|sum|total|standard deviation|variance|maximum|minimum) of (?:the )?(ratio|difference|differences)\b (?:of|between)\b/i;

/** A side of a stated line: a quoted name, or one bare word ("Rent", "Win_$"). */
const LINE_SIDE = '("[^"\\n]{1,80}"|[^\\s=,;"*·×+]{1,40})';
/** The coefficient's and the constant's names in a stated line ("slope", "b1", "m"; "intercept", "b0", "a"). */
const LINE_COEFFICIENT = '(?:slope|coef(?:ficient)?|b_?1|β_?1|b|m)';
const LINE_CONSTANT = '(?:intercept|const(?:ant)?|b_?0|β_?0|a|c)';
const STATED_LINE = new RegExp(
  `${LINE_SIDE}\\s*=\\s*(?:${LINE_CONSTANT}\\s*\\+\\s*)?${LINE_COEFFICIENT}\\s*[*·×]\\s*${LINE_SIDE}`,
  'i',
);

/**
 * The response and the predictor of a line the text writes out: 'Fit "Rent" = slope * "Floor area" +
 * intercept', "Rent = a + b·Area"; undefined when it writes none.
 */
function statedLine(text: string): [string, string] | undefined {
  const found = STATED_LINE.exec(text);
  return found ? [found[1]!.replace(/"/g, ''), found[2]!.replace(/"/g, '')] : undefined;
}

/** The regression's response and predictor: "predict Y from X", "regress Y on X", else "between X and Y". */
export function regressionPair(context: SlotContext): { x: string; y: string } {
  const numeric = (phrase: string) => {
    const column = findMentions(context.frame, phrase)
      .map((mention) => mention.column)
      .find((name) => isNumericColumn(context.frame, name));
    // "the time in seconds" over "Time" and "Time (2)": the one the text quotes.
    return column && repeatedHeaderMeant(context.frame, column, phrase, context.text);
  };
  // "with Height as the predictor and Weight as the response".
  const predictor =
    /(?:^|[\s,(])(?:the )?([^,.;()?\n]{1,60}?) as (?:the |its )?(?:predictor|independent variable|explanatory variable|regressor|input|x(?![\w-]))/i.exec(
      context.text,
    );
  const response =
    /(?:^|[\s,(])(?:the )?([^,.;()?\n]{1,60}?) as (?:the |its )?(?:response|dependent variable|target|outcome|y(?![\w-]))/i.exec(
      context.text,
    );
  // 'The two are "Height" (x) and "Weight" (y)': each side marked in brackets after its quoted name.
  const markedX = /["“]([^"”\n]{1,60})["”]\s*\(\s*x\s*\)/i.exec(context.text);
  const markedY = /["“]([^"”\n]{1,60})["”]\s*\(\s*y\s*\)/i.exec(context.text);
  if (markedX && markedY) {
    const x = numeric(`"${markedX[1]!}"`);
    const y = numeric(`"${markedY[1]!}"`);
    if (x && y && x !== y) return { x, y };
  }
  if (predictor && response) {
    const x = numeric(predictor[1]!.replace(/^.*\b(?:with|and|using|use)\s+/i, ''));
    const y = numeric(response[1]!.replace(/^.*\b(?:with|and|using|use)\s+/i, ''));
    if (x && y && x !== y) return { x, y };
  }
  // 'Fit "Rent" = slope * "Floor area" + intercept': the stated line puts the response on the left.
  const line = statedLine(context.text);
  if (line) {
    const y = numeric(line[0]);
    const x = numeric(line[1]);
    if (x && y && x !== y) return { x, y };
  }
  // "a regression of Y on X" says both sides outright; "predict Y for a shop with 300 X" may not.
  const stated =
    /\bregress(?:es|ing|ion of)? (?:the )?(.{1,80}?) on (?:the )?(.{1,80}?)(?=[.,;?]|$|\s+(?:with|using|for|over|where|when|among|across|to)\b)/i.exec(
      context.text,
    ) ??
    /\bpredict(?:s|ing)? (?:the )?(.{1,80}?) (?:based on|from|using|with) (?:the )?(.{1,80}?)(?:[.,;]|$)/i.exec(
      context.text,
    ) ??
    // "a straight line of Close against Open": the response first, as a plot of y against x.
    /\b(?:line|fit) of (?:the )?(.{1,80}?) (?:against|versus|vs\.?) (?:the )?(.{1,80}?)(?=[.,;?]|$|\s+(?:with|using|for|over|where|when|among|across)\b)/i.exec(
      context.text,
    );
  if (stated) {
    const predictors = stated[2]!.split(
      /\s+(?:and (?:then |report|calculate|compute|find|evaluate|use)|then|to (?:predict|estimate|find))\b/i,
    )[0]!;
    const several = new Set(
      findMentions(context.frame, predictors)
        .map((mention) => mention.column)
        .filter((name) => isNumericColumn(context.frame, name)),
    );
    if (several.size > 1)
      fail(
        'unsupported',
        `The regression names ${several.size} predictors (${[...several].join(', ')}); the builtin engine fits one.`,
        {
          hint: 'Ask for a simple regression on one predictor column.',
        },
      );
    const y = numeric(stated[1]!);
    const x = numeric(stated[2]!);
    if (x && y && x !== y) return { x, y };
  }
  // "Fit a straight line", "numpy.polyfit": no word of the text says which side each column is on.
  if (!/regress|least squares|line of best fit|best[- ]fit line|trend ?line/i.test(context.text))
    fail('unsupported', 'The text fits a line but does not say which column is x and which is y.', {
      hint: 'Say "with A as x and B as y" or "a regression of B on A".',
    });
  const pair = pairNamed(context);
  if (pair) return { x: pair[0], y: pair[1] };
  return { x: needMeasure(context, 1), y: needMeasure(context, 0) };
}

/** Whether `made` is a feature a step computed from `part` (its step reads "made = … part …"). */
function madeFrom(frame: Frame, made: string, part: string): boolean {
  if (!frame.derived.has(made) || made === part) return false;
  return frame.steps.some(
    (step) => step.startsWith(`${made} = `) && step.slice(made.length + 3).includes(part),
  );
}

export function correlation(context: SlotContext): {
  r: number;
  p: number;
  note: string;
  columns: string[];
  rows: number[];
} {
  // 'Use "Adults Jan.2020" and "Youth Jan.2020"': the pair the constraints quote.
  const pair = pairNamed(context) ?? usedPair(context.frame, context.text);
  const a = pair?.[0] ?? needMeasure(context, 0);
  const b = pair?.[1] ?? needMeasure(context, 1);
  // A made feature beside a column it was made from, the text naming no such pair: the partner
  // the question means was not read, and one of the feature's own parts stood in for it.
  if (!pair && (madeFrom(context.frame, a, b) || madeFrom(context.frame, b, a)))
    fail(
      'unsupported',
      `@${context.slot.name}: the builtin engine could not tell which column the question correlates the made feature with (it would have used ${context.frame.derived.has(a) ? b : a}, one of its parts).`,
      { hint: 'Say "the correlation between the new feature and Y" or "its correlation with Y".' },
    );
  const { rows, x, y } = pairsOf(context.frame, a, b, [...context.rows]);
  // Over one pair, or with one side the same in every pair, there is no correlation (pandas gives
  // NaN): the rows the question means were not the ones kept.
  if (new Set(x).size < 2 || new Set(y).size < 2)
    fail(
      'unsupported',
      `@${context.slot.name}: ${a} or ${b} holds one value over the ${rows.length === 1 ? 'one row' : `${rows.length} rows`} that pair them, so they have no correlation.`,
      { hint: 'Say which rows to keep, or which cells are no data.' },
    );
  const method = /kendall/i.test(context.text)
    ? 'Kendall'
    : /spearman/i.test(context.text) && !/pearson/i.test(context.text)
      ? 'Spearman'
      : 'Pearson';
  const result =
    method === 'Kendall'
      ? (({ tau, p }) => ({ r: tau, p }))(kendallTau(x, y))
      : method === 'Spearman'
        ? spearman(x, y)
        : pearson(x, y);
  return {
    r: result.r,
    p: result.p,
    note: `${method === 'Kendall' ? "Kendall's tau-b" : method} correlation of ${a} and ${b} over ${rows.length} rows`,
    columns: [a, b],
    rows,
  };
}

/**
 * The word for a correlation's strength: bounds the text states ("strong if |r| ≥ 0.7"),
 * else the usual ones (|r| ≥ 0.7 strong, ≥ 0.3 moderate, below that weak).
 */
export function strengthLabel(r: number, text: string): 'strong' | 'moderate' | 'weak' {
  const bound = (label: string, fallback: number) =>
    Number(
      new RegExp(
        `\\b${label}\\b[^.;\\n]{0,60}?(?:≥|>=|>|greater than(?: or equal to)?|above|at least|exceeds?)\\s*(0?\\.\\d+)`,
        'i',
      ).exec(text)?.[1] ?? fallback,
    );
  // "'moderate' if 0.4 <= |r| < 0.7": the band's lower end before |r|, its upper end after.
  const band = (label: string) =>
    new RegExp(
      `\\b${label}\\b['"’”]?\\s*(?:if|when|for|where)?\\s*(?:(0?\\.\\d+)\\s*(?:<=|≤|<)\\s*)?\\|?r\\|?\\s*(?:<=|≤|<)\\s*(0?\\.\\d+)`,
      'i',
    ).exec(text);
  const moderate = band('moderate');
  const weak = band('weak');
  const size = Math.abs(r);
  if (size >= bound('strong', Number(moderate?.[2] ?? 0.7))) return 'strong';
  if (size >= bound('moderate', Number(moderate?.[1] ?? weak?.[2] ?? 0.3))) return 'moderate';
  return 'weak';
}

/** A group of rows; `rest` marks every row but those of one value. */
type Group = { value: Cell; rows: number[]; rest?: { readonly than: Cell } };

/** A test's own words, which name no group ("an independent two-sample t-test", "test of independence"). */
const METHOD_WORDS =
  /\bindependent\s+(?:two[- ])?(?:samples?\s+)?(?:t[- ]?test|student'?s?|welch'?s?|samples?|groups?|test)\b|\btest of independence\b|\bpaired\s+(?:samples?\s+)?t[- ]?test\b/gi;

/** Distinct values of a category column the text names, each at its first word position. */
function namedValues(context: SlotContext, name: string): { value: Cell; at: number }[] {
  const values = categoryValues(context.frame, name);
  const textWords = wordsOf(context.text.replace(METHOD_WORDS, ' '));
  const longestFirst = values
    .filter((item) => item.words.length > 0)
    .sort((p, q) => q.words.length - p.words.length);
  const covered = new Set<number>();
  const distinct: { value: Cell; at: number }[] = [];
  for (const item of longestFirst) {
    for (let start = 0; start + item.words.length <= textWords.length; start++) {
      const span = item.words.map((_, k) => start + k);
      if (span.some((position) => covered.has(position))) continue;
      if (!item.words.every((word, k) => textWords[start + k] === word)) continue;
      for (const position of span) covered.add(position);
      if (!distinct.some((found) => found.value === item.value))
        distinct.push({ value: item.value, at: start });
    }
  }
  return distinct.sort((p, q) => p.at - q.at);
}

/** The groups a test compares: values of one category column the text names. */
function comparedGroups(context: SlotContext): { column: string; groups: Group[] } | undefined {
  for (const name of columnNames(context.frame)) {
    if (isNumericColumn(context.frame, name)) continue;
    const distinct = namedValues(context, name);
    if (distinct.length >= 2) {
      const cells = cellsOf(context.frame, name);
      return {
        column: name,
        groups: distinct.map((item) => ({
          value: item.value,
          rows: context.rows.filter((row) => cells[row] === item.value),
        })),
      };
    }
  }
  return undefined;
}

/**
 * Groups of a numeric column named by the values written right after its name: "the rows of
 * Season 2001 with those of Season 2009" compares Season = 2001 and Season = 2009. Only two or
 * more values the column holds, in text order.
 */
function namedNumberGroups(context: SlotContext): { column: string; groups: Group[] } | undefined {
  const text = context.text.replace(METHOD_WORDS, ' ');
  for (const name of columnNames(context.frame)) {
    if (!isNumericColumn(context.frame, name)) continue;
    const cells = cellsOf(context.frame, name);
    const pattern = new RegExp(
      String.raw`(?<![\w])${escapeRegExp(name)}\s*(?:is|equals|==?)?\s*(-?\d+(?:\.\d+)?)(?![\d.,:/-])`,
      'gi',
    );
    const values = [
      ...new Set(
        [...text.matchAll(pattern)].map((match) => Number(match[1])).filter((value) => cells.includes(value)),
      ),
    ];
    if (values.length < 2) continue;
    return {
      column: name,
      groups: values.map((value) => ({ value, rows: context.rows.filter((row) => cells[row] === value) })),
    };
  }
  return undefined;
}

/** Words that set one named group against every other row: "all other regions combined", "the rest". */
const REST_PHRASES = ['all the other', 'all other', 'every other', 'the other', 'the rest', 'all remaining'];
const REST_WORDS = REST_PHRASES.map(wordsOf);

/**
 * "The North shifts against all the other shifts": the one value of one category column the text
 * names, and every other row (a missing value included, as pandas' != keeps it), in text order.
 */
function oneAgainstRest(context: SlotContext): { column: string; groups: Group[] } | undefined {
  const words = wordsOf(context.text);
  const restAt = Math.min(...REST_WORDS.map((phrase) => findPhrase(words, phrase)).filter((at) => at >= 0));
  if (!Number.isFinite(restAt)) return undefined;
  const found = columnNames(context.frame)
    .filter((name) => !isNumericColumn(context.frame, name))
    .map((name) => ({ name, values: namedValues(context, name) }))
    .filter((item) => item.values.length === 1);
  if (found.length !== 1) return undefined;
  const { name, values } = found[0]!;
  const { value, at } = values[0]!;
  const cells = cellsOf(context.frame, name);
  const one: Group = { value, rows: context.rows.filter((row) => cells[row] === value) };
  const rest: Group = {
    value: `all other ${name}`,
    rows: context.rows.filter((row) => cells[row] !== value),
    rest: { than: value },
  };
  return { column: name, groups: at < restAt ? [one, rest] : [rest, one] };
}

/** The phrases that name a group, for reading which side a one-sided test expects larger. */
function groupPhrases(group: Group, text: string): string[] {
  return group.rest
    ? REST_PHRASES
    : [String(group.value).toLowerCase(), ...groupLabels(text, String(group.value))];
}

/**
 * The word the text gives a group's rows where it defines them by a quoted value: "Early shifts
 * have Start equal to 'E' and late shifts 'L'" names the 'E' rows "early" and the 'L' rows "late".
 * Only the definition's own form is read: a label word, the rows' noun, then at most a short
 * "have Column equal to" before the quoted value.
 */
export function groupLabels(text: string, value: string): string[] {
  const labels: string[] = [];
  const quoted = new RegExp(`['"‘“]${escapeRegExp(value)}['"’”]`, 'gi');
  for (const match of text.matchAll(quoted)) {
    const before =
      text
        .slice(0, match.index)
        .split(/[.;:,?!\n'"‘’“”]/)
        .pop() ?? '';
    const definition =
      /^\s*(?:and\s+)?([a-z]+)\s+[a-z]+\s+(?:(?:have|has|are|with|whose|where)\b[\s\S]{0,40})?$/i.exec(
        before,
      );
    const label = definition?.[1]?.toLowerCase();
    if (label && !LABEL_STOP.has(label)) labels.push(label);
  }
  return labels;
}

/** Words that lead a clause without naming a group ("the rows whose", "all matches"). */
const LABEL_STOP = new Set(['the', 'all', 'any', 'each', 'every', 'keep', 'use', 'compare', 'only', 'other']);

/** The alternative the text states for the first group against the second; refused when unclear. */
function groupAlternative(text: string, groups: readonly Group[]): Alternative {
  const alternative = statedAlternative(text, groupPhrases(groups[0]!, text), groupPhrases(groups[1]!, text));
  if (!alternative)
    fail(
      'unsupported',
      'The text asks for a one-sided test but the builtin engine cannot tell which group it expects larger.',
      {
        hint: 'Say it as "alternative: <group> is greater".',
      },
    );
  return alternative;
}

/**
 * The two columns a chi-square test is said to be "between": both must be columns, each with two
 * values or more in the rows kept; a side naming no column (a flag no step made) or a column
 * with one value left is refused rather than replaced by other columns. Undefined when no
 * "between" is said of the test.
 */
const CROSS_TABULATED =
  /\bcross-?tab(?:ulate|ulating|ulation(?:\s+of)?|\s+of)?\s+("[^"]{1,80}")\s+(?:against|and|by|with|versus|vs\.?)\s+("[^"]{1,80}")/i;

/**
 * The rows a test of two category columns reads: the rows in play, less any stated condition
 * that leaves one value of a tested column ("Did germination depend on soil?" read as the rows where
 * Germinated is 1). Such a condition names the column the test compares, not rows to keep; the
 * other conditions stay. Rows a slot's own group narrowed are left as they are.
 */
function testedRows(context: SlotContext, tested: readonly string[]): readonly number[] {
  const { frame } = context;
  if (context.rows !== frame.rows || !frame.start) return context.rows;
  // Only a 0/1 flag the question named by a word ("survival"); a value the text states for the
  // column ("Keep the rows whose Division is 'East'", "Visited is 1") is a filter it asked for.
  const start = frame.start;
  const lifted = tested.filter(
    (name) =>
      distinctValues(frame, name, frame.rows).length < 2 &&
      frame.conditions.some((condition) => condition.column === name) &&
      distinctValues(frame, name, start).every((value) => value === 0 || value === 1) &&
      !new RegExp(
        String.raw`(?<![\w])${escapeRegExp(name)}\s*(?:is|=|==|equals|equal to|of)\s*(?:[01]|true|false|["'])`,
        'i',
      ).test(context.text),
  );
  if (lifted.length === 0) return context.rows;
  return frame.start.filter((row) =>
    frame.conditions.every((condition) => lifted.includes(condition.column) || condition.test(row)),
  );
}

function statedChiSquarePair(context: SlotContext): [string, string] | undefined {
  // 'Cross-tabulate "Shift" against "Outcome"': the table of counts the test reads, by its two quoted columns.
  const said =
    CROSS_TABULATED.exec(context.text) ??
    /\b(?:chi-?square|chi2|independence)\b[^.;]*?\bbetween\s+(.{1,120}?)\s+and\s+(.{1,120}?)(?:\s*\(|[.,;?\n]|$)/i.exec(
      context.text,
    );
  if (!said) return undefined;
  const side = (phrase: string) => {
    const found = findMentions(context.frame, phrase);
    return found.length === 1 ? found[0]!.column : undefined;
  };
  const a = side(said[1]!);
  const b = side(said[2]!);
  if (!a || !b || a === b)
    fail(
      'unsupported',
      `A chi-square test between "${said[1]}" and "${said[2]}": the builtin engine cannot tell the two columns.`,
      { hint: 'Name two category columns of the table, or make the flag a column first.' },
    );
  const rows = testedRows(context, [a, b]);
  for (const name of [a, b])
    if (distinctValues(context.frame, name, rows).length < 2)
      fail('unsupported', `A chi-square test needs two values of ${name} in the rows kept; there is one.`, {
        hint: 'Check the filter on the rows, or name another column.',
      });
  return [a, b];
}

export function chiSquare(context: SlotContext): {
  chi2: number;
  p: number;
  df: number;
  note: string;
  columns: string[];
  rows: number[];
} {
  const categorical = context.columns.filter((name) => {
    const distinct = new Set(
      context.rows.map((row) => cellsOf(context.frame, name)[row]).filter((cell) => cell !== null),
    );
    return distinct.size >= 2 && distinct.size <= Math.min(50, Math.max(2, context.rows.length / 5));
  });
  twoSidedOnly(context.text, 'chi-square');
  const [a, b] = statedChiSquarePair(context) ?? categorical;
  // A column of amounts is no category: its values as rows of a contingency table mean nothing.
  const measure = [a, b].find((name) => {
    const type = context.frame.table.columns.find((column) => column.name === name)?.type;
    return (
      name &&
      (type === 'number' || type === 'currency' || type === 'percent') &&
      distinctValues(context.frame, name, context.rows).length > 10
    );
  });
  // "between Region and whether Returns exceed 4": a flag the text defines by a bound, which no step made.
  const bounded = [a, b].find(
    (name) =>
      name &&
      isNumericColumn(context.frame, name) &&
      new RegExp(
        String.raw`(?<![\w])${escapeRegExp(name)}\s+(?:exceeds?|is\s+(?:greater|more|less|higher|lower|above|below|over|under|at least|at most)|are\s+(?:greater|more|less|higher|lower|above|below|over|under)|above|below|over|under|[<>]=?)\s*\d`,
        'i',
      ).test(context.text),
  );
  if (bounded)
    fail(
      'unsupported',
      `A chi-square test over ${bounded} would take its values as categories, but the text groups them by a bound no step made.`,
      {
        hint: 'Make the flag column first (1 above the bound, else 0) and name it.',
      },
    );
  if (measure)
    fail('unsupported', `A chi-square test needs two category columns; ${measure} holds amounts.`, {
      hint: 'Name two category columns, or say how to group the amounts.',
    });
  if (!a || !b)
    fail('unsupported', 'A chi-square test needs two named columns.', { hint: 'Name both columns.' });
  const left = cellsOf(context.frame, a);
  const right = cellsOf(context.frame, b);
  const tested = testedRows(context, [a, b]);
  const rows = tested.filter((row) => left[row] !== null && right[row] !== null);
  const lifted =
    tested === context.rows ? '' : `, over ${tested.length} rows: a condition on a tested column names it`;
  const rowKeys = [...new Set(rows.map((row) => String(left[row])))];
  const columnKeys = [...new Set(rows.map((row) => String(right[row])))];
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const row of rows)
    counts[rowKeys.indexOf(String(left[row]))]![columnKeys.indexOf(String(right[row]))]!++;
  const yates =
    !/without (?:yates'?s? |the |any )?(?:continuity )?correction|correction\s*=\s*false|no (?:yates'?s? )?(?:continuity )?correction/i.test(
      context.text,
    );
  const result = chiSquareIndependence(counts, yates);
  return {
    ...result,
    note: `chi-square test of ${a} × ${b} (df ${result.df}${result.corrected ? ", Yates' continuity correction" : ''}${lifted})`,
    columns: [a, b],
    rows,
  };
}

/** Refuses a one-sided test where only the two-sided one is built. */
function twoSidedOnly(text: string, test: string): void {
  if (ONE_SIDED.test(text))
    fail(
      'unsupported',
      `The text asks for a one-sided ${test} test; the builtin engine does it two-sided only.`,
      {
        hint: 'One-sided tests: t-tests, paired tests and the Mann-Whitney U test.',
      },
    );
}

export function pValue(context: SlotContext): {
  p: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const text = context.text;
  const same = sameRowsTest(context);
  if (same) return same;
  const ranked = rankTest(context, false);
  if (ranked) return ranked;
  if (namesDagostino(text)) return dagostinoP(context);
  if (/shapiro/i.test(text)) {
    twoSidedOnly(text, 'Shapiro-Wilk');
    const name = needMeasure(context);
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    return {
      p: shapiroWilk(values).p,
      note: `Shapiro-Wilk on ${name}${context.groupNote ?? ''}`,
      columns: [name],
      rows,
    };
  }
  if (/chi-?square|chi2/i.test(text)) return chiSquare(context);
  if (TEST.test(text)) {
    const { p, note, columns, rows } = groupTest(context);
    return { p, note, columns, rows };
  }
  twoSidedOnly(text, 'correlation');
  const { p, note, columns, rows } = correlation(context);
  return { p, note, columns, rows };
}

/** D'Agostino and Pearson's test on the slot's measure; refused below the eight values it needs. */
export function dagostinoP(context: SlotContext): {
  p: number;
  statistic: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const name = needMeasure(context);
  const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
  const test = dagostinoPearson(values);
  if (!test)
    fail(
      'unsupported',
      `D'Agostino and Pearson's normality test needs at least ${DAGOSTINO_MIN_VALUES} values; ${name} has ${values.length}.`,
    );
  return {
    ...test,
    note: `D'Agostino-Pearson test on ${name}${context.groupNote ?? ''}: K2 = ${test.statistic.toFixed(4)}`,
    columns: [name],
    rows,
  };
}

export const TEST = /t-?test|ttest|anova|analysis of variance|welch/i;

type TestGroups = {
  readonly column: string;
  readonly groups: Group[];
  /** The text named the groups, so their order is the text's. */
  readonly named: boolean;
  readonly measure: string;
  /** The fewest rows a group holds to take part, when the text states one. */
  readonly floor?: number;
};

/** The groups a test compares (values the text names, else every value of a few-valued column it names) and the measure. */
function testGroups(context: SlotContext): TestGroups {
  const all = context.frame.rows;
  const named: { column: string; groups: Group[] } | undefined =
    comparedGroups({ ...context, rows: all }) ??
    flagOrValueGroups(context) ??
    oneAgainstRest({ ...context, rows: all }) ??
    namedNumberGroups({ ...context, rows: all }) ??
    namedYearGroups(context.frame, context.text.replace(METHOD_WORDS, ' '), all);
  let column = named?.column;
  let groups = named?.groups;
  let floor: number | undefined;
  if (!groups || groups.length < 2) {
    const floored = flooredGroups(context);
    if (floored) ({ column, groups, floor } = floored);
  }
  if (!groups || groups.length < 2) {
    // Groups of several rows each: a measure of near-unique values ("Points") is no grouping.
    column = context.columns.find((name) => {
      const count = distinctValues(context.frame, name, all).length;
      return (
        count >= 2 &&
        count <= 20 &&
        count <= all.length * 0.7 &&
        context.measures.some((item) => item !== name)
      );
    });
    if (column) {
      const cells = cellsOf(context.frame, column);
      groups = distinctValues(context.frame, column, all)
        .sort((a, b) =>
          typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
        )
        .map((value) => ({ value, rows: all.filter((row) => cells[row] === value) }));
    }
  }
  if (!column || !groups || groups.length < 2)
    fail('unsupported', 'The test needs groups: a column with a few values, or two values named.', {
      hint: 'Name the grouping column or the two groups.',
    });
  const measure = context.measures.find((item) => item !== column);
  if (!measure)
    fail('unsupported', `No numeric column found to compare for @${context.slot.name}.`, {
      hint: 'Name the measured column in the question.',
    });
  // "the Age of shoppers who visited and of those who did not" was also read as a condition
  // on the grouping column: both groups come from the rows meeting the other conditions.
  const base = rowsWithout(context.frame, column);
  if (base) {
    const cells = cellsOf(context.frame, column);
    groups = groups.map((group) => ({
      ...group,
      rows: base.filter((row) => (group.rest ? cells[row] !== group.rest.than : cells[row] === group.value)),
    }));
  }
  const thin = groups.find((group) => numbersOf(context.frame, measure, group.rows).values.length < 2);
  if (thin)
    fail(
      'unsupported',
      `The group ${column} = ${JSON.stringify(thin.value)} has fewer than two ${measure} values to test.`,
      {
        hint: 'Name groups that have rows.',
      },
    );
  return {
    column,
    groups,
    named: Boolean(named && named.groups.length >= 2),
    measure,
    ...(floor === undefined ? {} : { floor }),
  };
}

/**
 * 'Keep the schools with 3 or more teams. Group the rows of those schools by "School"': the groups of the
 * quoted column the text groups by that hold at least the stated number of rows, in value order.
 */
function flooredGroups(context: SlotContext): { column: string; groups: Group[]; floor: number } | undefined {
  const column = statedGroupColumn(context.frame, context.text);
  if (column === undefined) return undefined;
  const floor = groupSizeFloor(context.text, column);
  if (floor === undefined) return undefined;
  const all = context.frame.rows;
  const cells = cellsOf(context.frame, column);
  const groups = distinctValues(context.frame, column, all)
    .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1))
    .map((value) => ({ value, rows: all.filter((row) => cells[row] === value) }))
    .filter((group) => group.rows.length >= floor);
  return groups.length >= 2 ? { column, groups, floor } : undefined;
}

/** "Shoppers who visited and those who did not": the two groups the question names as compare-statistics reads them. */
function flagOrValueGroups(context: SlotContext): { column: string; groups: Group[] } | undefined {
  const found = twoGroups(context.frame, context.question);
  if (!found) return undefined;
  const cells = cellsOf(context.frame, found.column);
  return {
    column: found.column,
    groups: found.values.map((value) => ({
      value,
      rows: context.frame.rows.filter((row) => cells[row] === value),
    })),
  };
}

/**
 * "An independent t-test between the Apples and Pears columns", "a one-way ANOVA across Apples,
 * Pears and Plums": each numeric column the question names in full is one sample, when the
 * question names no grouping column or group values, says the columns are compared ("between",
 * "across", "columns"), and names two columns for a t-test or two or more for an ANOVA.
 */
function columnSamplesTest(
  context: SlotContext,
): { statistic: number; p: number; note: string; columns: string[]; rows: readonly number[] } | undefined {
  const { frame, question, text } = context;
  if (!/\b(?:between|across|columns)\b/i.test(question)) return undefined;
  const named = [
    ...new Set(
      findMentions(frame, question)
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column),
    ),
  ];
  const samples = named.filter(
    (name) =>
      isNumericColumn(frame, name) &&
      !['identifier', 'date', 'category'].includes(
        frame.table.columns.find((item) => item.name === name)?.type ?? '',
      ),
  );
  // Any other named column may be the grouping one; a named value of one picks groups instead.
  if (samples.length !== named.length || samples.length < 2) return undefined;
  if (comparedGroups({ ...context, rows: frame.rows }) || twoGroups(frame, question)) return undefined;
  const anovaAsked = /anova|analysis of variance/i.test(text);
  if (!anovaAsked && samples.length !== 2) return undefined;
  const values = samples.map((name) => numbersOf(frame, name, [...context.rows]).values);
  if (values.some((sample) => sample.length < 2)) return undefined;
  if (anovaAsked) {
    twoSidedOnly(text, 'ANOVA');
    const result = anova(values);
    return {
      statistic: result.f,
      p: result.p,
      note: `one-way ANOVA across the columns ${samples.join(', ')}, each one sample (F = ${result.f.toPrecision(4)})`,
      columns: samples,
      rows: context.rows,
    };
  }
  const unequal = /welch|unequal variances?|equal_var\s*=\s*false|not assume equal variance/i.test(text);
  const alternative = statedAlternative(text, [samples[0]!.toLowerCase()], [samples[1]!.toLowerCase()]);
  if (!alternative)
    fail(
      'unsupported',
      'The text asks for a one-sided test but the builtin engine cannot tell which column it expects larger.',
      {
        hint: 'Say it as "alternative: <column> is greater".',
      },
    );
  const result = (unequal ? welchT : pooledT)(values[0]!, values[1]!, alternative);
  return {
    statistic: result.statistic,
    p: result.p,
    note: `${unequal ? "Welch's" : "Student's"} t-test between the columns ${samples[0]} and ${samples[1]}, each one sample (${alternative === 'two-sided' ? '' : `one-sided, alternative ${alternative}, `}t = ${result.statistic.toPrecision(4)})`,
    columns: samples,
    rows: context.rows,
  };
}

/**
 * A two-sample t-test (Student's, or Welch's when the text says unequal variances) or a one-way
 * ANOVA: the groups are values the text names, else every value of a few-valued column it names.
 */
export function groupTest(context: SlotContext): {
  statistic: number;
  p: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const text = context.text;
  const all = context.frame.rows;
  const same = sameRowsTest(context);
  if (same) return same;
  const across = columnSamplesTest(context);
  if (across) return across;
  const { column, groups, measure: name, floor } = testGroups(context);
  const sized = floor === undefined ? '' : ` of at least ${floor} rows`;
  const samples = groups.map((group) => numbersOf(context.frame, name, group.rows).values);
  // A t-test compares two groups; more than two found means the groups were not the ones meant.
  if (samples.length > 2 && !/anova|analysis of variance/i.test(text) && /t-?test|ttest|welch/i.test(text))
    fail(
      'unsupported',
      `A t-test compares two groups; the builtin engine found ${samples.length} in ${column}.`,
      {
        hint: "Name the two groups to compare (\"Sex 'male' and 'female'\").",
      },
    );
  const anovaAsked = /anova|analysis of variance/i.test(text) || samples.length > 2;
  if (anovaAsked) {
    twoSidedOnly(text, 'ANOVA');
    const result = anova(samples);
    return {
      statistic: result.f,
      p: result.p,
      note: `one-way ANOVA of ${name} across ${samples.length} ${column} groups${sized} (F = ${result.f.toPrecision(4)})`,
      columns: [name, column],
      rows: all,
    };
  }
  const unequal = /welch|unequal variances?|equal_var\s*=\s*false|not assume equal variance/i.test(text);
  const alternative = groupAlternative(text, groups);
  const result = (unequal ? welchT : pooledT)(samples[0]!, samples[1]!, alternative);
  return {
    statistic: result.statistic,
    p: result.p,
    note: `${unequal ? "Welch's" : "Student's"} t-test of ${name} between ${column} ${groups
      .map((group) => JSON.stringify(group.value))
      .join(
        ' and ',
      )}${sized} (${alternative === 'two-sided' ? '' : `one-sided, alternative ${alternative}, `}t = ${result.statistic.toPrecision(4)})`,
    columns: [name, column],
    rows: all,
  };
}

/** The distribution-free and variance tests the text may name, most specific first. */
const RANK_TESTS: readonly [RegExp, RankTestKind][] = [
  [/mann[- ]?whitney|wilcoxon rank[- ]sum|\bu[- ]test\b|mannwhitneyu/i, 'mann-whitney'],
  [/kruskal/i, 'kruskal'],
  [/levene/i, 'levene'],
  [/bartlett/i, 'bartlett'],
  [/kolmogorov|\bk-?s test\b|\bks_?2samp\b|\bkstest\b/i, 'kolmogorov-smirnov'],
];

type RankTestKind = 'mann-whitney' | 'kruskal' | 'levene' | 'bartlett' | 'kolmogorov-smirnov';

/** Slot words that name each test ("U_statistic", "levene_p", "ks_pvalue"). */
const KIND_WORDS: Record<RankTestKind, string[]> = {
  'mann-whitney': ['mann', 'whitney', 'mannwhitney', 'mwu', 'u', 'ustatistic', 'wilcoxon'],
  kruskal: ['kruskal', 'wallis', 'kw', 'h', 'hstatistic'],
  levene: ['levene'],
  bartlett: ['bartlett'],
  'kolmogorov-smirnov': ['ks', 'kolmogorov', 'smirnov', 'd', 'dstatistic'],
};
/** Other tests the text may name beside one of these, and the slot words that name them. */
const OTHER_TEST =
  /shapiro|chi-?square|chi2|t-?test|ttest|anova|analysis of variance|welch|pearson|spearman|kendall|correlat/i;
const OTHER_TEST_WORDS = [
  'shapiro',
  'wilk',
  'w',
  't',
  'tstatistic',
  'ttest',
  'anova',
  'f',
  'fstatistic',
  'chi',
  'chi2',
  'chisquare',
  'pearson',
  'spearman',
  'kendall',
  'r',
  'correlation',
  'welch',
  'normality',
];

export function rankTestNamed(text: string): RankTestKind | undefined {
  return RANK_TESTS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The test a slot reports when the text names one of these: the one its own words name, else
 * the only test the text names. 'ambiguous' when the text names several and the slot none;
 * undefined when the slot is another test's.
 */
export function rankTestFor(context: SlotContext): RankTestKind | 'ambiguous' | undefined {
  const kinds = RANK_TESTS.filter(([pattern]) => pattern.test(context.text)).map(([, kind]) => kind);
  if (kinds.length === 0) return undefined;
  const words = slotWords(context.slot);
  const pointed = kinds.filter((kind) => has(words, ...KIND_WORDS[kind]));
  if (pointed.length === 1) return pointed[0];
  if (pointed.length > 1) return 'ambiguous';
  // "W" names Shapiro-Wilk's statistic, and Levene's too (scipy calls both W): only Shapiro-Wilk when named.
  const others = /shapiro|wilk/i.test(context.text)
    ? OTHER_TEST_WORDS
    : OTHER_TEST_WORDS.filter((word) => word !== 'w');
  if (has(words, ...others)) return undefined;
  return kinds.length === 1 && !OTHER_TEST.test(context.text) ? kinds[0] : 'ambiguous';
}

/** How each test of groups runs: its name, whether it takes exactly two groups and a one-sided alternative. */
type GroupRankTest = {
  readonly label: (center: 'mean' | 'median') => string;
  readonly twoGroups: boolean;
  readonly oneSided: boolean;
  readonly run: (
    samples: readonly number[][],
    alternative: Alternative,
    center: 'mean' | 'median',
  ) => TestResult | undefined;
};

const GROUP_RANK_TESTS: Record<RankTestKind, GroupRankTest> = {
  'mann-whitney': {
    label: () => 'Mann-Whitney U',
    twoGroups: true,
    oneSided: true,
    run: (samples, alternative) => mannWhitneyU(samples[0]!, samples[1]!, alternative),
  },
  kruskal: {
    label: () => 'Kruskal-Wallis H',
    twoGroups: false,
    oneSided: false,
    run: (samples) => kruskalWallis(samples),
  },
  levene: {
    label: (center) => `Levene (centred on the ${center})`,
    twoGroups: false,
    oneSided: false,
    run: (samples, _alternative, center) => levene(samples, center),
  },
  bartlett: {
    label: () => 'Bartlett',
    twoGroups: false,
    oneSided: false,
    run: (samples) => bartlett(samples),
  },
  'kolmogorov-smirnov': {
    label: () => 'two-sample Kolmogorov-Smirnov',
    twoGroups: true,
    oneSided: false,
    run: (samples) => ksTwoSample(samples[0]!, samples[1]!),
  },
};

type TestOutcome = { statistic: number; p: number; note: string; columns: string[]; rows: readonly number[] };

/**
 * The normal a one-sample Kolmogorov-Smirnov test compares with, as the text states it: the
 * standard normal, or one with the sample's mean and standard deviation (n − 1 unless the text
 * says population). Undefined when the text does not say.
 */
function ksReference(
  text: string,
  values: readonly number[],
): { mu: number; sigma: number; note: string } | undefined {
  const fitted =
    /\b(?:its|their|the|sample(?:'s)?|column(?:'s)?|data(?:'s)?|observed|estimated)\s+(?:sample\s+)?mean and (?:sample\s+|population\s+)?standard deviation|\bstandardi[sz]e|\bz-?scores?\b|args\s*=\s*\(/i.test(
      text,
    );
  if (fitted) {
    const population =
      /population standard deviation|ddof\s*=\s*0|np\.std\b|\bz-?scores?\b|standardi[sz]e/i.test(text) &&
      !/sample standard deviation|ddof\s*=\s*1/i.test(text);
    return {
      mu: mean(values),
      sigma: standardDeviation(values, population),
      note: `a normal with the sample mean and ${population ? 'population' : 'sample'} standard deviation`,
    };
  }
  if (/standard normal/i.test(text)) return { mu: 0, sigma: 1, note: 'the standard normal' };
  return undefined;
}

/**
 * Mann-Whitney U, Kruskal-Wallis, Levene, Bartlett or Kolmogorov-Smirnov as the text names it, at
 * scipy.stats' defaults. Refused where the text leaves the groups' order (for a U statistic) or
 * the reference normal (for a one-sample Kolmogorov-Smirnov test) unsaid.
 */
export function rankTest(context: SlotContext, wantsStatistic: boolean): TestOutcome | undefined {
  const kind = rankTestFor(context);
  if (!kind) return undefined;
  if (kind === 'ambiguous')
    fail(
      'unsupported',
      `The text names several tests and @${context.slot.name} does not say which one it reports.`,
      {
        hint: "Name the test in the slot ('levene_p', 'U_statistic').",
      },
    );
  const groupsNamed =
    kind !== 'kolmogorov-smirnov' ||
    comparedGroups({ ...context, rows: context.frame.rows }) ||
    flagOrValueGroups(context);
  if (kind === 'kolmogorov-smirnov' && !groupsNamed) {
    const name = needMeasure(context);
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    const reference = ksReference(context.text, values);
    if (/two[- ]sample|ks_2samp/i.test(context.text))
      fail('unsupported', 'The two-sample Kolmogorov-Smirnov test needs the two groups named.', {
        hint: "Name the two groups (\"Sex 'male' and 'female'\").",
      });
    if (!reference)
      fail('unsupported', 'The Kolmogorov-Smirnov test needs the normal it compares with.', {
        hint: "Say 'a normal with the sample mean and standard deviation' or 'the standard normal'.",
      });
    const result = ksNormal(values, reference.mu, reference.sigma);
    if (!result)
      fail('unsupported', `${values.length} values are too many for the exact Kolmogorov-Smirnov p-value.`, {
        hint: 'Test a sample of the rows.',
      });
    return {
      ...result,
      note: `one-sample Kolmogorov-Smirnov test of ${name} against ${reference.note} (D = ${result.statistic.toPrecision(4)})`,
      columns: [name],
      rows,
    };
  }
  const { column, groups, named, measure } = testGroups(context);
  const samples = groups.map((group) => numbersOf(context.frame, measure, group.rows).values);
  const rule = GROUP_RANK_TESTS[kind];
  if (rule.twoGroups && samples.length !== 2)
    fail(
      'unsupported',
      `The ${kind} test compares two groups; the builtin engine found ${samples.length} in ${column}.`,
      {
        hint: 'Name the two groups to compare.',
      },
    );
  // The U statistic counts the first group's wins: which group is first must be the text's.
  if (wantsStatistic && kind === 'mann-whitney' && !named)
    fail(
      'unsupported',
      'The U statistic depends on which group comes first, and the text names neither group.',
      {
        hint: "Name the two groups in order (\"'male' and 'female'\").",
      },
    );
  const center = /center\s*=\s*['"]?mean|centered on the mean|centred on the mean/i.test(context.text)
    ? 'mean'
    : 'median';
  if (!rule.oneSided) twoSidedOnly(context.text, rule.label(center));
  const alternative = rule.oneSided ? groupAlternative(context.text, groups) : 'two-sided';
  const result = rule.run(samples, alternative, center);
  if (!result)
    fail('unsupported', 'The samples are too large for the exact two-sample Kolmogorov-Smirnov p-value.', {
      hint: 'Compare smaller groups.',
    });
  return {
    ...result,
    note: `${rule.label(center)} test of ${measure} between ${column} ${groups
      .map((group) => JSON.stringify(group.value))
      .join(
        ', ',
      )} (${alternative === 'two-sided' ? '' : `one-sided, alternative ${alternative}, `}statistic ${result.statistic.toPrecision(5)})`,
    columns: [measure, column],
    rows: groups.flatMap((group) => group.rows),
  };
}
