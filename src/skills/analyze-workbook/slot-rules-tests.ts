/**
 * @module slot-rules-tests
 * Slot rules for the figures of a statistical test: p-values, test statistics, chi-square
 * degrees of freedom.
 */
import { numbersOf } from './analysis-frame.ts';
import { namesDagostino } from './dagostino-test.ts';
import { shapiroWilk } from './distribution-stats.ts';
import { sameRowsKind, sameRowsTest } from './paired-tests.ts';
import { has, needMeasure, numberResult, quantileAsked, type SlotRule } from './slot-context.ts';
import {
  chiSquare,
  dagostinoP,
  groupTest,
  pValue,
  rankTest,
  rankTestFor,
  rankTestNamed,
  TEST,
} from './statistic-tests.ts';

/** Test figure rules, most specific first. */
export const TEST_FIGURE_RULES: readonly SlotRule[] = [
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
    name: 'paired or one-sample test statistic',
    applies: (words, context) =>
      sameRowsKind(context.text) !== undefined &&
      has(words, 'statistic', 'stat', 't', 'w', 'tstat', 'tstatistic', 'wstatistic') &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const test = sameRowsTest(context)!;
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    // scipy.stats.chi2_contingency's dof: (rows - 1) * (columns - 1) of the contingency table.
    name: 'chi-square degrees of freedom',
    applies: (words, context) =>
      (has(words, 'dof', 'df') || words.includes('freedom')) &&
      /chi[- ]?(?:square|2)|chisquare/i.test(context.text),
    compute: (context) => {
      const test = chiSquare(context);
      const note = `degrees of freedom (dof) of the ${test.note}`;
      return { value: String(test.df), note, columns: test.columns, rows: test.rows };
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
    name: 'rank or variance test statistic',
    applies: (words, context) =>
      rankTestFor(context) !== undefined &&
      has(words, 'statistic', 'stat', 'u', 'h', 'd', 'ustatistic', 'hstatistic', 'dstatistic') &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const test = rankTest(context, true)!;
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'Shapiro-Wilk statistic',
    applies: (words, context) =>
      /shapiro/i.test(context.text) &&
      !rankTestNamed(context.text) &&
      !TEST.test(context.text) &&
      (has(words, 'w', 'wstatistic') ||
        (has(words, 'statistic', 'stat') && !has(words, 't', 'f', 'chi', 'r'))) &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const { w } = shapiroWilk(values);
      return numberResult(context, w, `Shapiro-Wilk W of ${name}${context.groupNote ?? ''}`, [name], rows);
    },
  },
  {
    name: "D'Agostino-Pearson statistic",
    applies: (words, context) =>
      namesDagostino(context.text) &&
      has(words, 'k2', 'statistic', 'stat', 'ksquared') &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const test = dagostinoP(context);
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
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
];
