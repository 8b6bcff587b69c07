/**
 * @module column-statistic-words
 * "The median and the IQR of the Cost Variance" with `@median_variance`: a slot word that is
 * a word of a measure column the question names in full ("Variance") names that column, not the
 * statistic, when the slot names another statistic too ("median").
 */
import { type Frame, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { isStatisticWord } from './slot-words.ts';

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
