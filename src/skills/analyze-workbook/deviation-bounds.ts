/**
 * @module deviation-bounds
 * "Returns more than two standard deviations above the mean": the bar is the mean plus two
 * standard deviations, not the mean. Written out as "greater than the mean plus 2 standard
 * deviations" (below: "less than the mean minus …"), the form the comparison rules read, so that
 * "above the mean" inside the phrase is never read as the bar on its own.
 */
import { numberWord } from './normalize-text.ts';

const AWAY =
  /\b(more than|over|greater than|beyond|at least)\s+(\d+(?:\.\d+)?|one|two|three|four|five)\s+(?:standard deviations?|std(?:ev)?s?|sds?|sigmas?)\s+(above|below)\s+(?:the\s+)?(mean|average)\b/gi;

/** The text with each "K standard deviations above/below the mean" written as a bar of its own. */
export function withDeviationBounds(text: string): string {
  return text.replace(AWAY, (whole, word: string, count: string, side: string, statistic: string) => {
    const k = /^\d/.test(count) ? Number(count) : numberWord(count.toLowerCase());
    if (!k) return whole;
    const above = side.toLowerCase() === 'above';
    const inclusive = word.toLowerCase() === 'at least';
    const compare = above ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
    return `${compare} the ${statistic.toLowerCase()} ${above ? 'plus' : 'minus'} ${k} standard deviations`;
  });
}
