/**
 * @module ranked-nouns
 * "Rank the issuers by their March figure; what rank does 'Ann' have?": the plural the text ranks
 * rows by names the rows, so `@issuer_rank` is accounted for once the plan ranked a row. Only for
 * a plan that gave one row's rank. Words are returned as `wordsOf` writes them.
 */
import { wordsOf } from './analysis-frame.ts';

/** "rank the issuers", "ranked among the stations", "ranking all teams". */
const RANKED = /\brank(?:s|ed|ing)?\s+(?:among\s+|of\s+)?(?:the\s+|all\s+|every\s+)?([a-z]{3,}s)\b/gi;

/** The plurals the text ranks rows as, when the plan ranked a named row. */
export function rankedNouns(text: string, planText: string): string[] {
  if (!/\brank of the row\b/.test(planText)) return [];
  return [...text.matchAll(RANKED)].flatMap((match) => wordsOf(match[1]!));
}

/** "the most visits", "how many visits is that": the plural a ranking by totals counts. */
const SUMMED = /\b(?:the most|the fewest|how many)\s+([a-z]{3,}s)\b/gi;

/**
 * "Which category accounts for the most visits once you add up the counts, and how many visits
 * is that?": what the groups' totals count, once the plan ranked groups by a total.
 */
export function summedNouns(text: string, planText: string): string[] {
  if (!/\bgroups ranked by total\b/.test(planText)) return [];
  return [...text.matchAll(SUMMED)].flatMap((match) => wordsOf(match[1]!));
}
