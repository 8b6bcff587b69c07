/**
 * @module statistic-tests
 * The tests and paired statistics a slot may ask for: correlation (Pearson, Spearman,
 * Kendall) with its p-value, regression pairs, chi-square, t-tests and ANOVA over named groups,
 * differences and ratios of two statistics, and outlier rows by z-score or IQR.
 */
import { fail } from '../../lib/errors.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  findMentions,
  isNumericColumn,
  numbersOf,
  pairsOf,
  wordsOf,
} from './analysis-frame.ts';
import { compareStatistics } from './compare-statistics.ts';
import {
  chiSquareIndependence,
  iqrFences,
  kendallTau,
  shapiroWilk,
  spearman,
  studentT,
  zScoreOutliers,
} from './distribution-stats.ts';
import {
  distinctValues,
  has,
  NEW_COLUMN,
  needMeasure,
  population,
  type SlotContext,
  slotWords,
} from './slot-context.ts';
import { anova, pearson, welch } from './stats.ts';

function zThreshold(text: string): number {
  const match =
    /(?:z-?score|threshold)[^.]{0,60}?(?:greater than|above|exceeds?|>|of|beyond)\s*(?:±|\+\/-)?\s*(\d+(?:\.\d+)?)/i.exec(
      text,
    );
  return match ? Number(match[1]) : 3;
}

export function outlierRows(context: SlotContext, name: string): { rows: number[]; method: string } {
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

/** "The difference in mean X between A and B", "the ratio of the total X to the total Y". */
export function pairStatistic(context: SlotContext) {
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
export function regressionPair(context: SlotContext): { x: string; y: string } {
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

export function correlation(context: SlotContext): {
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
export function strengthLabel(r: number, text: string): 'strong' | 'moderate' | 'weak' {
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

export function chiSquare(context: SlotContext): {
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

export function pValue(context: SlotContext): {
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

export const TEST = /t-?test|ttest|anova|analysis of variance|welch/i;

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
