/**
 * @module count-clause-rows
 * "What are the mean and the standard deviation of the Grade, and how many students have a Grade
 * of at least 80?": the comparison sits in the "how many" clause alone, so it keeps the rows that
 * clause counts, not the rows the other clause's statistics are taken over. This gives those
 * statistics the rows in play before the condition, and only when the reading is plain: one
 * stated condition, on a number, in the one clause that counts.
 */
import { type Frame, isNumericColumn } from './analysis-frame.ts';

/** The clauses of a question: split at ", and", ";" and inner question marks. */
const CLAUSE_BREAK = /,\s*and\s+|;\s*|\?\s+/i;

const COUNTS = /\b(?:how many|number of|count)\b/i;

/** A comparison with a stated number ("at least 80", "above 1,000", "80 or more") or a sign ("is negative"). */
const COMPARED_NUMBER =
  /\b(?:at least|at most|above|below|over|under|more than|less than|fewer than|greater than|higher than|lower than|exceed(?:s|ing)?)\s+-?\d|\d\s+or\s+(?:more|less|fewer|above|below|higher|lower)\b|[<>≤≥]=?\s*-?\d|\b(?:negative|positive)\b/i;

/** Plain statistics of a column, which the other clause asks over every row in play. */
export const CLAUSE_FREE_RULES =
  /^(mean|median|standard deviation|variance|minimum|maximum|total|range|interquartile range|skewness|kurtosis|coefficient of variation)$/;

/**
 * The rows in play before the question's one condition, when that condition is stated only in the
 * one clause that counts rows; else undefined (every slot keeps the conditioned rows).
 */
export function rowsBeforeCountClause(frame: Frame, question: string): readonly number[] | undefined {
  if (frame.conditions.length !== 1 || !frame.start) return undefined;
  if (!isNumericColumn(frame, frame.conditions[0]!.column)) return undefined;
  const clauses = question.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return undefined;
  const counting = clauses.filter((clause) => COUNTS.test(clause));
  if (counting.length !== 1 || !COMPARED_NUMBER.test(counting[0]!)) return undefined;
  // Another clause with a number or a comparison of its own may hold a condition too.
  const others = clauses.filter((clause) => clause !== counting[0]);
  if (others.some((clause) => /\d/.test(clause) || COMPARED_NUMBER.test(clause))) return undefined;
  return frame.start;
}
