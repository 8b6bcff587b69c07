/**
 * @module stated-group-measure
 * 'Sum "Catch Weight" for each "Boat Skipper" and report the skipper with the largest sum', "take the
 * mean of Wins for each school": the column the text takes a statistic of for each group of the
 * label ranked. It is the measure of the ranking, whatever other column the question's words
 * after the superlative touch ("landed the most fish over her trips").
 */
import { type Frame, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';

/** "Sum X for each Y", "the mean of X per Y", "add up X within each Y": the statistic, X and Y. */
const FOR_EACH =
  /\b(?:sum|sums|summing|add\s+up|adding\s+up|total|mean|average|median)\b(?:\s+of)?\s+([^.;\n]{1,60}?)\s+(?:for\s+each|for\s+every|per|within\s+each|in\s+each|by\s+each)\s+([^.;\n,]{1,40})/gi;

/** The one numeric column the text takes a statistic of for each group of `label`, else undefined. */
export function statedGroupMeasure(frame: Frame, text: string, label: string): string | undefined {
  const labelWords = new Set(wordsOf(label));
  const found = new Set<string>();
  for (const match of text.matchAll(FOR_EACH)) {
    // "for each school" of a School label, "for each "Boat Skipper"" of Boat Skipper: the group named.
    const groupWords = wordsOf(match[2]!);
    if (groupWords.length === 0 || !groupWords.slice(0, 3).some((word) => labelWords.has(word))) continue;
    const measures = findMentions(frame, match[1]!)
      .filter((mention) => mention.strength >= 1 && mention.column !== label)
      .map((mention) => mention.column);
    const distinct = [...new Set(measures)];
    if (distinct.length === 1 && isNumericColumn(frame, distinct[0]!)) found.add(distinct[0]!);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
