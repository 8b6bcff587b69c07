/**
 * @module column-statistic-words
 * "The median and the IQR of the Whatnots Variance" with `@median_variance`: a slot word that is
 * a word of a column the question names in full ("Variance") names that column, not the
 * statistic, when the slot has other words left to name it ("median").
 */
import { type Frame, findMentions, wordsOf } from './analysis-frame.ts';

/** The slot's statistic words less those a column the question names in full accounts for. */
export function withoutColumnWords(words: readonly string[], frame: Frame, question: string): string[] {
  const named = new Set(
    findMentions(frame, question)
      .filter((mention) => mention.strength >= 1)
      .flatMap((mention) => wordsOf(mention.column)),
  );
  const left = words.filter((word) => !named.has(word));
  return left.length < words.length && left.length > 0 ? left : [...words];
}
