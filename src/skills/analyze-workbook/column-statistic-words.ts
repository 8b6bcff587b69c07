/**
 * @module column-statistic-words
 * "The median and the IQR of the Cost Variance" with `@median_variance`: a slot word that is
 * a word of a measure column the question names in full ("Variance") names that column, not the
 * statistic, when the slot names another statistic too ("median").
 */
import { type Frame, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { isStatisticWord, statisticWord } from './slot-words.ts';

/** The slot's statistic words less those a column the question names in full accounts for. */
export function withoutColumnWords(words: readonly string[], frame: Frame, question: string): string[] {
  const named = new Set(
    findMentions(frame, question)
      .filter((mention) => mention.strength >= 1 && isNumericColumn(frame, mention.column))
      .flatMap((mention) => wordsOf(mention.column)),
  );
  const left = words.filter((word) => !named.has(word));
  return left.length < words.length && left.some(isStatisticWord) ? left : [...words];
}

/**
 * The slot's words less those of a column it names, and less the statistic form the slot reader wrote
 * beside such a word ("@mean_spread" beside a made "price_spread": neither "spread" nor a range it
 * might stand for).
 */
export function withoutNamedColumnWords(
  words: readonly string[],
  columnWords: ReadonlySet<string>,
): string[] {
  return words.filter((word, index) => {
    if (columnWords.has(word)) return false;
    const before = words[index - 1];
    return !(before !== undefined && columnWords.has(before) && statisticWord(before) === word);
  });
}

/**
 * "@max_rolling_std" once a step made a rolling standard deviation: the statistic word after
 * "rolling" or "moving" names that made column, so the slot's own statistic is the one left (max).
 */
export function withoutRollingWords(words: readonly string[], frame: Frame): string[] {
  const made = [...frame.derived.keys()].some((name) => /^(?:rolling|moving)\s/i.test(name));
  if (!made) return [...words];
  const at = words.findIndex((word) => word === 'rolling' || word === 'moving');
  if (at < 0 || at + 1 >= words.length) return [...words];
  // The slot reader writes a statistic's own form beside it ("average", "mean"): both name the made column.
  const statistic = words[at + 1]!;
  const end =
    words[at + 2] === statisticWord(statistic) && statisticWord(statistic) !== statistic ? at + 3 : at + 2;
  const left = [...words.slice(0, at), ...words.slice(end)];
  if (left.some(isStatisticWord)) return left;
  // "@peak_rolling_mean": where the made column peaks is its maximum, not its mean.
  return left.length > 0 && left.every((word) => word === 'peak') ? ['max'] : [...words];
}
