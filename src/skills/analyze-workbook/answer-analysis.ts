/**
 * @module answer-analysis
 * Answers analysis questions in the DABench form (a question, constraints and an answer
 * format with `@name[value]` slots) with the builtin engine: the prose is read into steps
 * (filters, computed columns, outlier pruning) and each slot into a measure over named
 * columns (summary statistics, correlation with its p-value, normality, outliers, tests,
 * superlatives with ties). A question that needs what the engine cannot do, training a
 * model say, fails with `unsupported`, never a guess.
 */
import { fail } from '../../lib/errors.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  createFrame,
  type Frame,
  findMentions,
  isNumericColumn,
  numbersOf,
  pairsOf,
  rowsWithout,
  totalsRows,
  wordsOf,
} from './analysis-frame.ts';
import { decimalsFor, parseSlots, type Slot, writeNumber } from './answer-format.ts';
import { compareStatistics } from './compare-statistics.ts';
import { citeCells, type DataTable } from './data-table.ts';
import {
  chiSquareIndependence,
  iqrFences,
  kendallTau,
  kurtosis,
  shapiroWilk,
  skewness,
  spearman,
  standardDeviation,
  studentT,
  zScoreOutliers,
} from './distribution-stats.ts';
import { dateColumn, type MonthlyFn, monthlyPeak, monthOf } from './monthly-aggregate.ts';
import { numberWord } from './normalize-text.ts';
import { unappliedConditions, uncoveredSlotWords } from './plan-coverage.ts';
import { applyPreparation } from './prepare-frame.ts';
import { readSlotName, statisticWord } from './slot-words.ts';
import { anova, mean, median, pearson, quantile, regression, variance, welch } from './stats.ts';
import { modeOf } from './transform-frame.ts';

export type AnalysisRequest = {
  readonly question: string;
  readonly constraints?: string;
  readonly format: string;
};

export type AnalysisAnswer = {
  readonly question: string;
  /** Slot values as the format writes them, by slot name. */
  readonly slots: Readonly<Record<string, string>>;
  /** The slot values in format order. */
  readonly answer: readonly string[];
  readonly planText: string;
  readonly cells: string;
  readonly engine: 'builtin';
};

/** What one slot is worked out from. */
export type SlotContext = {
  readonly frame: Frame;
  readonly slot: Slot;
  /** Question, constraints and format, lower case. */
  readonly text: string;
  readonly question: string;
  /** Columns the slot names (its own words first, then the question's). */
  readonly columns: readonly string[];
  /** Columns the slot's own name and placeholder name. */
  readonly ownColumns: readonly string[];
  /** Numeric columns among them. */
  readonly measures: readonly string[];
  /** Rows the slot is about (a slot like p_value_class_1 narrows to its group). */
  readonly rows: readonly number[];
  readonly groupNote?: string;
  /** The group the slot narrowed to, when it names one. */
  readonly group?: { readonly column: string; readonly value: Cell };
};

type SlotResult = { value: string; note: string; columns: string[]; rows: readonly number[] };

const UNSUPPORTED = [
  /\b(train|training)\b[^.]*\b(model|classifier|regressor|set)\b/i,
  /\b(random forest|logistic regression|decision tree|k-?means|cluster|svm|neural|classifier|machine learning|train[- ]test|testing set|test set|cross[- ]validation)\b/i,
  /\bscatter plot\b[^.]*\bonly\b/i,
];

function slotWords(slot: Slot): string[] {
  return [...readSlotName(slot.name), ...wordsOf(slot.placeholder.replace(/_/g, ' '))];
}

function has(words: readonly string[], ...wanted: string[]): boolean {
  return wanted.some((word) => words.includes(word));
}

function alphaOf(text: string): number {
  const match = /(?:alpha|significance level)[^0-9]{0,20}(0?\.\d+)/i.exec(text);
  return match ? Number(match[1]) : 0.05;
}

const NEGATIVE_OPTION = /\b(non|not|no|false|none|un\w*|insignificant)\b|non-|not_|^no\b/i;

function pickOption(slot: Slot, positive: boolean, fallback: [string, string]): string {
  const options = slot.options.filter((option) => option.length > 0);
  const negatives = options.filter((option) => NEGATIVE_OPTION.test(option));
  const positives = options.filter((option) => !NEGATIVE_OPTION.test(option));
  if (positive && positives[0]) return positives[0];
  if (!positive && negatives[0]) return negatives[0];
  return positive ? fallback[0] : fallback[1];
}

function population(text: string): boolean {
  return /population standard deviation|\(σ\)|ddof\s*=\s*0|np\.std|numpy|\/\s*n\b|divided by (?:the )?(?:count|n)\b/i.test(
    text,
  );
}

function adjustedMoments(text: string): boolean {
  return /pandas|\.skew\(\)|\.kurt/i.test(text) && !/scipy/i.test(text);
}

function needMeasure(context: SlotContext, index = 0): string {
  const name = context.measures[index];
  if (!name)
    fail('unsupported', `No numeric column found for @${context.slot.name}.`, {
      hint: 'Name the column in the question, e.g. "the mean of the Fare column".',
    });
  return name;
}

function numberResult(
  context: SlotContext,
  value: number,
  note: string,
  columns: string[],
  rows: readonly number[],
): SlotResult {
  return { value: writeNumber(value, context.slot.decimals), note, columns, rows };
}

function zThreshold(text: string): number {
  const match =
    /(?:z-?score|threshold)[^.]{0,60}?(?:greater than|above|exceeds?|>|of|beyond)\s*(?:±|\+\/-)?\s*(\d+(?:\.\d+)?)/i.exec(
      text,
    );
  return match ? Number(match[1]) : 3;
}

function outlierRows(context: SlotContext, name: string): { rows: number[]; method: string } {
  const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
  if (/z-?score/i.test(context.text)) {
    const threshold = zThreshold(context.text);
    return {
      rows: zScoreOutliers(
        values,
        threshold,
        !/sample standard deviation|ddof\s*=\s*1/i.test(context.text),
      ).map((index) => rows[index]!),
      method: `|z| > ${threshold}`,
    };
  }
  const { low, high } = iqrFences(values);
  return {
    rows: rows.filter((_, index) => values[index]! < low || values[index]! > high),
    method: 'outside Q1 − 1.5·IQR … Q3 + 1.5·IQR',
  };
}

/** A format or constraint asking for a share written as a percentage. */
const PERCENT_FORMAT =
  /\b(?:as|in|into) (?:a )?percent(?:age)?s?\b|\*\s*100\b|×\s*100\b|multipl\w* by 100\b/i;

/** A slot about the data once outliers are gone ("mean_no_outliers"), not about the outliers. */
function afterRemoval(words: readonly string[]): boolean {
  return has(
    words,
    'no',
    'without',
    'excluding',
    'exclude',
    'removed',
    'remove',
    'after',
    'clean',
    'cleaned',
    'remaining',
  );
}

/** Slot rules a ranking of groups answers instead, when the question ranks groups. */
const GROUP_RULES = /^(maximum|minimum|mean|total|rate of a flag|median|count|standard deviation)$/;

/** A slot named for R² (r2, r_squared, R2_score). */
const R_SQUARED = /(?:^|_)r_?(?:2|sq|squared)(?:_|$)/i;

const NEW_COLUMN = /\b(new(?:ly created)? (?:feature|column|variable)|this feature)\b/i;

/** "The difference in mean X between A and B", "the ratio of the total X to the total Y". */
function pairStatistic(context: SlotContext) {
  const kind = has(slotWords(context.slot), 'ratio') ? 'ratio' : 'difference';
  return compareStatistics(
    context.frame,
    kind,
    context.question,
    context.text,
    context.rows,
    population(context.text),
  );
}

/** The two columns of "between A and B", when the text says it that way. */
function pairNamed(context: SlotContext): [string, string] | undefined {
  for (const text of [context.question, context.text]) {
    for (const match of text.matchAll(/\bbetween (.{1,120}?) and (.{1,120}?)(?:[.,;?\n]|$)/gi)) {
      const side = (phrase: string) => {
        if (NEW_COLUMN.test(phrase) && context.frame.derived.size)
          return [...context.frame.derived.keys()].pop();
        return findMentions(context.frame, phrase)
          .map((mention) => mention.column)
          .find((name) => isNumericColumn(context.frame, name));
      };
      const a = side(match[1]!);
      const b = side(match[2]!);
      if (a && b && a !== b) return [a, b];
    }
  }
  return undefined;
}

/** The regression's response and predictor: "predict Y from X", "regress Y on X", else "between X and Y". */
function regressionPair(context: SlotContext): { x: string; y: string } {
  const numeric = (phrase: string) =>
    findMentions(context.frame, phrase)
      .map((mention) => mention.column)
      .find((name) => isNumericColumn(context.frame, name));
  const stated =
    /\bpredict(?:s|ing)? (?:the )?(.{1,80}?) (?:based on|from|using|with) (?:the )?(.{1,80}?)(?:[.,;]|$)/i.exec(
      context.text,
    ) ?? /\bregress(?:es|ing)? (?:the )?(.{1,80}?) on (?:the )?(.{1,80}?)(?:[.,;]|$)/i.exec(context.text);
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
  const pair = pairNamed(context);
  if (pair) return { x: pair[0], y: pair[1] };
  return { x: needMeasure(context, 1), y: needMeasure(context, 0) };
}

