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
  rowsWithout,
  wordsOf,
} from './analysis-frame.ts';
import { compareStatistics, twoGroups } from './compare-statistics.ts';
import {
  chiSquareIndependence,
  iqrFences,
  kendallTau,
  shapiroWilk,
  spearman,
  standardDeviation,
  studentT,
  zScoreOutliers,
} from './distribution-stats.ts';
import { bartlett, kruskalWallis, ksNormal, ksTwoSample, levene, mannWhitneyU } from './rank-tests.ts';
import {
  distinctValues,
  has,
  NEW_COLUMN,
  needMeasure,
  population,
  type SlotContext,
  slotWords,
} from './slot-context.ts';
import { anova, mean, pearson, welch } from './stats.ts';

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
  const yates =
    !/without (?:yates'?s? |the |any )?(?:continuity )?correction|correction\s*=\s*false|no (?:yates'?s? )?(?:continuity )?correction/i.test(
      context.text,
    );
  const result = chiSquareIndependence(counts, yates);
  return {
    ...result,
    note: `chi-square test of ${a} × ${b} (df ${result.df}${result.corrected ? ", Yates' continuity correction" : ''})`,
    columns: [a, b],
    rows,
  };
}

export function pValue(context: SlotContext): {
  p: number;
  note: string;
  columns: string[];
  rows: readonly number[];
} {
  const text = context.text;
  const ranked = rankTest(context, false);
  if (ranked) return ranked;
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

type TestGroups = {
  readonly column: string;
  readonly groups: { value: Cell; rows: number[] }[];
  /** The text named the groups, so their order is the text's. */
  readonly named: boolean;
  readonly measure: string;
};

/** The groups a test compares (values the text names, else every value of a few-valued column it names) and the measure. */
function testGroups(context: SlotContext): TestGroups {
  const all = context.frame.rows;
  const named = comparedGroups({ ...context, rows: all }) ?? flagOrValueGroups(context);
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
  const measure = context.measures.find((item) => item !== column);
  if (!measure)
    fail('unsupported', `No numeric column found to compare for @${context.slot.name}.`, {
      hint: 'Name the measured column in the question.',
    });
  // "the Age of passengers who survived and of those who did not" was also read as a condition
  // on the grouping column: both groups come from the rows meeting the other conditions.
  const base = rowsWithout(context.frame, column);
  if (base) {
    const cells = cellsOf(context.frame, column);
    groups = groups.map((group) => ({
      value: group.value,
      rows: base.filter((row) => cells[row] === group.value),
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
  return { column, groups, named: Boolean(named && named.groups.length >= 2), measure };
}

/** "Passengers who survived and those who did not": the two groups the question names as compare-statistics reads them. */
function flagOrValueGroups(
  context: SlotContext,
): { column: string; groups: { value: Cell; rows: number[] }[] } | undefined {
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
  const { column, groups, measure: name } = testGroups(context);
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
  if (has(words, ...OTHER_TEST_WORDS)) return undefined;
  return kinds.length === 1 && !OTHER_TEST.test(context.text) ? kinds[0] : 'ambiguous';
}

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
  const two = kind === 'mann-whitney' || kind === 'kolmogorov-smirnov';
  if (two && samples.length !== 2)
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
  const result =
    kind === 'mann-whitney'
      ? mannWhitneyU(samples[0]!, samples[1]!)
      : kind === 'kruskal'
        ? kruskalWallis(samples)
        : kind === 'levene'
          ? levene(samples, center)
          : kind === 'bartlett'
            ? bartlett(samples)
            : ksTwoSample(samples[0]!, samples[1]!);
  if (!result)
    fail('unsupported', 'The samples are too large for the exact two-sample Kolmogorov-Smirnov p-value.', {
      hint: 'Compare smaller groups.',
    });
  const label = {
    'mann-whitney': 'Mann-Whitney U',
    kruskal: 'Kruskal-Wallis H',
    levene: `Levene (centred on the ${center})`,
    bartlett: 'Bartlett',
    'kolmogorov-smirnov': 'two-sample Kolmogorov-Smirnov',
  }[kind];
  return {
    ...result,
    note: `${label} test of ${measure} between ${column} ${groups
      .map((group) => JSON.stringify(group.value))
      .join(', ')} (statistic ${result.statistic.toPrecision(5)})`,
    columns: [measure, column],
    rows: groups.flatMap((group) => group.rows),
  };
}
