/**
 * @module stated-statistic-pair
 * 'Take the maximum and the sum of "Orders" over all rows.' with "@busiest_orders" and
 * "@total_orders": one sentence names two statistics of one column, one slot's name names one of
 * them, so the other slot, whose name names no statistic, takes the other one. Read only for a
 * question of exactly two slots and one such sentence.
 */
import type { Slot } from './answer-format.ts';
import { isStatisticWord, readSlotName, statisticWord } from './slot-words.ts';

/** A statistic as a sentence writes it, and the slot rule that computes it. */
const STATISTICS: readonly [RegExp, string, string][] = [
  [/^(?:maximum|max|highest|largest)$/i, 'max', 'maximum'],
  [/^(?:minimum|min|lowest|smallest)$/i, 'min', 'minimum'],
  [/^(?:mean|average)$/i, 'mean', 'mean'],
  [/^median$/i, 'median', 'median'],
  [/^(?:sum|total)$/i, 'total', 'total'],
  [/^standard deviation$/i, 'std', 'standard deviation'],
];

const STATISTIC =
  'maximum|max|highest|largest|minimum|min|lowest|smallest|mean|average|median|sum|total|standard deviation';

/** 'Take the maximum and the sum of "Orders"': the two statistics and the quoted column. */
const PAIR = new RegExp(
  `\\b(?:take|compute|calculate|find|give|report|work out)\\s+(?:both\\s+)?the\\s+(${STATISTIC})\\s+and\\s+(?:the\\s+)?(${STATISTIC})\\s+of\\s+"([^"\\n]{1,60})"`,
  'gi',
);

/** The statistic words (canonical: max, total, …) a slot's name names. */
function namedStatistics(slot: Slot): string[] {
  return readSlotName(slot.name)
    .filter((word) => isStatisticWord(word))
    .map((word) => statisticWord(word) ?? word);
}

/**
 * The slot rule's name and the column for `slot` when the constraints' one two-statistic sentence
 * leaves it the statistic the other slot does not name; undefined otherwise.
 */
export function pairedStatisticOf(
  slot: Slot,
  slots: readonly Slot[],
  constraints: string,
): { rule: string; column: string } | undefined {
  if (slots.length !== 2) return undefined;
  const pairs = [...constraints.matchAll(PAIR)];
  if (pairs.length !== 1) return undefined;
  const [, first, second, column] = pairs[0]!;
  const read = (word: string) => STATISTICS.find(([pattern]) => pattern.test(word.trim()));
  const one = read(first!);
  const two = read(second!);
  if (!one || !two || one[1] === two[1]) return undefined;
  const other = slots.find((item) => item.name !== slot.name);
  if (!other) return undefined;
  if (namedStatistics(slot).some((word) => word === one[1] || word === two[1])) return undefined;
  const theirs = namedStatistics(other).filter((word) => word === one[1] || word === two[1]);
  if (theirs.length !== 1) return undefined;
  const left = theirs[0] === one[1] ? two : one;
  return { rule: left[2], column: column! };
}
