/**
 * @module joined-bounds
 * Two bounds said of one column with the column named once ('the rows whose "Total" is at least
 * 20 and at most 50'): written out as two conditions, each naming the column ('whose "Total" is at
 * least 20 and whose "Total" is at most 50'), so the second bound is read as the first is rather
 * than dropped.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';

const BOUND_WORD = String.raw`(?:at least|at most|no more than|no less than|no fewer than|more than|less than|fewer than|greater than|smaller than|higher than|lower than|above|below|over|under)`;
const NUMBER = String.raw`-?\d[\d,]*(?:\.\d+)?`;

/** The text with "whose X is <bound> and <bound>" written as two conditions on X. */
export function withJoinedBoundsSplit(text: string, columns: readonly string[]): string {
  let out = text;
  const names = columns.filter((name) => name.trim().length >= 1).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const pattern = new RegExp(
      String.raw`\b(whose|where)\s+(["“]?${escapeRegExp(name)}["”]?)\s+(is|are)\s+(${BOUND_WORD}\s+${NUMBER})\s+and\s+(${BOUND_WORD}\s+${NUMBER})(?![\w.,]\d|[\w%])`,
      'gi',
    );
    out = out.replace(
      pattern,
      (_, lead: string, column: string, verb: string, first: string, second: string) =>
        `${lead} ${column} ${verb} ${first} and ${lead} ${column} ${verb} ${second}`,
    );
  }
  return out;
}
