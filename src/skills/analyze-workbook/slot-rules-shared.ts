/**
 * @module slot-rules-shared
 * Words the slot-rule families share.
 */

/** Slot words that ask for a share of rows rather than a count. */
export const SHARE_WORDS = [
  'percentage',
  'percent',
  'proportion',
  'pct',
  'ratio',
  'fraction',
  'share',
  'rate',
];
