/**
 * @module comparison-words
 * The words a person compares a value with a bar by, each read as one of four bounds: "more
 * than" ("over", "above", "greater than", "higher than", "longer than", "exceeds"), "at least"
 * ("greater than or equal to", "no fewer than"), "less than" ("under", "below", "fewer than",
 * "shorter than") and "at most" ("less than or equal to", "no more than"); and the test each
 * bound makes of a value against its bar. "Or more" and "or fewer" after a number widen a
 * strict bound to take the bar in. Words that state no bound ("equal to", "of") give none.
 */

/** The four bounds a comparison word states, in the words the plans write them. */
export type Bound = 'more than' | 'at least' | 'less than' | 'at most';

/** A value's test against its bar. */
export type Compare = (value: number, bar: number) => boolean;

/** The words of each bound, "than" left out or kept; lower case, one space between words. */
const BOUND_WORDS: readonly (readonly [RegExp, Bound])[] = [
  [/^(?:at least|(?:greater|more) than or equal to|(?:no|not) (?:fewer|less) than)$/, 'at least'],
  [/^(?:at most|less than or equal to|(?:no|not) more than)$/, 'at most'],
  [/^(?:(?:greater|more|higher|longer)(?: than)?|above|over|exceeds?)$/, 'more than'],
  [/^(?:(?:less|fewer|lower|shorter)(?: than)?|below|under)$/, 'less than'],
];

const TESTS: Readonly<Record<Bound, Compare>> = {
  'more than': (value, bar) => value > bar,
  'at least': (value, bar) => value >= bar,
  'less than': (value, bar) => value < bar,
  'at most': (value, bar) => value <= bar,
};

/** The bound a comparison word states ("over" → "more than", "no fewer than" → "at least"), else undefined. */
export function boundOf(word: string): Bound | undefined {
  const said = word.trim().toLowerCase().replace(/\s+/g, ' ');
  return BOUND_WORDS.find(([pattern]) => pattern.test(said))?.[1];
}

/** Whether a bound keeps values above its bar ("more than", "at least"). */
export function isUpperSide(bound: Bound): boolean {
  return bound === 'more than' || bound === 'at least';
}

/** The bound with its bar taken in: "more than" with "or more" after the number is "at least". */
export function withBarIncluded(bound: Bound): Bound {
  return bound === 'more than' ? 'at least' : bound === 'less than' ? 'at most' : bound;
}

/** The test a bound makes of a value against its bar. */
export function boundTest(bound: Bound): Compare {
  return TESTS[bound];
}

/** The test a comparison word makes, the bar taken in when `orEqual` ("7 days or more"); undefined for no bound. */
export function comparisonTest(word: string, orEqual = false): Compare | undefined {
  const bound = boundOf(word);
  if (!bound) return undefined;
  return TESTS[orEqual ? withBarIncluded(bound) : bound];
}
