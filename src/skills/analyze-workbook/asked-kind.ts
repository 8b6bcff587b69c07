/**
 * @module asked-kind
 * What a slot's own name or placeholder says it holds, checked against the answer worked out:
 * "@fare_p90[percentile]" is a percentile, which a group's highest figure is not; "@month[name]
 * where "name" is a full month name" is a month's name, which a calendar month "2031-10" is
 * not. An answer of another kind means the plan read the slot wrong, so it is refused.
 */

import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Slot } from './answer-format.ts';
import { readSlotName } from './slot-words.ts';

// Quartiles and deciles are left out: "@mean_lowest_quartile" names a bin, not a percentile.
const PERCENTILE_WORDS = /^(?:p\d{2}|percentile|percentiles|quantile|quantiles)$/;
const PERCENTILE_NOTE = /\b(?:percentile|quantile|quartile|decile|q1|q3|median|iqr|interquartile)\b/i;

/** Why the answer is not of the kind the slot asks for, or undefined. */
export function askedKindMissed(slot: Slot, format: string, note: string, value: string): string | undefined {
  const words = [...readSlotName(slot.name), ...readSlotName(slot.placeholder)];
  if (words.some((word) => PERCENTILE_WORDS.test(word)) && !PERCENTILE_NOTE.test(note))
    return `@${slot.name} asks for a percentile, but the builtin engine worked out ${note}`;
  // "@median_price[median]" answered by a group's ranking or a mean: the slot was read wrong.
  if (words.includes('median') && !PERCENTILE_NOTE.test(note))
    return `@${slot.name} asks for a median, but the builtin engine worked out ${note}`;
  const monthName = new RegExp(
    `["'“]${escapeRegExp(slot.placeholder)}["'”]\\s+is\\s+(?:a|the)\\s+(?:full\\s+)?(?:english\\s+)?month\\s+name`,
    'i',
  ).test(format);
  if (monthName && /^\d{4}-\d{2}$/.test(value.trim()))
    return `@${slot.name} asks for the name of a month of the year, but the builtin engine worked out the calendar month ${value}`;
  return undefined;
}