function correlation(context: SlotContext): {
  r: number;
  p: number;
  note: string;
  columns: string[];
  rows: number[];
} {
  const pair = pairNamed(context);
  const a = pair?.[0] ?? needMeasure(context, 0);
  const b = pair?.[1] ?? needMeasure(context, 1);
  const { rows, x, y } = pairsOf(context.frame, a, b, [...context.rows]);
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
function strengthLabel(r: number, text: string): 'strong' | 'moderate' | 'weak' {
  const bound = (label: string, fallback: number) =>
    Number(
      new RegExp(
        `\\b${label}\\b[^.;\\n]{0,60}?(?:≥|>=|>|greater than(?: or equal to)?|above|at least|exceeds?)\\s*(0?\\.\\d+)`,
        'i',
      ).exec(text)?.[1] ?? fallback,
    );
  const size = Math.abs(r);
  if (size >= bound('strong', 0.7)) return 'strong';
  if (size >= bound('moderate', 0.3)) return 'moderate';
  return 'weak';
}

/** The groups a test compares: values of one category column the text names. */
function comparedGroups(
  context: SlotContext,
): { column: string; groups: { value: Cell; rows: number[] }[] } | undefined {
  for (const name of columnNames(context.frame)) {
    if (isNumericColumn(context.frame, name)) continue;
    const values = categoryValues(context.frame, name);
    const textWords = wordsOf(context.text);
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
    if (distinct.length >= 2) {
      const cells = cellsOf(context.frame, name);
      return {
        column: name,
        groups: distinct
          .sort((p, q) => p.at - q.at)
          .map((item) => ({
            value: item.value,
            rows: context.rows.filter((row) => cells[row] === item.value),
          })),
      };
    }
  }
  return undefined;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return findPhrase(words, phrase) >= 0;
}

function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, k) => words[start + k] === word)) return start;
  return -1;
}

/** A 0/1 column the slot or question names (churned, renewed, defaulted). */
function flagColumn(context: SlotContext): string | undefined {
  const candidates = [...context.ownColumns, ...context.columns];
  return candidates.find((name) => {
    const values = new Set(cellsOf(context.frame, name).filter((cell) => cell !== null));
    return values.size === 2 && values.has(0) && values.has(1);
  });
}

/** The quantile a slot asks for: "p90", "90th percentile", "first quartile". */
function quantileAsked(context: SlotContext): number | undefined {
  const own = `${context.slot.name} ${context.slot.placeholder}`.replace(/_/g, ' ');
  const percent =
    /\bp(\d{1,2})\b/i.exec(own) ??
    /\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s*(?:percentile|pct|quantile)/i.exec(own) ??
    /\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s*percentile/i.exec(context.question);
  if (percent) return Number(percent[1]) / 100;
  if (/\b(q1|first quartile|lower quartile)\b/i.test(own)) return 0.25;
  if (/\b(q3|third quartile|upper quartile)\b/i.test(own)) return 0.75;
  return undefined;
}

type SlotRule = {
  readonly name: string;
  readonly applies: (words: readonly string[], context: SlotContext) => boolean;
  readonly compute: (context: SlotContext) => SlotResult;
};

function statistic(
  label: string,
  fn: (values: number[], context: SlotContext) => number,
): SlotRule['compute'] {
  return (context) => {
    const name = needMeasure(context);
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    if (values.length === 0)
      fail(
        'unsupported',
        `No numbers are left in ${name} to take the ${label} of for @${context.slot.name}.`,
        {
          hint: 'Check the conditions in the question.',
        },
      );
    return numberResult(
      context,
      fn(values, context),
      `${label} of ${name} over ${values.length} values${context.groupNote ?? ''}`,
      [name],
      rows,
    );
  };
}

