/**
 * @module group-sum-words
 * Words that make "which X has the most Y" a ranking of the groups' sums rather than of single
 * rows: the question adds up over periods ("the most margin across all the quarters", "over the
 * seasons"), or the constraints sum the measure for each group ("Sum the margin for each
 * Branch", "add up Takings per Stall", "Sum the hours of each Crew").
 */

/** "across all the quarters", "over the seasons", "throughout the months": a total over the periods the rows are. */
const OVER_PERIODS =
  /\b(?:over|across|throughout)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:years|seasons|months|weeks|quarters|periods)\b/i;

/** "Sum the margin for each Branch", "add up Takings per Stall", "the total of X by group". */
const SUM_FOR_EACH =
  /\b(?:sum|sums|summed|summing|add up|adding up|total)\b(?:(?!\b(?:mean|average|median)\b)[^.;\n]){0,60}?\b(?:for each|per|within each|in each|by each|of each|for every)\b/i;

/** The question adds a measure up over the periods its rows stand for. */
export function summedOverPeriods(question: string): boolean {
  return OVER_PERIODS.test(question);
}

/** The text sums the measure for each group. */
export function statedGroupSum(text: string): boolean {
  return SUM_FOR_EACH.test(text);
}
