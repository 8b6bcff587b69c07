/**
 * @module elided-superlative
 * "What is the standard deviation of Sales for each region? Which region has the highest?": a
 * superlative with nothing after it ranks the groups by the statistic an earlier sentence asked
 * for each of them. The question is read with that statistic written out ("Which region has the
 * highest standard deviation of Sales?"), when the two sentences name the same groups.
 */
import { wordsOf } from './analysis-frame.ts';

/** "Which region has the highest?", "which one is the lowest." */
const BARE =
  /\b(which|what)\s+([a-z][\w -]{1,30}?)\s+(has|had|have|is|was|shows?|showed)\s+(?:the\s+)?(highest|largest|greatest|biggest|lowest|smallest)(?=\s*(?:[?.;]|$))/i;

/** "the standard deviation of Sales for each region", "the mean Price per city". */
const PER_GROUP_STATISTIC =
  /\b((?:mean|average|median|total|sum|standard deviation|variance|count|number)\b[^.?;\n]{0,60}?)\s+(?:for each|for every|in each|of each|per|by)\s+([a-z][\w -]{1,30}?)(?=\s*(?:[?.;,]|$|\band\b))/i;

/** The question with an elided superlative's statistic written out, or the question as it is. */
export function withElidedStatistic(question: string): string {
  const bare = BARE.exec(question);
  if (!bare) return question;
  const before = question.slice(0, bare.index);
  const stated = PER_GROUP_STATISTIC.exec(before);
  if (!stated) return question;
  const groups = wordsOf(stated[2]!);
  const asked = wordsOf(bare[2]!);
  if (groups.length === 0 || !groups.every((word) => asked.includes(word))) return question;
  return `${question.slice(0, bare.index)}${bare[0]} ${stated[1]!.trim()}${question.slice(bare.index + bare[0].length)}`;
}
