/**
 * @module skew-direction
 * "What is the skewness of Returns, and is it positively or negatively skewed?": the word for the
 * sign of the skewness (as the skewness rule computes it: pandas' bias-corrected form when the
 * text says pandas, else scipy's), among the words the format allows ("positive"/"negative",
 * "right-skewed"/"left-skewed"). Only for a slot offering those two words: a third one
 * ("symmetric" inside a band) is the normality verdict's to give.
 */
import { fail } from '../../lib/errors.ts';
import { numbersOf } from './analysis-frame.ts';
import { skewness } from './distribution-stats.ts';
import {
  adjustedMoments,
  needMeasure,
  type SlotContext,
  type SlotResult,
  type SlotRule,
} from './slot-context.ts';

const POSITIVE =
  /^(?:positive(?:ly)?(?:[ _-]skewed)?|right(?:[ _-]skewed)?|skewed[ _-]right|right[ _-]tailed)$/i;
const NEGATIVE =
  /^(?:negative(?:ly)?(?:[ _-]skewed)?|left(?:[ _-]skewed)?|skewed[ _-]left|left[ _-]tailed)$/i;

function options(context: SlotContext) {
  const all = context.slot.options.map((option) => option.trim());
  return {
    positive: all.find((option) => POSITIVE.test(option)),
    negative: all.find((option) => NEGATIVE.test(option)),
    count: all.length,
  };
}

function direction(context: SlotContext): SlotResult {
  const { positive, negative } = options(context);
  const name = needMeasure(context);
  const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
  if (values.length < 3) fail('unsupported', `Too few numbers in ${name} for a skewness.`);
  const adjusted = adjustedMoments(context.text);
  const value = skewness(values, adjusted);
  if (value === 0)
    fail(
      'unsupported',
      `The skewness of ${name} is exactly 0, which is neither of the words the format offers.`,
    );
  return {
    value: (value > 0 ? positive : negative)!,
    note: `sign (direction) of the ${adjusted ? 'bias-corrected ' : ''}skewness of ${name} over ${values.length} values: ${value.toFixed(4)}`,
    columns: [name],
    rows,
  };
}

/** The slot rule: the word for the sign of a column's skewness. */
export const SKEW_DIRECTION_RULE: SlotRule = {
  name: 'direction of a skew',
  applies: (_words, context) => {
    if (!/skew/i.test(context.text)) return false;
    const { positive, negative, count } = options(context);
    return count === 2 && positive !== undefined && negative !== undefined;
  },
  compute: direction,
};