/** The slot rules, most specific first. */
export const SLOT_RULES: readonly SlotRule[] = [
  {
    name: 'top rows by a measure',
    applies: (_words, context) => topRows(context) !== undefined,
    compute: (context) => topRows(context)!,
  },
  {
    name: 'missing count',
    applies: (words) =>
      has(words, 'missing', 'null', 'nan', 'na') &&
      has(
        words,
        'count',
        'number',
        'num',
        'how',
        'total',
        'percentage',
        'percent',
        'proportion',
        'pct',
        'ratio',
        'fraction',
        'share',
        'rate',
      ),
    compute: (context) => {
      const names = context.ownColumns.length ? context.ownColumns.slice(0, 1) : columnNames(context.frame);
      const missing = names.reduce(
        (total, name) =>
          total + context.rows.filter((row) => cellsOf(context.frame, name)[row] === null).length,
        0,
      );
      const words = slotWords(context.slot);
      const share = has(
        words,
        'percentage',
        'percent',
        'proportion',
        'pct',
        'ratio',
        'fraction',
        'share',
        'rate',
      );
      const percent =
        has(words, 'percentage', 'percent', 'pct') ||
        (!has(words, 'ratio', 'fraction', 'proportion', 'share') && PERCENT_FORMAT.test(context.text)) ||
        (has(words, 'proportion', 'rate') && PERCENT_FORMAT.test(context.text));
      const value = share ? (missing / (context.rows.length * names.length)) * (percent ? 100 : 1) : missing;
      return {
        value: share ? writeNumber(value, context.slot.decimals) : String(missing),
        note: `${share ? 'share' : 'count'} of missing cells in ${names.length === 1 ? names[0] : 'all columns'}`,
        columns: names,
        rows: context.rows,
      };
    },
  },
  {
    name: 'most missing',
    applies: (words, context) =>
      has(words, 'missing', 'null', 'nan') &&
      (has(words, 'max', 'most', 'highest', 'column', 'which') ||
        /\b(most|highest|largest|greatest|maximum)\b/i.test(context.question)),
    compute: (context) => {
      const counts = columnNames(context.frame).map((name) => ({
        name,
        missing: context.rows.filter((row) => cellsOf(context.frame, name)[row] === null).length,
      }));
      const top = Math.max(...counts.map((item) => item.missing));
      const names = counts.filter((item) => item.missing === top && top > 0).map((item) => item.name);
      return {
        value: names.join(', ') || 'None',
        note: `columns by missing cells (most: ${top})`,
        columns: names,
        rows: [],
      };
    },
  },
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
      pairStatistic(context) !== undefined,
    compute: (context) => {
      const pair = pairStatistic(context)!;
      return numberResult(context, pair.value, pair.note, pair.columns, pair.rows);
    },
  },
  {
    name: 'relationship type',
    applies: (_words, context) => context.slot.options.some((option) => /^nonlinear$|^linear$/i.test(option)),
    compute: (context) => {
      const { r, p, note, columns, rows } = correlation(context);
      const alpha = alphaOf(context.text);
      const strong = Number(
        (/absolute value of r is (?:greater than or equal to|at least|>=)\s*(0?\.\d+)/i.exec(context.text) ??
          [])[1] ?? 0.5,
      );
      const value = p >= alpha ? 'none' : Math.abs(r) >= strong ? 'linear' : 'nonlinear';
      const option = context.slot.options.find((item) => item.toLowerCase() === value) ?? value;
      return { value: option, note: `${note}: r = ${r.toFixed(3)}, p = ${p.toPrecision(3)}`, columns, rows };
    },
  },
  {
    name: 'correlation strength',
    applies: (words, context) =>
      has(words, 'strength', 'strong', 'weak') ||
      context.slot.options.filter((option) => /\b(strong|moderate|weak)\b/i.test(option)).length >= 2,
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      const label = strengthLabel(r, context.text);
      const sign = r >= 0 ? 'positive' : 'negative';
      const option =
        context.slot.options.find(
          (item) =>
            new RegExp(`\\b${label}\\b`, 'i').test(item) && new RegExp(`\\b${sign}\\b`, 'i').test(item),
        ) ?? context.slot.options.find((item) => new RegExp(`^${label}$`, 'i').test(item));
      return {
        value: option ?? `${label} ${sign}`,
        note: `${note}: r = ${r.toFixed(3)}, ${label} strength, ${sign}`,
        columns,
        rows,
      };
    },
  },
  {
    name: 'normality verdict',
    applies: (words, context) =>
      context.slot.options.length > 0 &&
      (has(words, 'normal', 'normality', 'distribution', 'skew') ||
        /normal/i.test(context.slot.options.join(' '))),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const skew = skewness(values, adjustedMoments(context.text));
      const ternary = context.slot.options.some((option) => /right/i.test(option));
      if (ternary) {
        const value = skew > 0.5 ? /right/i : skew < -0.5 ? /left/i : /symmetric|normal/i;
        const option = context.slot.options.find((item) => value.test(item)) ?? String(value);
        return { value: option, note: `skewness of ${name} = ${skew.toFixed(3)}`, columns: [name], rows };
      }
      if (/skewness (?:is |lies )?between/i.test(context.text) && !/shapiro/i.test(context.text)) {
        const normal = Math.abs(skew) <= 0.5;
        return {
          value: pickOption(context.slot, normal, ['Yes', 'No']),
          note: `skewness of ${name} = ${skew.toFixed(3)}`,
          columns: [name],
          rows,
        };
      }
      const { w, p } = shapiroWilk(values);
      const normal = p >= alphaOf(context.text);
      return {
        value: pickOption(context.slot, normal, ['Normal', 'Non-normal']),
        note: `Shapiro-Wilk on ${name}: W = ${w.toFixed(4)}, p = ${p.toPrecision(3)}`,
        columns: [name],
        rows,
      };
    },
  },
  {
    name: 'significance verdict',
    applies: (words, context) =>
      context.slot.options.length > 0 && has(words, 'significance', 'significant', 'result', 'conclusion'),
    compute: (context) => {
      const { p, note, columns, rows } = pValue(context);
      return {
        value: pickOption(context.slot, p < alphaOf(context.text), ['significant', 'not significant']),
        note: `${note}, p = ${p.toPrecision(3)}`,
        columns,
        rows,
      };
    },
  },
  {
    name: 'p-value',
    applies: (words, context) =>
      has(words, 'pval', 'pvalue') || (has(words, 'p') && quantileAsked(context) === undefined),
    compute: (context) => {
      const { p, note, columns, rows } = pValue(context);
      return numberResult(context, p, note, columns, rows);
    },
  },
  {
    name: 'chi-square statistic',
    applies: (words) => has(words, 'chi', 'chi2', 'chisquare'),
    compute: (context) => {
      const test = chiSquare(context);
      return numberResult(context, test.chi2, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'test statistic',
    applies: (words, context) =>
      TEST.test(context.text) &&
      has(words, 't', 'f', 'statistic', 'stat', 'tstat', 'fstat', 'tstatistic', 'fstatistic'),
    compute: (context) => {
      const test = groupTest(context);
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'linear regression',
    applies: (words, context) =>
      /regress|least squares|line of best fit|best[- ]fit line|trend ?line/i.test(context.text) &&
      (has(
        words,
        'slope',
        'intercept',
        'coefficient',
        'coef',
        'squared',
        'r2',
        'rsquared',
        'determination',
      ) ||
        R_SQUARED.test(context.slot.name)),
    compute: (context) => {
      const { x, y } = regressionPair(context);
      const { rows, x: xs, y: ys } = pairsOf(context.frame, x, y, [...context.rows]);
      const fit = regression(xs, ys);
      const words = slotWords(context.slot);
      const value = has(words, 'intercept')
        ? fit.intercept
        : has(words, 'squared', 'r2', 'rsquared', 'determination') || R_SQUARED.test(context.slot.name)
          ? fit.r2
          : fit.slope;
      return numberResult(
        context,
        value,
        `least squares ${y} = a + b·${x} over ${rows.length} rows (b = ${fit.slope.toPrecision(4)}, a = ${fit.intercept.toPrecision(4)}, R² = ${fit.r2.toFixed(3)})`,
        [x, y],
        rows,
      );
    },
  },
  {
    name: 'coefficient of variation',
    applies: (words) => has(words, 'cv') || (has(words, 'coefficient', 'coeff') && has(words, 'variation')),
    compute: statistic('coefficient of variation (standard deviation / mean)', (values, context) => {
      const ratio = standardDeviation(values, population(context.text)) / mean(values);
      return /percent|%|\*\s*100|× ?100/i.test(context.text) ? ratio * 100 : ratio;
    }),
  },
  {
    name: 'most correlated column',
    applies: (words, context) =>
      /correlat/i.test(context.text) &&
      has(words, 'column', 'feature', 'variable', 'attribute', 'field', 'name') &&
      !has(words, 'coefficient', 'coeff', 'r', 'value', 'p', 'pvalue'),
    compute: (context) => {
      const target = context.measures[0];
      if (!target)
        fail('unsupported', `No numeric column found to correlate for @${context.slot.name}.`, {
          hint: 'Name the column the others are compared with.',
        });
      const low = /\b(least|lowest|weakest|smallest|minimum)\b/i.test(context.question);
      const signed = /\b(most negative|strongest negative|most positive|strongest positive)\b/i.exec(
        context.question,
      );
      const scored = columnNames(context.frame)
        .filter((name) => name !== target && isNumericColumn(context.frame, name))
        .map((name) => {
          const { x, y } = pairsOf(context.frame, target, name, [...context.rows]);
          const r = x.length > 2 ? pearson(x, y).r : Number.NaN;
          return { name, r, score: signed ? (/negative/i.test(signed[1]!) ? -r : r) : Math.abs(r) };
        })
        .filter((item) => Number.isFinite(item.score));
      if (scored.length === 0)
        fail('unsupported', `No other numeric column to correlate with ${target}.`, {
          hint: 'The table needs at least two numeric columns.',
        });
      const best = scored.reduce((a, b) => ((low ? b.score < a.score : b.score > a.score) ? b : a));
      return {
        value: best.name,
        note: `Pearson correlation of ${target} with each other numeric column: ${low ? 'weakest' : 'strongest'} ${best.name} (r = ${best.r.toFixed(3)})`,
        columns: [target, best.name],
        rows: context.rows,
      };
    },
  },
  {
    name: 'correlation',
    applies: (words) =>
      has(words, 'correlation', 'corr', 'coefficient', 'r', 'coeff', 'tau', 'kendall', 'rho'),
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      return numberResult(context, r, note, columns, rows);
    },
  },
  {
    name: 'outlier labels',
    applies: (words, context) =>
      /outlier/i.test(context.text) &&
      !afterRemoval(words) &&
      context.ownColumns.some((name) => !isNumericColumn(context.frame, name)),
    compute: (context) => {
      const label = context.ownColumns.find((name) => !isNumericColumn(context.frame, name))!;
      const name = needMeasure(context);
      const found = outlierRows(context, name);
      const labels = cellsOf(context.frame, label);
      return {
        value: found.rows.map((row) => String(labels[row])).join(','),
        note: `${label} of rows whose ${name} is ${found.method}`,
        columns: [label, name],
        rows: found.rows,
      };
    },
  },
  {
    name: 'values within standard deviations',
    applies: (words) => has(words, 'within') && has(words, 'std', 'stdev', 'sd', 'deviation', 'standard'),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const word = /within (\w+) standard/i.exec(context.text)?.[1]?.toLowerCase() ?? '1';
      const k = numberWord(word) || 1;
      const m = mean(values);
      const sd = standardDeviation(values, population(context.text));
      const inside = rows.filter((_, index) => values[index]! >= m - k * sd && values[index]! <= m + k * sd);
      return {
        value: String(inside.length),
        note: `count of ${name} within ${k} standard deviation(s) of the mean`,
        columns: [name],
        rows: inside,
      };
    },
  },
  {
    name: 'outlier fence',
    applies: (words, context) =>
      has(words, 'bound', 'fence', 'limit', 'cutoff', 'threshold') &&
      has(words, 'lower', 'upper', 'low', 'high', 'min', 'max') &&
      /\b(?:iqr|interquartile)\b/i.test(context.text) &&
      !/z-?score/i.test(context.text),
    compute: (context) => {
      // Only the usual 1.5·IQR fences are read; another multiplier is left unread.
      const k = /(\d+(?:\.\d+)?)\s*(?:\*|×|times)\s*(?:the\s+)?(?:iqr|interquartile)/i.exec(
        context.text,
      )?.[1];
      if (k !== undefined && Number(k) !== 1.5)
        fail(
          'unsupported',
          `The builtin engine reads only 1.5·IQR fences, not ${k}·IQR, for @${context.slot.name}.`,
          {
            hint: 'Ask for Q1 and Q3 and work the fence out from them.',
          },
        );
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const { low, high } = iqrFences(values);
      const upper = has(slotWords(context.slot), 'upper', 'high', 'max');
      return numberResult(
        context,
        upper ? high : low,
        `${upper ? 'upper bound (fence) Q3 + 1.5·IQR' : 'lower bound (fence) Q1 − 1.5·IQR'} of ${name} over ${values.length} values`,
        [name],
        rows,
      );
    },
  },
  {
    name: 'outlier values',
    applies: (words, context) =>
      has(words, 'outlier') && (has(words, 'value') || asksForList(context.slot)) && !afterRemoval(words),
    compute: (context) => {
      const name = needMeasure(context);
      const found = outlierRows(context, name);
      const cells = cellsOf(context.frame, name);
      return {
        value: found.rows.map((row) => writeNumber(cells[row] as number, context.slot.decimals)).join(','),
        note: `values of ${name} ${found.method}`,
        columns: [name],
        rows: found.rows,
      };
    },
  },
  {
    name: 'outlier count',
    applies: (words, context) => has(words, 'outlier') && !asksForList(context.slot) && !afterRemoval(words),
    compute: (context) => {
      const name = needMeasure(context);
      const found = outlierRows(context, name);
      return {
        value: String(found.rows.length),
        note: `count of ${name} ${found.method}${context.groupNote ?? ''}`,
        columns: [name],
        rows: found.rows,
      };
    },
  },
  {
    name: 'most frequent value',
    applies: (words) => has(words, 'mode', 'frequent', 'common', 'popular'),
    compute: (context) => {
      const name = context.ownColumns[0] ?? context.columns[0];
      if (!name)
        fail('unsupported', `No column found for @${context.slot.name}.`, {
          hint: 'Name the column in the question.',
        });
      const cells = cellsOf(context.frame, name);
      const value = modeOf(context.rows.map((row) => cells[row] ?? null));
      const hits = context.rows.filter((row) => cells[row] === value);
      const words = slotWords(context.slot);
      const counted = has(words, 'count', 'frequency', 'number', 'times', 'occurrence');
      return {
        value: counted
          ? String(hits.length)
          : typeof value === 'number'
            ? writeNumber(value, context.slot.decimals ?? (Number.isInteger(value) ? 0 : undefined))
            : String(value),
        note: `most frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)${context.groupNote ?? ''}`,
        columns: [name],
        rows: hits,
      };
    },
  },
  {
    name: 'distinct count',
    applies: (words, context) => has(words, 'unique', 'distinct') && context.columns.length > 0,
    compute: (context) => {
      const name = context.ownColumns[0] ?? context.columns[0]!;
      const cells = cellsOf(context.frame, name);
      const distinct = new Set(context.rows.map((row) => cells[row]).filter((cell) => cell !== null));
      return {
        value: String(distinct.size),
        note: `count of distinct ${name}${context.groupNote ?? ''}`,
        columns: [name],
        rows: context.rows,
      };
    },
  },
  {
    name: 'rate of a flag',
    applies: (words, context) =>
      has(words, 'rate', 'proportion', 'percentage', 'percent', 'fraction', 'share') &&
      flagColumn(context) !== undefined,
    compute: (context) => {
      const name = flagColumn(context)!;
      // "the share of men who survived" read Survived = 1 as a condition: the base is the
      // rows meeting every other condition.
      const base = rowsWithout(context.frame, name);
      const group = context.group;
      const groupCells = group ? cellsOf(context.frame, group.column) : [];
      const inPlay = base
        ? base.filter((row) => !group || groupCells[row] === group.value)
        : [...context.rows];
      const { rows, values } = numbersOf(context.frame, name, inPlay);
      const words = slotWords(context.slot);
      const percent =
        has(words, 'percentage', 'percent', 'pct') ||
        /\bpercent(age)?\b/i.test(context.slot.placeholder) ||
        (!has(words, 'proportion', 'fraction', 'share', 'ratio') && PERCENT_FORMAT.test(context.text));
      return numberResult(
        context,
        mean(values) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of rows where ${name} is 1, over ${values.length} values${base ? ` meeting the other conditions` : ''}${context.groupNote ?? ''}`,
        [name],
        rows,
      );
    },
  },
  {
    name: 'share of rows meeting a condition',
    applies: (words, context) =>
      has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
      flagColumn(context) === undefined &&
      context.frame.conditions.length > 0,
    compute: (context) => {
      // The condition named last is what is counted ("hotels in Paris that have 5 stars"); the
      // others make the base.
      const words = wordsOf(context.question);
      const spoken = (name: string) => {
        const target = wordsOf(name);
        let at = -1;
        for (let start = 0; start + target.length <= words.length; start++)
          if (target.every((word, k) => words[start + k] === word)) at = start;
        return at;
      };
      const columns = [...new Set(context.frame.conditions.map((condition) => condition.column))];
      const counted = columns.reduce((best, name) => (spoken(name) >= spoken(best) ? name : best));
      const group = context.group;
      const groupCells = group ? cellsOf(context.frame, group.column) : [];
      const base = (rowsWithout(context.frame, counted) ?? []).filter(
        (row) => !group || groupCells[row] === group.value,
      );
      if (base.length === 0)
        fail('unsupported', `No rows are left to take @${context.slot.name} of.`, {
          hint: 'Check the conditions in the question.',
        });
      const percent =
        has(slotWords(context.slot), 'percentage', 'percent', 'pct') ||
        /\bpercent(age)?\b/i.test(context.slot.placeholder) ||
        PERCENT_FORMAT.test(context.text);
      return numberResult(
        context,
        (context.rows.length / base.length) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of ${base.length} rows meeting the condition on ${counted}: ${context.rows.length}${context.groupNote ?? ''}`,
        [counted],
        context.rows,
      );
    },
  },
  {
    name: 'skewness',
    applies: (words) => has(words, 'skew', 'skewness'),
    compute: statistic('skewness', (values, context) => skewness(values, adjustedMoments(context.text))),
  },
  {
    name: 'kurtosis',
    applies: (words) => has(words, 'kurtosi', 'kurtosis', 'kurt'),
    compute: statistic('excess kurtosis', (values, context) =>
      kurtosis(values, adjustedMoments(context.text)),
    ),
  },
  {
    name: 'standard deviation',
    applies: (words) => has(words, 'std', 'sd', 'stdev', 'stddev', 'deviation'),
    // The plan says which one it took, so "pop" in "std_pop" is accounted for.
    compute: (context) =>
      statistic(population(context.text) ? 'population standard deviation' : 'standard deviation', (values) =>
        standardDeviation(values, population(context.text)),
      )(context),
  },
  {
    name: 'variance',
    applies: (words) => has(words, 'variance', 'var'),
    compute: statistic('variance', (values, context) =>
      population(context.text) ? (variance(values) * (values.length - 1)) / values.length : variance(values),
    ),
  },
  {
    name: 'median',
    applies: (words) => has(words, 'median'),
    compute: statistic('median', (values) => median(values)),
  },
  {
    name: 'interquartile range',
    applies: (words) => has(words, 'iqr', 'interquartile'),
    compute: statistic('Q3 − Q1', (values) => quantile(values, 0.75) - quantile(values, 0.25)),
  },
  {
    name: 'range',
    // "riders_in_range": inside a stated range, not the spread of a column.
    applies: (words) =>
      has(words, 'range') && !/(^|_)(in|within|inside|outside)_range(_|$)/i.test(words.join('_')),
    compute: statistic('range', (values) => Math.max(...values) - Math.min(...values)),
  },
  {
    name: 'value at the last row',
    applies: (words, context) =>
      has(words, 'last', 'latest', 'final') &&
      context.measures.length > 0 &&
      // "Final" in a column's name ("Final Score") is no last row.
      !columnNames(context.frame).some((name) => /\b(?:last|latest|final)\b/i.test(name)) &&
      /\b(?:last|latest|final|most recent)\b/i.test(context.question),
    compute: (context) => {
      const name = needMeasure(context);
      const totals = totalsRows(context.frame);
      const row = context.rows.filter((item) => !totals.has(item)).at(-1);
      const value = row === undefined ? undefined : cellsOf(context.frame, name)[row];
      if (typeof value !== 'number')
        fail('unsupported', `The last row in play has no number in ${name} for @${context.slot.name}.`, {
          hint: 'Ask for a statistic over the column instead.',
        });
      return numberResult(
        context,
        value,
        `${name} at the last row in play (row ${context.frame.table.rowNumbers[row!] ?? row! + 1})`,
        [name],
        [row!],
      );
    },
  },
  {
    name: 'month where an aggregate peaks',
    applies: (words, context) => has(words, 'month') && monthQuestion(context),
    compute: (context) => {
      const { peak, fn, measure, date, low, asked } = monthlyAnswer(context);
      return {
        value: peak.months.join(', '),
        note: `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${asked} ${Number(peak.value.toPrecision(6))} in ${peak.months.join(', ')}`,
        columns: [date, measure],
        rows: context.rows,
      };
    },
  },
  {
    name: 'value at the monthly peak',
    applies: (words, context) =>
      !has(words, 'month', 'date', 'day', 'year') &&
      /\b(?:which|what|the) month\b/i.test(context.question) &&
      monthQuestion(context),
    compute: (context) => {
      const { peak, fn, measure, date, low } = monthlyAnswer(context);
      return numberResult(
        context,
        peak.value,
        `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${low ? 'lowest' : 'highest'} in ${peak.months.join(', ')}`,
        [date, measure],
        context.rows,
      );
    },
  },
  {
    // "num_above_mean_height": a slot led by a count word and a comparison counts the rows the
    // question's comparison kept; the statistic after it ("mean") is the compared value.
    name: 'count of compared rows',
    applies: (_words, context) => {
      const words = readSlotName(context.slot.name);
      return (
        context.frame.conditions.length > 0 &&
        (words[0] === 'count' || statisticWord(words[0] ?? '') === 'count') &&
        words.some((word) => COMPARED.has(word))
      );
    },
    compute: (context) => ({
      value: String(context.rows.length),
      note: `count of rows${countedNoun(context.question)}${context.groupNote ?? ''}`,
      columns: [],
      rows: context.rows,
    }),
  },
  {
    name: 'minimum',
    applies: (words) => has(words, 'min', 'minimum', 'lowest', 'smallest'),
    compute: statistic('minimum', (values) => Math.min(...values)),
  },
  {
    name: 'maximum',
    applies: (words) => has(words, 'max', 'maximum', 'highest', 'largest'),
    compute: statistic('maximum', (values) => Math.max(...values)),
  },
  {
    name: 'mean',
    applies: (words) => has(words, 'mean', 'average', 'avg'),
    compute: statistic('mean', (values) => mean(values)),
  },
  {
    name: 'percentile',
    applies: (words, context) =>
      has(words, 'quartile', 'percentile', 'quantile', 'q1', 'q3') || quantileAsked(context) !== undefined,
    compute: (context) => {
      const q = quantileAsked(context) ?? (/q1|first quartile|25/i.test(context.slot.name) ? 0.25 : 0.75);
      return statistic(`${Number((q * 100).toFixed(2))}th percentile (linear)`, (values) =>
        quantile(values, q),
      )(context);
    },
  },
  {
    name: 'total',
    applies: (words, context) =>
      has(words, 'total', 'sum') &&
      !has(words, 'count', 'number', 'num', 'how') &&
      context.measures.length > 0 &&
      (context.ownColumns.length > 0 ||
        /\b(sum|total of|total number of)\b/i.test(context.question) ||
        totalOfColumn(context)),
    compute: statistic('sum', (values) => values.reduce((a, b) => a + b, 0)),
  },
  {
    name: 'groups against the overall mean',
    applies: (words, context) =>
      has(words, 'count', 'number', 'num', 'how') &&
      has(words, 'higher', 'lower', 'above', 'below', 'greater', 'less', 'more', 'fewer') &&
      /\boverall (?:average|mean)\b/i.test(context.text) &&
      groupedColumn(context) !== undefined,
    compute: (context) => {
      const label = groupedColumn(context)!;
      const measure = context.measures.find((name) => name !== label) ?? needMeasure(context);
      const { rows, values } = numbersOf(context.frame, measure, [...context.rows]);
      const overall = mean(values);
      const labels = cellsOf(context.frame, label);
      const cells = cellsOf(context.frame, measure);
      const groups = new Map<string, number[]>();
      for (const row of rows) {
        const key = labels[row];
        if (key === null || key === undefined) continue;
        const list = groups.get(String(key)) ?? [];
        list.push(cells[row] as number);
        groups.set(String(key), list);
      }
      // "more or less than twice the overall average": above 2× and below ½ of it.
      const factor =
        (/\b(twice|double)\b/i.exec(context.text) && 2) ||
        Number(/\b(\d+(?:\.\d+)?) times (?:the )?overall\b/i.exec(context.text)?.[1] ?? 1);
      const higher = has(slotWords(context.slot), 'higher', 'above', 'greater', 'more');
      const means = [...groups.values()].map((list) => mean(list));
      const count = means.filter((value) =>
        higher ? value > overall * factor : value < overall / factor,
      ).length;
      return {
        value: String(count),
        note: `${label} groups whose mean ${measure} is ${higher ? 'higher than' : 'lower than'} ${factor === 1 ? '' : higher ? `${factor}× ` : `1/${factor} of `}the overall mean ${Number(overall.toPrecision(6))}: ${count} of ${groups.size}`,
        columns: [label, measure],
        rows,
      };
    },
  },
  {
    name: 'count',
    applies: (words) => has(words, 'count', 'number', 'num', 'total', 'how'),
    compute: (context) => ({
      value: String(context.rows.length),
      // "How many centuries …": the rows are what the question counts.
      note: `count of rows${countedNoun(context.question)}${context.groupNote ?? ''}`,
      columns: [],
      rows: context.rows,
    }),
  },
];

