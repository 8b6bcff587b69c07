/**
 * @module stated-ranges
 * Ranges of one column's values a text states, both ends included: "where Score is between 10
 * and 20", "with a Mark between 50 and 60", "the days the Level was between 30 and 40", and the
 * constraints' 'whose "Level" is from 30 to 40, both included'. Each gives the words before the
 * range (the column is named nearest its end) and the two numbers as written; a range said to
 * leave an end out ("exclusive", "excluded", "not included") is no range of this kind.
 */

export type StatedRange = { readonly phrase: string; readonly low: number; readonly high: number };

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;

const RANGES: readonly RegExp[] = [
  // "where Score is between 10 and 20", "with a Mark between 50 and 60", "whose Purse ($) is between …".
  new RegExp(
    String.raw`\b(?:with|where|whose|for|having|have|has|had)\s+(?:a |an |the )?([\w .$()%-]{2,40}?)\s+(?:is |are |was |were )?between\s+${NUMBER}\s+and\s+${NUMBER}`,
    'gi',
  ),
  // "the days the Level was between 30 and 40", "when Depth is between 5 and 9": the verb is needed.
  new RegExp(
    String.raw`\b(?:when|that|which|the)\s+([a-z][\w]*(?: [\w]+){0,2}?)\s+(?:is|are|was|were)\s+between\s+${NUMBER}\s+and\s+${NUMBER}`,
    'gi',
  ),
  // 'whose "Level" is from 30 to 40, both included', 'whose Year is a number from 2001 to 2005'.
  new RegExp(
    String.raw`\bwhose\s+["'‘“]?([\w .$()%-]{1,40}?)["'’”]?\s+(?:is|are|was|were)\s+(?:a number\s+)?from\s+${NUMBER}\s+to\s+${NUMBER}`,
    'gi',
  ),
];

/** Statistics a verdict's range is on. */
const STATISTIC =
  /\b(?:skew(?:ness)?|kurtosis|correlation|coefficient|r|p|p-value|pvalue|mean|average|median|deviation|variance|std)\b/i;

/** Words that leave out an end of a range. */
const AN_END_LEFT_OUT =
  /^[\s,;(]*(?:both\s+|each\s+|the\s+ends?\s+)?(?:exclusive|excluded|not\s+included|excluding)/i;

/** The ranges the text states, in the order of the rules above, each once. */
export function statedRanges(text: string): StatedRange[] {
  const found: (StatedRange & { at: number })[] = [];
  for (const pattern of RANGES)
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (AN_END_LEFT_OUT.test(text.slice(end, end + 40))) continue;
      // "if the kurtosis is between -1 and 1" bounds a verdict on a statistic, not rows.
      if (pattern === RANGES[1] && STATISTIC.test(match[1]!)) continue;
      // A range two rules read ("where the Level was between …") is one range.
      if (found.some((item) => item.at === end)) continue;
      found.push({ phrase: match[1]!, low: Number(match[2]), high: Number(match[3]), at: end });
    }
  return found.map(({ phrase, low, high }) => ({ phrase, low, high }));
}
