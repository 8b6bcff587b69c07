/**
 * @module slot-rules-verdicts
 * Slot rules that answer with a word: the type, strength and direction of a relationship,
 * a normality verdict and a significance verdict.
 */
import { numbersOf } from './analysis-frame.ts';
import { namesDagostino } from './dagostino-test.ts';
import { shapiroWilk, skewness } from './distribution-stats.ts';
import { SKEW_DIRECTION_RULE } from './skew-direction.ts';
import { adjustedMoments, alphaOf, has, needMeasure, pickOption, type SlotRule } from './slot-context.ts';
import { correlation, dagostinoP, pValue, rankTest, rankTestFor, strengthLabel } from './statistic-tests.ts';

/** Slot words of a yes-or-no verdict that a significant test result says yes to. */
const EFFECT_WORDS = [
  'different',
  'differ',
  'differs',
  'difference',
  'diff',
  'reject',
  'rejected',
  'changed',
  'change',
  'associated',
  'association',
  'related',
  'dependent',
  'effect',
];

/** Words by which a text asks about a relationship: without them "strong" in a slot name ("@strong_sites") names rows, not a correlation's strength. */
const RELATION_WORDS = /\b(?:correlat\w*|relationship|relation|related|association|associated|linear)\b/i;

/** Options that are a yes and a no ("yes"/"no", "True"/"False"). */
function yesOrNo(options: readonly string[]): boolean {
  const lower = new Set(options.map((option) => option.toLowerCase()));
  return (
    lower.size === 2 && ((lower.has('yes') && lower.has('no')) || (lower.has('true') && lower.has('false')))
  );
}

/** Verdict rules, most specific first. */
export const VERDICT_RULES: readonly SlotRule[] = [
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
      (has(words, 'strength', 'strong', 'weak') &&
        RELATION_WORDS.test(`${context.question} ${context.text}`)) ||
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
  SKEW_DIRECTION_RULE,
  {
    name: 'normality verdict',
    applies: (words, context) =>
      context.slot.options.length > 0 &&
      (has(words, 'normal', 'normality', 'distribution', 'skew') ||
        /normal|skew/i.test(context.slot.options.join(' '))),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const skew = skewness(values, adjustedMoments(context.text));
      const offered = (pattern: RegExp) => context.slot.options.some((option) => pattern.test(option));
      // "right"/"left"/"symmetric", or "positive"/"negative"/"symmetric" for the skew's sign.
      const signed = offered(/^\s*positive/i) && offered(/^\s*negative/i) && offered(/symmetric|normal/i);
      const ternary = offered(/right/i) || signed;
      if (ternary) {
        // The band the text states for a symmetric distribution ("between -1 and 1"), else ±0.5.
        const band = Number(
          /\bbetween\s*[-−–]\s*(\d+(?:\.\d+)?)\s*(?:and|to)\s*\+?\s*\1\b/i.exec(context.text)?.[1] ?? 0.5,
        );
        const value =
          skew > band
            ? signed
              ? /^\s*positive/i
              : /right/i
            : skew < -band
              ? signed
                ? /^\s*negative/i
                : /left/i
              : /symmetric|normal/i;
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
      if (rankTestFor(context) === 'kolmogorov-smirnov') {
        const test = rankTest(context, false)!;
        return {
          value: pickOption(context.slot, test.p >= alphaOf(context.text), ['Normal', 'Non-normal']),
          note: `${test.note}, p = ${test.p.toPrecision(3)}`,
          columns: test.columns,
          rows: test.rows,
        };
      }
      if (namesDagostino(context.text)) {
        const test = dagostinoP(context);
        return {
          value: pickOption(context.slot, test.p >= alphaOf(context.text), ['Normal', 'Non-normal']),
          note: `${test.note}, p = ${test.p.toPrecision(3)}`,
          columns: test.columns,
          rows: test.rows,
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
    // "@different[answer] where answer is yes or no" after a test: the yes is a significant result.
    applies: (words, context) =>
      context.slot.options.length > 0 &&
      (has(words, 'significance', 'significant', 'result', 'conclusion') ||
        (yesOrNo(context.slot.options) && has(words, ...EFFECT_WORDS))),
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
];