/** Slot words that say a count is of rows compared with a value ("num_above_mean"). */
const COMPARED = new Set(
  'above below over under greater less more fewer exceeding exceed higher lower taller shorter older younger'.split(
    ' ',
  ),
);

/** "the total attendance": the word "total" right before a numeric column's name. */
function totalOfColumn(context: SlotContext): boolean {
  const after = /\btotal\s+(.{2,60})/i.exec(context.question)?.[1];
  if (!after) return false;
  const first = findMentions(context.frame, after)[0];
  return first !== undefined && first.position === 0 && context.measures.includes(first.column);
}

/** The noun a question counts ("how many centuries", "the number of players"), as " (centuries)". */
function countedNoun(question: string): string {
  const noun = /\b(?:how many|number of)\s+([a-z]{3,})\b/i.exec(question)?.[1];
  return noun ? ` (${noun.toLowerCase()})` : '';
}

const MONTH_SUPERLATIVE =
  /\b(highest|lowest|largest|smallest|most|least|maximum|minimum|max|min|peak|best|worst)\b/i;

/** A question about the month where an aggregate peaks, over a table with a date column. */
function monthQuestion(context: SlotContext): boolean {
  return (
    MONTH_SUPERLATIVE.test(`${context.question} ${context.slot.name.replace(/_/g, ' ')}`) &&
    /\bmonth/i.test(context.question) &&
    dateColumn(context.frame) !== undefined
  );
}

