/**
 * @module range-bounds
 * Which end of a range a text names ("at most", "shall not exceed" against "at least"): a
 * question about one end is not answered by a sentence that names only the other.
 */

export type Bound = 'most' | 'least';

/** Which end of a range a text names: an upper bound ("at most", "shall not exceed") or a lower one. */
const BOUNDS: readonly (readonly [Bound, RegExp])[] = [
  [
    'most',
    /\b(?:at most|maximum|max|no more than|not more than|(?:shall|must|may) not exceed|not to exceed|no greater than|not greater than|up to|upper limit)\b|最多|最大|上限|以内|以下|최대/i,
  ],
  [
    'least',
    /\b(?:at least|minimum|min|no less than|not less than|no fewer than|lower limit)\b|最少|最小|下限|以上|최소/i,
  ],
];

export function boundsOf(text: string): Bound[] {
  return BOUNDS.filter(([, pattern]) => pattern.test(text)).map(([bound]) => bound);
}

/** A sentence that names only the other end of the range asked ("no less than" for "at most") sinks. */
export function boundFactor(asked: readonly Bound[], text: string): number {
  if (asked.length !== 1) return 1;
  const said = boundsOf(text);
  return said.length > 0 && !said.includes(asked[0] as Bound) ? 0.5 : 1;
}
