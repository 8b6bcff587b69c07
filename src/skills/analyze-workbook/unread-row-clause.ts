/**
 * @module unread-row-clause
 * "Among the singers who had never been given a solo, what is the average …": a clause that
 * keeps some of the rows by who or what they are. When the plan read no condition and no group
 * from the question, such a clause was not understood, and an answer over every row is not the
 * one asked for.
 */

import { stem as porterStem } from '../../lib/text/stem.ts';
import { wordsOf } from './analysis-frame.ts';

/** "among / of / for / from (the) <plural noun> who / that / which / whose <clause>". */
const ROW_CLAUSE =
  /\b(?:among|of|for|from)\s+(?:the\s+|those\s+|all\s+(?:the\s+)?)?([a-z]{3,}s)\s+(?:who|that|which|whose)\s+([a-z'-]+(?:\s+[a-z'-]+){0,3})/gi;

/** Clauses that keep every row: "that are listed", "who are in the table". */
const EVERY_ROW =
  /^(?:(?:are|were|is|was)\s+(?:listed|shown|given|included|recorded|in\s+(?:the|this)\s+(?:table|list|data|dataset|file|sheet))|appear)\b/i;

/**
 * The first clause that keeps some rows by what they are ("members who lost a final"), or
 * undefined. A clause whose noun or words name a column the answer read ("the total number of
 * calls that were abandoned" over "calls abandoned") says what is measured, not which rows.
 */
export function rowClause(question: string, readColumns: readonly string[]): string | undefined {
  const read = new Set(readColumns.flatMap((name) => wordsOf(name)).map(porterStem));
  for (const match of question.matchAll(ROW_CLAUSE)) {
    if (EVERY_ROW.test(match[2]!)) continue;
    const words = wordsOf(`${match[1]} ${match[2]}`).filter((word) => word.length >= 4);
    if (words.some((word) => read.has(porterStem(word)))) continue;
    return match[0].trim();
  }
  return undefined;
}