/** The monthly aggregate a question ranks months by, and the month where it peaks. */
function monthlyAnswer(context: SlotContext) {
  const date = dateColumn(context.frame)!;
  const measure = context.measures.find((name) => name !== date) ?? needMeasure(context);
  const text = `${context.question} ${context.slot.name.replace(/_/g, ' ')}`;
  const fn: MonthlyFn = /\b(total|sum)\b/i.test(text)
    ? 'sum'
    : /\b(average|mean|avg)\b/i.test(text)
      ? 'mean'
      : /\bmedian\b/i.test(text)
        ? 'median'
        : /\b(how many|number of rows|count)\b/i.test(text)
          ? 'count'
          : 'row';
  const low = /\b(lowest|smallest|least|minimum|min|worst)\b/i.test(text);
  // The slot's own word first ("best_month"), so the plan names what the slot asked.
  const asked = (MONTH_SUPERLATIVE.exec(context.slot.name.replace(/_/g, ' ')) ??
    MONTH_SUPERLATIVE.exec(text))![1]!.toLowerCase();
  const peak = monthlyPeak(context.frame, date, measure, context.rows, fn, low);
  return { peak, fn, measure, date, low, asked };
}

const WHICH_GROUP =
  /\b(?:which|what)\s+([a-z][\w .-]{1,40}?)\s+(?:has|had|have|having|with|is|was|were|are|shows?|showed|sees?|saw|records?|recorded|contains?|holds?|gets?|got|scored|scores|earned|earns|won|wins|made|makes|received|receives|collected|generated|sold|spent|paid)\s+(?:the\s+)?(highest|largest|greatest|biggest|most|maximum|lowest|smallest|least|fewest|minimum)\b\s*([^.?;\n]{0,80})/i;
const GROUP_WITH =
  /\b(?:find|identify|determine|report|name|list)\s+(?:the\s+)?([a-z][\w .-]{1,40}?)\s+with\s+(?:the\s+)?(highest|largest|greatest|biggest|most|maximum|lowest|smallest|least|fewest|minimum)\b\s*([^.?;\n]{0,80})/i;

type GroupFn = 'mean' | 'sum' | 'median' | 'count' | 'rate' | 'std';

/** What a ranking phrase ranks groups by: "average fare", "survival rate", "most hotels". */
function rankingFn(rest: string): GroupFn | undefined {
  if (/^(?:number|count|amount) of\b|^(?:\w+\s+){0,1}(?:rows|records|entries|count)\b/i.test(rest))
    return 'count';
  if (/\b(average|mean|avg)\b/i.test(rest)) return 'mean';
  if (/\b(total|sum|combined|overall)\b/i.test(rest)) return 'sum';
  if (/\bmedian\b/i.test(rest)) return 'median';
  if (/\b(rate|proportion|percentage|percent|share|fraction|ratio)\b/i.test(rest)) return 'rate';
  if (/\b(standard deviation|std|variability|volatility|spread)\b/i.test(rest)) return 'std';
  return undefined;
}

type GroupRank = {
  readonly label: string;
  readonly phrase: string;
  readonly fn: GroupFn;
  readonly measure?: string;
  readonly winners: string[];
  readonly best: number;
  readonly low: boolean;
  readonly groups: number;
  readonly keys: (row: number) => string | undefined;
  /** What a count counts, as the question says it ("hotels" in "the most hotels"). */
  readonly noun: string;
  /** Groups smaller than this were left out. */
  readonly minimum: number;
};

/**
 * "Which class has the highest average fare?", "the city with the most hotels": the groups of
 * a column the question names, each scored by the statistic it names (count, mean, total,
 * median, rate of a 0/1 column, standard deviation), and the best group (ties listed).
 */
function groupSuperlative(context: SlotContext): GroupRank | undefined {
  const match = WHICH_GROUP.exec(context.question) ?? GROUP_WITH.exec(context.question);
  if (!match) return undefined;
  const phrase = match[1]!.replace(/^(?:the|a|an)\s+/i, '');
  // "the top 3 hotels with the highest X" asks for a list of rows, not a group.
  if (/^(?:top|bottom|first|last)\b|^\d+\b/i.test(phrase)) return undefined;
  const low = /lowest|smallest|least|fewest|minimum/i.test(match[2]!);
  const rest = match[3]!.trim();
  const { frame } = context;
  const restMeasures = findMentions(frame, rest)
    .map((mention) => mention.column)
    .filter(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((column) => column.name === name)?.type !== 'identifier',
    );
  // "review count" names a column; only "number of" or "count of" asks to count rows then.
  let fn =
    restMeasures.length > 0 && !/^(?:number|count) of\b/i.test(rest)
      ? rankingFn(rest.replace(/\bcount\b/gi, ''))
      : rankingFn(rest);
  // "the most hotels": a superlative over a noun no numeric column is named after counts rows
  // ("most common" asks for the mode, which the mode rule answers).
  if (
    !fn &&
    /^(most|fewest|least)$/i.test(match[2]!) &&
    restMeasures.length === 0 &&
    !/^(common|frequent|popular|often)\b/i.test(rest)
  )
    fn = 'count';
  if (!fn) return undefined;
  const fewValued = (name: string) => {
    const count = distinctValues(frame, name, context.rows).length;
    return count >= 2 && count <= Math.max(2, Math.min(500, context.rows.length / 2));
  };
  const mentions = findMentions(frame, phrase);
  const named = mentions.map((mention) => mention.column);
  // A column the question names in full ranks its groups when one holds two rows or more
  // ("which team scored the most points in total" over teams of one to four drivers).
  const repeated = (name: string) =>
    mentions.some((mention) => mention.column === name && mention.strength >= 1) &&
    !isNumericColumn(frame, name) &&
    distinctValues(frame, name, context.rows).length < context.rows.length;
  let label = [...named]
    .reverse()
    .find((name) => !restMeasures.includes(name) && (fewValued(name) || repeated(name)));
  let keys: (row: number) => string | undefined;
  if (label) {
    const cells = cellsOf(frame, label);
    keys = (row) => (cells[row] === null || cells[row] === undefined ? undefined : String(cells[row]));
  } else {
    // "which year": the year of the table's date column.
    const date = /\byear\b/i.test(phrase) ? dateColumn(frame) : undefined;
    if (!date) return undefined;
    const cells = cellsOf(frame, date);
    label = `year of ${date}`;
    keys = (row) => monthOf(cells[row] ?? null)?.slice(0, 4);
  }
  const flag =
    fn === 'rate'
      ? ([...restMeasures, ...context.columns].find((name) => isFlag(frame, name)) ?? undefined)
      : undefined;
  const measure =
    fn === 'count'
      ? undefined
      : fn === 'rate'
        ? flag
        : (restMeasures[0] ?? context.measures.find((name) => name !== label));
  if (fn !== 'count' && !measure) return undefined;
  const values = measure ? cellsOf(frame, measure) : [];
  const lists = new Map<string, number[]>();
  for (const row of context.rows) {
    const key = keys(row);
    if (key === undefined) continue;
    const value = measure ? values[row] : 1;
    if (typeof value !== 'number') continue;
    const list = lists.get(key) ?? [];
    list.push(value);
    lists.set(key, list);
  }
  const minimum = Number(
    /\bat least (\d+) (?!reviews?\b)[a-z]+(?: in the dataset)?/i.exec(context.text)?.[1] ?? 1,
  );
  const scored = [...lists.entries()]
    .filter(([, list]) => list.length >= minimum)
    .map(([key, list]) => ({
      key,
      score:
        fn === 'count'
          ? list.length
          : fn === 'sum'
            ? list.reduce((a, b) => a + b, 0)
            : fn === 'median'
              ? median(list)
              : fn === 'std'
                ? standardDeviation(list, population(context.text))
                : mean(list),
    }))
    .filter((item) => Number.isFinite(item.score));
  if (scored.length < 2) return undefined;
  const best = low
    ? Math.min(...scored.map((item) => item.score))
    : Math.max(...scored.map((item) => item.score));
  const winners = scored.filter((item) => item.score === best).map((item) => item.key);
  const noun = fn === 'count' ? (/^(?:number of\s+|count of\s+)?([a-z]+)/i.exec(rest)?.[1] ?? '') : '';
  return {
    label,
    phrase,
    fn,
    ...(measure ? { measure } : {}),
    winners,
    best,
    low,
    groups: scored.length,
    keys,
    noun,
    minimum,
  };
}

function isFlag(frame: Frame, name: string): boolean {
  const values = new Set(cellsOf(frame, name).filter((cell) => cell !== null));
  return values.size === 2 && values.has(0) && values.has(1);
}

const FN_WORDS: Record<GroupFn, readonly string[]> = {
  mean: ['mean', 'average', 'avg'],
  sum: ['total', 'sum', 'combined'],
  median: ['median'],
  count: ['count', 'number', 'num', 'how', 'total'],
  rate: ['rate', 'percentage', 'percent', 'pct', 'proportion', 'share', 'ratio', 'fraction'],
  std: ['std', 'sd', 'stdev', 'deviation', 'spread'],
};

/**
 * What a slot asks of a ranking of groups: the group ("brand_with_highest_rating", "city"),
 * its score ("avg_fare", "hotel_count"), or nothing (a slot about something else).
 */
function rankRole(context: SlotContext, rank: GroupRank, slotCount: number): 'group' | 'score' | undefined {
  const words = slotWords(context.slot);
  const groupWords = new Set([...wordsOf(rank.phrase), ...wordsOf(rank.label)]);
  const namesGroup = words.some((word) => groupWords.has(word));
  const superlative = has(
    words,
    'with',
    'highest',
    'lowest',
    'most',
    'least',
    'top',
    'best',
    'worst',
    'largest',
    'smallest',
    'max',
    'min',
    'maximum',
    'minimum',
  );
  if (namesGroup && superlative) return 'group';
  const other = context.ownColumns.some(
    (name) => name !== rank.measure && name !== rank.label && isNumericColumn(context.frame, name),
  );
  if (other) return undefined;
  const stems = new Set(words.map(porterStem));
  const namesMeasure =
    rank.measure !== undefined &&
    (context.ownColumns.includes(rank.measure) ||
      wordsOf(rank.measure).some((word) => stems.has(porterStem(word))));
  const namesNoun = rank.noun !== '' && stems.has(porterStem(rank.noun.toLowerCase()));
  const namesFn = has(words, ...FN_WORDS[rank.fn]);
  if (namesFn || (namesMeasure && !namesGroup) || namesNoun) return 'score';
  if (namesGroup) return 'group';
  const scoreWords = Object.values(FN_WORDS).flat();
  if (slotCount === 1 && !has(words, ...scoreWords)) return 'group';
  return undefined;
}

function rankedResult(context: SlotContext, rank: GroupRank, group: boolean): SlotResult {
  const what =
    rank.fn === 'count'
      ? `count of ${rank.noun || 'rows'}`
      : `${{ rate: 'share of 1s in', mean: 'average', sum: 'total', median: 'median', std: 'standard deviation of' }[rank.fn]} ${rank.measure}`;
  const percent =
    rank.fn === 'rate' &&
    (has(slotWords(context.slot), 'percentage', 'percent', 'pct') || PERCENT_FORMAT.test(context.text));
  const score = percent ? rank.best * 100 : rank.best;
  const note = `${rank.label} groups${rank.minimum > 1 ? ` of at least ${rank.minimum} rows` : ''} ranked by ${what}: ${rank.low ? 'lowest' : 'highest'} ${Number(rank.best.toPrecision(6))} in ${rank.winners.join(', ')} (${rank.groups} groups)`;
  const rows = context.rows.filter((row) => rank.winners.includes(rank.keys(row) ?? '\u0000'));
  const columns = [rank.label, ...(rank.measure ? [rank.measure] : [])].filter(
    (name) => !name.startsWith('year of '),
  );
  if (group) return { value: rank.winners.join(', '), note, columns, rows };
  return rank.fn === 'count'
    ? { value: String(rank.best), note, columns, rows }
    : numberResult(context, score, note, columns, rows);
}

const TOP_ROWS =
  /\b(top|bottom|first|last)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z][\w .-]{1,40}?)\s+(?:with|by|having|that have|which have|in terms of|ranked by|sorted by)\s+(?:the\s+)?(?:(highest|largest|greatest|most|biggest|lowest|smallest|least|fewest)\s+)?([^.?;\n]{1,60})/i;

/**
 * "the top 3 hotels with the highest review count": the label of the N rows with the largest
 * (or smallest) values of the measure, in that order.
 */
function topRows(context: SlotContext): SlotResult | undefined {
  const match = TOP_ROWS.exec(context.question);
  if (!match) return undefined;
  const n = Number(match[2]) || numberWord(match[2]!.toLowerCase());
  if (!n) return undefined;
  const { frame } = context;
  const measure = findMentions(frame, match[5]!)
    .map((mention) => mention.column)
    .find(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((item) => item.name === name)?.type !== 'identifier',
    );
  if (!measure) return undefined;
  const named = [
    ...context.ownColumns,
    ...findMentions(frame, match[3]!).map((mention) => mention.column),
  ].filter((name) => name !== measure && !isNumericColumn(frame, name));
  const label = named.find((name) => /name|title|label/i.test(name)) ?? named[0];
  if (!label) return undefined;
  const low = /^(bottom|last)$/i.test(match[1]!) || /lowest|smallest|least|fewest/i.test(match[4] ?? '');
  const { rows, values } = numbersOf(frame, measure, [...context.rows]);
  const order = rows
    .map((row, index) => ({ row, value: values[index]! }))
    .sort((a, b) => (low ? a.value - b.value : b.value - a.value) || a.row - b.row)
    .slice(0, n);
  const labels = cellsOf(frame, label);
  return {
    value: order.map((item) => String(labels[item.row])).join(', '),
    note: `${label} of the ${n} rows with the ${low ? 'lowest' : 'highest'} ${measure} (${order.map((item) => Number(item.value.toPrecision(6))).join(', ')})`,
    columns: [label, measure],
    rows: order.map((item) => item.row),
  };
}

/** The category column a slot or its question groups by ("in each region", `region_count`). */
function groupedColumn(context: SlotContext): string | undefined {
  const categories = (names: readonly string[]) =>
    names.filter(
      (name) =>
        !isNumericColumn(context.frame, name) &&
        new Set(cellsOf(context.frame, name).filter((cell) => cell !== null)).size <= context.rows.length / 2,
    );
  const each = /\b(?:for each|in each|per|by|each)\s+([a-z][\w ]{1,30})/i.exec(context.question);
  return (
    categories(context.ownColumns)[0] ??
    (each ? categories(findMentions(context.frame, each[1]!).map((mention) => mention.column))[0] : undefined)
  );
}

function chiSquare(context: SlotContext): {
  chi2: number;
  p: number;
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
  const [a, b] = categorical;
  if (!a || !b)
    fail('unsupported', 'A chi-square test needs two named columns.', { hint: 'Name both columns.' });
  const left = cellsOf(context.frame, a);
  const right = cellsOf(context.frame, b);
  const rows = context.rows.filter((row) => left[row] !== null && right[row] !== null);
  const rowKeys = [...new Set(rows.map((row) => String(left[row])))];
  const columnKeys = [...new Set(rows.map((row) => String(right[row])))];
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const row of rows)
    counts[rowKeys.indexOf(String(left[row]))]![columnKeys.indexOf(String(right[row]))]!++;
  const result = chiSquareIndependence(counts);
  return { ...result, note: `chi-square test of ${a} × ${b} (df ${result.df})`, columns: [a, b], rows };
}

function pValue(context: SlotContext): {
  p: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const text = context.text;
  if (/shapiro/i.test(text)) {
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
  const { p, note, columns, rows } = correlation(context);
  return { p, note, columns, rows };
}

const TEST = /t-?test|ttest|anova|analysis of variance|welch/i;

/** Distinct non-missing values of a column over some rows, in order of appearance. */
function distinctValues(frame: Frame, name: string, rows: readonly number[]): Cell[] {
  const cells = cellsOf(frame, name);
  return [...new Set(rows.map((row) => cells[row] ?? null).filter((cell) => cell !== null))];
}

/**
 * A two-sample t-test (Student's, or Welch's when the text says unequal variances) or a one-way
 * ANOVA: the groups are values the text names, else every value of a few-valued column it names.
 */
function groupTest(context: SlotContext): {
  statistic: number;
  p: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const text = context.text;
  const all = context.frame.rows;
  const named = comparedGroups({ ...context, rows: all });
  let column = named?.column;
  let groups = named?.groups;
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
  const name = context.measures.find((item) => item !== column);
  if (!name)
    fail('unsupported', `No numeric column found to compare for @${context.slot.name}.`, {
      hint: 'Name the measured column in the question.',
    });
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
    const result = anova(samples);
    return {
      statistic: result.f,
      p: result.p,
      note: `one-way ANOVA of ${name} across ${samples.length} ${column} groups (F = ${result.f.toPrecision(4)})`,
      columns: [name, column],
      rows: all,
    };
  }
  const unequal = /welch|unequal variances?|equal_var\s*=\s*false|not assume equal variance/i.test(text);
  const result = unequal ? welch(samples[1]!, samples[0]!) : studentT(samples[0]!, samples[1]!);
  return {
    statistic: result.t,
    p: result.p,
    note: `${unequal ? "Welch's" : "Student's"} t-test of ${name} between ${column} ${groups
      .map((group) => JSON.stringify(group.value))
      .join(' and ')} (t = ${result.t.toPrecision(4)})`,
    columns: [name, column],
    rows: all,
  };
}

/** A slot narrowed to one group when its words name a category value ("class_1", "graduate"). */
function slotGroup(
  frame: Frame,
  slot: Slot,
  rows: readonly number[],
  text: string,
): { rows: number[]; note: string; column: string; value: Cell } | undefined {
  const keyword = /\b(each|separately|per|different|between|respectively|groups?|versus|vs)\b/i.test(text);
  const textWords = wordsOf(text);
  const words = slotWords(slot);
  for (const name of columnNames(frame)) {
    const values = categoryValues(frame, name, 12);
    if (values.length < 2) continue;
    const nameWords = wordsOf(name);
    const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const hits = values.filter((item) => {
      if (typeof item.value === 'number') {
        const at = words.indexOf(String(item.value));
        if (at <= 0) return false;
        const before = words[at - 1]!;
        // "class_1" (the column's name just before), or "label_0_count" of an encoded "sex".
        return (
          (before.length >= 3 && (key.endsWith(before) || nameWords.includes(before))) ||
          (before === 'label' && nameWords.length > 0 && nameWords.every((word) => words.includes(word)))
        );
      }
      return findPhrase(words, item.words) >= 0;
    });
    const longest = hits.filter(
      (item) =>
        !hits.some(
          (other) =>
            other !== item &&
            other.words.length > item.words.length &&
            containsPhrase(other.words, item.words),
        ),
    );
    // Without a word like "each", the question must itself name two or more of the column's
    // values ("male passengers and female passengers") for a slot to pick one of them.
    const compared =
      keyword ||
      values.filter(
        (item) =>
          typeof item.value === 'string' && item.words.length > 0 && containsPhrase(textWords, item.words),
      ).length >= 2;
    if (longest.length === 1 && compared) {
      const cells = cellsOf(frame, name);
      const value = longest[0]!.value;
      return {
        rows: rows.filter((row) => cells[row] === value),
        note: `, where ${name} is ${JSON.stringify(value)}`,
        column: name,
        value,
      };
    }
  }
  return undefined;
}

/** Columns a slot writes as one word ("isalone" names IsAlone, "familysize" FamilySize). */
function squashedColumns(frame: Frame, slot: Slot): string[] {
  const tokens = slot.name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const spans = new Set([...tokens, ...tokens.slice(1).map((token, k) => `${tokens[k]}${token}`)]);
  return columnNames(frame).filter((name) => {
    const squashed = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    return squashed.length >= 4 && wordsOf(name).length > 1 && spans.has(squashed);
  });
}

/** Placeholders that name the answer's form, not a column ("@city[name]", "@mean[value]"). */
const FORM_PLACEHOLDER = /^(?:name|names|label|string|value|values|number|count|text|word)$/i;

/** A slot's name and placeholder as words to find columns in; a form placeholder is left out. */
function slotText(slot: Slot): string {
  const placeholder = slot.placeholder
    .split(/\s*,\s*/)
    .filter((part) => !FORM_PLACEHOLDER.test(part.trim()))
    .join(' ');
  return `${slot.name.replace(/_/g, ' ')} ${placeholder}`;
}

function ownColumns(frame: Frame, slot: Slot): string[] {
  return [
    ...new Set([
      ...findMentions(frame, slotText(slot))
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column),
      ...squashedColumns(frame, slot),
    ]),
  ];
}

function slotColumns(frame: Frame, slot: Slot, question: string, rest: string): string[] {
  const own = findMentions(frame, slotText(slot)).filter((mention) => mention.strength >= 1);
  const asked = findMentions(frame, question);
  const more = findMentions(frame, rest);
  // A column the slot names in part ("mean_wins") and the question in full comes next.
  const partly = findMentions(frame, slotText(slot)).filter(
    (mention) =>
      mention.strength < 1 && asked.some((other) => other.column === mention.column && other.strength >= 1),
  );
  // A column the question's steps made, which the slot names in part ("max_rolling_close"), first.
  const made = findMentions(frame, `${slotText(slot)} ${readSlotName(slot.name).join(' ')}`)
    .filter(
      (mention) =>
        frame.derived.has(mention.column) && !frame.table.columns.some((c) => c.name === mention.column),
    )
    .map((mention) => mention.column);
  const ordered = [
    ...made,
    ...own.map((mention) => mention.column),
    ...squashedColumns(frame, slot),
    ...[...partly, ...asked, ...more].map((mention) => mention.column),
  ];
  return [...new Set(ordered)];
}

const SUPERLATIVE =
  /\b(highest|largest|most|maximum|max|greatest|top|lowest|smallest|least|minimum|min|fewest)\b/i;

/**
 * "Which brand has the highest average rating?": the label's groups ranked by the mean (or
 * total, or median) of the measure, groups smaller than a stated "at least N" left out, ties listed.
 */
function groupRanking(
  context: SlotContext,
  label: string,
  measure: string,
  low: boolean,
): SlotResult | undefined {
  const asked =
    /\b(?:highest|lowest|largest|smallest|greatest|most|least|maximum|minimum|top)\s+(?:\w+\s+)?(average|mean|total|median|sum|rate|proportion|share|percentage)\b/i.exec(
      `${context.question} ${context.slot.name.replace(/_/g, ' ')}`,
    );
  if (!asked) return undefined;
  const fn = asked[1]!.toLowerCase();
  // "the highest Total" names a column called Total, not a sum.
  if (wordsOf(measure).includes(fn)) return undefined;
  const minimum = Number(
    /\bat least (\d+) (?!reviews?\b)[a-z]+(?: in the dataset)?/i.exec(context.text)?.[1] ?? 1,
  );
  const labels = cellsOf(context.frame, label);
  const values = cellsOf(context.frame, measure);
  const groups = new Map<string, number[]>();
  for (const row of context.rows) {
    const key = labels[row];
    const value = values[row];
    if (key === null || key === undefined || typeof value !== 'number') continue;
    const list = groups.get(String(key));
    if (list) list.push(value);
    else groups.set(String(key), [value]);
  }
  const scored = [...groups.entries()]
    .filter(([, list]) => list.length >= minimum)
    .map(([key, list]) => ({
      key,
      score:
        fn === 'median'
          ? median(list)
          : fn === 'total' || fn === 'sum'
            ? list.reduce((a, b) => a + b, 0)
            : mean(list),
    }));
  if (scored.length === 0) return undefined;
  const best = low
    ? Math.min(...scored.map((item) => item.score))
    : Math.max(...scored.map((item) => item.score));
  const winners = scored.filter((item) => item.score === best).map((item) => item.key);
  return {
    value: winners.join(', '),
    note: `${label} groups${minimum > 1 ? ` of at least ${minimum} rows` : ''} ranked by ${fn} ${measure}: ${low ? 'lowest' : 'highest'} ${Number(best.toPrecision(6))}`,
    columns: [label, measure],
    rows: context.rows.filter((row) => winners.includes(String(labels[row]))),
  };
}

/** The one text column whose name shares a word with a phrase ("type of loss" names "Description Losses"). */
function sharedWordColumn(frame: Frame, phrase: string): string | undefined {
  const words = new Set(wordsOf(phrase).filter((word) => word.length >= 3));
  const found = columnNames(frame).filter(
    (name) => !isNumericColumn(frame, name) && wordsOf(name).some((word) => words.has(word)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** "Which site has the highest X?": the label column's values on the rows where the measure peaks (ties listed). */
function superlativeLabel(context: SlotContext): SlotResult | undefined {
  const fewValued = (name: string) => categoryValues(context.frame, name, 50).length >= 2;
  // "Which age group has the highest survival rate?": a slot naming a group or category asks for
  // a label column the question names.
  // "Which industry had the highest X?": the text column the question's "which" names.
  const which = (WHICH_GROUP.exec(context.question) ?? GROUP_WITH.exec(context.question))?.[1];
  const label =
    context.ownColumns.find((name) => !isNumericColumn(context.frame, name)) ??
    (has(slotWords(context.slot), 'group', 'categori', 'category', 'bin', 'bucket', 'segment', 'class')
      ? context.columns.find((name) => !isNumericColumn(context.frame, name) && fewValued(name))
      : undefined) ??
    (which && wordsOf(which).some((word) => slotWords(context.slot).includes(word))
      ? (findMentions(context.frame, which)
          .map((mention) => mention.column)
          .find((name) => !isNumericColumn(context.frame, name)) ?? sharedWordColumn(context.frame, which))
      : undefined);
  if (!label || !SUPERLATIVE.test(context.question)) return undefined;
  const measure =
    (/\b(rate|proportion|share|percentage)\b/i.test(context.question) ? flagColumn(context) : undefined) ??
    context.measures.find(
      (name) =>
        name !== label &&
        context.frame.table.columns.find((item) => item.name === name)?.type !== 'identifier',
    );
  // "the top 3 hotels": a list of rows the single best row does not answer.
  if (/\b(?:top|bottom|first|last)\s+(?:\d+|two|three|four|five|ten)\b/i.test(context.question))
    return undefined;
  if (!measure) return undefined;
  const low = /\b(lowest|smallest|(?<!at )least|minimum|min|fewest)\b/i.test(context.question);
  const grouped = groupRanking(context, label, measure, low);
  if (grouped) return grouped;
  // A "Total" row at the foot of the table is no row to pick.
  const totals = totalsRows(context.frame, label);
  const { rows, values } = numbersOf(
    context.frame,
    measure,
    context.rows.filter((row) => !totals.has(row)),
  );
  if (values.length === 0) return undefined;
  const best = low ? Math.min(...values) : Math.max(...values);
  const winners = rows.filter((_, index) => values[index] === best);
  const labels = cellsOf(context.frame, label);
  const left = totals.size
    ? `, leaving out the totals row${totals.size > 1 ? 's' : ''} ${[...totals].map((row) => JSON.stringify(labels[row])).join(', ')}`
    : '';
  return {
    value: [...new Set(winners.map((row) => String(labels[row])))].join(', '),
    note: `the ${label} category where ${measure} is ${low ? 'lowest' : 'highest'} (${best})${left}`,
    columns: [label, measure],
    rows: winners,
  };
}

/**
 * A slot whose placeholder lists several named values ("@price[min_price, max_price, mean_price]")
 * is answered part by part, each part named by its placeholder first; list slots written
 * with "..." stay whole.
 */
function slotParts(slot: Slot, format: string): Slot[] {
  const parts = slot.placeholder.split(/\s*,\s*/);
  if (parts.length < 2 || !parts.every((part) => /^[A-Za-z][A-Za-z0-9_]*$/.test(part))) return [slot];
  if (parts.every((part) => part.replace(/\d+$/, '') === parts[0]!.replace(/\d+$/, ''))) return [slot];
  return parts.map((part) => {
    const decimals = decimalsFor(format, part, slot.decimals);
    const { decimals: _, ...rest } = slot;
    return { ...rest, name: part, placeholder: slot.name, ...(decimals !== undefined ? { decimals } : {}) };
  });
}

/** Rules that give one figure, never a list. */
const SCALAR_RULES =
  /^(count|count of compared rows|mean|total|median|minimum|maximum|standard deviation|variance|range|interquartile range|percentile|skewness|kurtosis|distinct count|rate of a flag|share of rows meeting a condition|coefficient of variation)$/;

const PER_GROUP =
  /\b(?:for each|for every|in each|of each|per|grouped by|group by|broken down by|by each)\s+(?:the\s+|individual\s+)?([\w .'-]{2,40}?)(?=[,;?)]|\.(?:\s|$)|\s+(?:and|or|in|on|with|who|that|where|is|are|was|were|separately)\b|$)/gi;

/**
 * The column a question asks one value for each group of ("the mean Points for each Team"):
 * a category named in full, with repeated values. Not the rows' own noun ("per rider" over one
 * rider a row).
 */
function perGroupColumn(frame: Frame, question: string): string | undefined {
  for (const match of question.matchAll(PER_GROUP)) {
    const column = findMentions(frame, match[1]!)
      .filter((mention) => mention.strength >= 1 && mention.position === 0)
      .map((mention) => mention.column)
      .find((name) => {
        const type = frame.table.columns.find((item) => item.name === name)?.type;
        if (isNumericColumn(frame, name) && type !== 'category') return false;
        const present = cellsOf(frame, name).filter((cell) => cell !== null);
        const distinct = new Set(present.map(String)).size;
        return distinct >= 2 && distinct <= present.length * 0.7;
      });
    if (column) return column;
  }
  return undefined;
}

/** A slot whose placeholder says it holds a list ("@outliers[list]", "@values[value1, value2, ...]"). */
function asksForList(slot: Slot): boolean {
  return /^(?:\w+_)?(?:list|lists|array|values|items)$|\.\.\.|…/i.test(slot.placeholder.trim());
}

/** A slot whose placeholder says it holds a name ("@city[name]", "@brand[string]"). */
function asksForName(slot: Slot): boolean {
  return slot.placeholder
    .split(/\s*,\s*/)
    .every((part) => /^(?:\w+_)?(?:name|names|label|string|title|text|word)$/i.test(part.trim()));
}

/** Whether a result is a value read off a column (a year or a numeric code is a name then). */
function labelAnswer(frame: Frame, slot: Slot, result: SlotResult): boolean {
  const first = result.columns[0];
  return (
    first !== undefined &&
    (!isNumericColumn(frame, first) || wordsOf(first).some((word) => slotWords(slot).includes(word))) &&
    result.rows.length > 0 &&
    cellsOf(frame, first).some((cell, row) => result.rows.includes(row) && String(cell) === result.value)
  );
}

/** Answers one DABench-form question over a table. */
export function answerAnalysis(table: DataTable, request: AnalysisRequest): AnalysisAnswer {
  const constraints = request.constraints ?? '';
  const all = `${request.question}\n${constraints}\n${request.format}`;
  for (const pattern of UNSUPPORTED)
    if (pattern.test(`${request.question}\n${constraints}`))
      fail(
        'unsupported',
        'This question needs a trained model or a chart, which the builtin engine does not do.',
        {
          hint: 'Ask for the statistics directly (mean, correlation, outliers, a test), or use a language model with code execution.',
        },
      );
  const slots = parseSlots(request.format, constraints);
  if (slots.length === 0)
    fail('bad_usage', 'The answer format has no @name[value] slots.', {
      hint: 'Write the format as "@mean_fare[mean]".',
    });
  const frame = createFrame(table);
  applyPreparation(frame, request.question, constraints);
  if (frame.unread.length > 0)
    fail(
      'unsupported',
      `The builtin engine could not tell which column the question means for ${frame.unread.join(', ')}.`,
      { hint: 'Name the column with the value, e.g. "rows where Team is India".' },
    );
  const values: Record<string, string> = {};
  const notes: string[] = [...frame.steps];
  const cited: string[] = [];
  const slotCount = slots.reduce((total, slot) => total + slotParts(slot, request.format).length, 0);
  const solve = (slot: Slot): SlotResult => {
    const group = slotGroup(frame, slot, frame.rows, all);
    const columns = slotColumns(frame, slot, request.question, `${constraints}\n${request.format}`);
    const own = ownColumns(frame, slot);
    const context: SlotContext = {
      frame,
      slot,
      text: all,
      question: request.question,
      columns,
      ownColumns: own,
      // An identifier is a measure only when the slot names it.
      measures: columns.filter(
        (name) =>
          isNumericColumn(frame, name) &&
          (table.columns.find((item) => item.name === name)?.type !== 'identifier' || own.includes(name)),
      ),
      rows: group?.rows ?? frame.rows,
      ...(group ? { groupNote: group.note, group: { column: group.column, value: group.value } } : {}),
    };
    // A column named like a statistic ("Range", "Count") is not the statistic asked for.
    const columnWords = new Set(context.ownColumns.flatMap((name) => wordsOf(name)));
    const tableWords = new Set(columnNames(frame).flatMap((name) => wordsOf(name)));
    const nameWords = readSlotName(slot.name, (word) => tableWords.has(word));
    const statWords = nameWords.filter((word) => !columnWords.has(word));
    const byName = SLOT_RULES.find((item) =>
      item.applies(statWords.length > 0 ? statWords : nameWords, context),
    );
    const rule =
      byName ??
      SLOT_RULES.find((item) => item.applies(slotWords(slot), context)) ??
      SLOT_RULES.find((item) => item.applies(wordsOf(request.question), context));
    const ranking = !byName || GROUP_RULES.test(byName.name) ? groupSuperlative(context) : undefined;
    const role = ranking ? rankRole(context, ranking, slotCount) : undefined;
    const rank = role ? ranking : undefined;
    const labelled =
      !rank && (!byName || /^(maximum|minimum|mean|total|rate of a flag)$/.test(byName.name))
        ? superlativeLabel(context)
        : undefined;
    const result =
      (rank ? rankedResult(context, rank, role === 'group') : labelled) ?? rule?.compute(context);
    if (!result)
      fail('unsupported', `The builtin engine cannot tell what @${slot.name} asks for.`, {
        hint: 'Name the statistic in the slot or the question (mean, median, correlation, outliers, p-value).',
      });
    if (asksForName(slot) && /^-?\d+(?:\.\d+)?$/.test(result.value) && !labelAnswer(frame, slot, result))
      fail(
        'unsupported',
        `@${slot.name} asks for a name, but the builtin engine could only work out a number (${result.note}).`,
        { hint: 'Name the column whose value is the answer, e.g. "which Region has the highest Sales".' },
      );
    // "@bin_counts[list]": one figure is no list.
    if (asksForList(slot) && !rank && !labelled && rule && SCALAR_RULES.test(rule.name))
      fail(
        'unsupported',
        `@${slot.name} asks for a list, but the builtin engine could only work out one figure (${result.note}).`,
        {
          hint: 'Ask for each value in its own slot.',
        },
      );
    const grouping = perGroupColumn(frame, request.question);
    if (
      grouping &&
      !context.group &&
      !result.columns.includes(grouping) &&
      !result.note.includes(grouping) &&
      !frame.steps.some((step) => step.includes(grouping))
    )
      fail(
        'unsupported',
        `The question asks for a value for each ${grouping}, but the builtin engine could only work out one over all rows (${result.note}).`,
        {
          hint: `Ask for one group at a time ("the mean for ${grouping} 'X'"), or for the group that ranks highest.`,
        },
      );
    const uncovered = uncoveredSlotWords(frame, slot, `${result.note} ${frame.steps.join(' ')}`, all);
    if (uncovered.length > 0)
      fail(
        'unsupported',
        `The builtin engine did not understand "${uncovered.join('", "')}" in @${slot.name} (it could only work out ${result.note}).`,
        {
          hint: 'Ask for that step or statistic in words the engine reads (mean, count, correlation, a filter on a value).',
        },
      );
    return result;
  };
  for (const slot of slots) {
    const parts = slotParts(slot, request.format);
    const results = parts.map(solve);
    values[slot.name] = results.map((result) => result.value).join(', ');
    for (const [index, result] of results.entries()) {
      notes.push(`@${slot.name}${parts.length > 1 ? `[${index}]` : ''}: ${result.note}`);
      for (const name of result.columns) {
        const column = table.columns.find((item) => item.name === name);
        if (column) cited.push(citeCells(table, column, [...result.rows]));
      }
    }
  }
  const unapplied = unappliedConditions(frame, request.question, notes.join(' '));
  if (unapplied.length > 0)
    fail(
      'unsupported',
      `The builtin engine did not carry out ${unapplied.map((item) => `"${item.replace(/"/g, '')}"`).join(', ')} from the question, so its answer would ignore that condition.`,
      {
        hint: 'Restate the condition as a filter on a column ("rows where Category is Assault", "Year ≥ 2000").',
      },
    );
  return {
    question: request.question,
    slots: values,
    answer: slots.map((slot) => values[slot.name]!),
    planText: notes.join('; '),
    cells: [...new Set(cited)].join(', ') || citeCells(table, undefined, []),
    engine: 'builtin',
  };
}
