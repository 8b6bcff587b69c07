/**
 * @module count-clause-scope
 * 'Count the rows whose "Change" is greater than 0, and take the mean of "Change" over the rows
 * where it is present.', 'Take the median of "Wins". Count the rows whose "Wins" is 0.', 'Take the
 * mean of "Change", and count the rows whose "Change" is below 0.': a
 * constraints clause or sentence that counts the rows a condition keeps states that condition for
 * the count alone; the other figures are taken over the rows before it. Read as the question's
 * clauses are read (clause-conditions.ts), and only when it is plain: the frame's one condition is
 * stated in that one sentence of the constraints, the question states no condition, and no other
 * clause points back to the counted rows ("over them", "their mean").
 */
import type { Frame } from './analysis-frame.ts';
import { type ClauseScope, clauseScope } from './clause-conditions.ts';
import type { DataTable } from './data-table.ts';
import { conditionColumns, constraintSentences } from './sentence-conditions.ts';

/** A clause that counts the rows a condition keeps ('count the rows whose "X" is …'). */
const COUNTS_KEPT_ROWS =
  /^\s*count\s+(?:the\s+)?(?:rows?|entries|records)\s+(?:whose|where|with|in which)\b/i;

/** A later clause of a sentence that counts the rows a condition keeps ('…, and count the rows whose "X" is …'). */
const LATER_COUNT =
  /(?:,\s*and|;)\s+(?:then\s+)?count\s+(?:the\s+)?(?:rows?|entries|records)\s+(?:whose|where|with|in which)\b/i;

/** A clause that counts the rows a condition keeps, opening "and" or "then" aside. */
const countsKeptRows = (clause: string) =>
  COUNTS_KEPT_ROWS.test(clause.replace(/^\s*(?:and\s+)?(?:then\s+)?/i, ''));

/** Words by which a clause works within the rows an earlier one kept. */
const BACK_REFERENCE = /\b(?:their|they|them|those|these|such|remaining|filtered)\b/i;

/** "… and take the mean …": a bare "and" that opens the sentence's next figure, a clause of its own. */
const TAKES_NEXT = /\s+and\s+(?=(?:then\s+)?(?:take|compute|calculate|find|give|report)\b)/gi;

/** Words by which a sentence asks for a figure. */
const FIGURE =
  /\b(?:count|mean|average|median|sum|total|maximum|minimum|standard deviation|variance|share|percent(?:age)?|proportion|correlation|mode|most frequent)\b/i;

/**
 * The scope of the frame's one condition when the constraints state it inside a count alone; the
 * constraints are read with the table's column names (as the preparation read them).
 */
export function countClauseScope(
  frame: Frame,
  table: DataTable,
  question: string,
  constraints: string,
): ClauseScope | undefined {
  return oneConditionScope(frame, table, question, constraints) ?? laterCountScope(frame, table, constraints);
}

/** The clauses of one sentence of the constraints: at commas, semicolons and an "and" that opens a step. */
const STEP_BREAK =
  /,\s*(?:and\s+)?(?:then\s+)?|;\s*|\s+and\s+(?:then\s+)?(?=(?:take|compute|calculate|find|count|sum|report)\b)/i;

/** Plain statistics a clause takes of a column ("take the median of the pour"). */
const STATISTIC_TAKEN =
  /\b(?:mean|average|median|standard deviation|variance|sum|total|maximum|minimum)\s+of\b/i;

/**
 * 'Keep the rows whose "Cups" is greater than 0, take the median of "Pour" and count the rows whose
 * "Pour" is greater than 30.': a sentence that keeps rows, takes a statistic and then counts the
 * rows a condition of its own keeps. The count's condition is the count's alone; the statistic is
 * over the rows kept before it. Only when the counting clause comes after the statistic, is the
 * sentence's one count, and its conditions read columns no clause before it reads.
 */
function laterCountScope(frame: Frame, table: DataTable, constraints: string): ClauseScope | undefined {
  if (frame.conditions.length < 2 || !frame.start) return undefined;
  for (const sentence of constraintSentences(constraints)) {
    const clauses = sentence.split(STEP_BREAK).filter((clause) => clause.trim() !== '');
    const counting = clauses.flatMap((clause, index) => (countsKeptRows(clause) ? [index] : []));
    if (counting.length !== 1) continue;
    const at = counting[0]!;
    if (!clauses.slice(0, at).some((clause) => STATISTIC_TAKEN.test(clause))) continue;
    if (clauses.slice(at + 1).some((clause) => BACK_REFERENCE.test(clause) || FIGURE.test(clause))) continue;
    const own = conditionColumns(table, '', clauses[at]!);
    const earlier = conditionColumns(table, '', clauses.slice(0, at).join(', '));
    if (!own || !earlier || own.length === 0 || own.some((column) => earlier.includes(column)))
      return undefined;
    const before = frame.start.filter((row) =>
      frame.conditions.every((condition) => own.includes(condition.column) || condition.test(row)),
    );
    if (before.length === frame.rows.length) return undefined;
    return {
      clauses,
      conditioned: at,
      before: frame.start,
      rowsOf: clauses.map((_, index) => (index >= at ? frame.rows : before)),
    };
  }
  return undefined;
}

/** The scope of the frame's one condition when the constraints state it inside a count alone. */
function oneConditionScope(
  frame: Frame,
  table: DataTable,
  question: string,
  constraints: string,
): ClauseScope | undefined {
  if (frame.conditions.length !== 1 || !frame.start) return undefined;
  if ((conditionColumns(table, question, '') ?? [undefined]).length > 0) return undefined;
  const sentences = constraintSentences(constraints);
  // The sentence that states the condition: the one whose words, read after those before it (which
  // may make the column), add it.
  const stated = sentences.map(
    (_, index) => conditionColumns(table, '', sentences.slice(0, index + 1).join('\n'))?.length,
  );
  if (stated.some((count) => count === undefined)) return undefined;
  const stating = stated.flatMap((count, index) => (count! > (stated[index - 1] ?? 0) ? [index] : []));
  if (stating.length !== 1 || stated.at(-1) !== 1) return undefined;
  const sentence = sentences[stating[0]!]!;
  if (!COUNTS_KEPT_ROWS.test(sentence) && !LATER_COUNT.test(sentence)) return undefined;
  const later = sentences.slice(stating[0]! + 1);
  if (later.some((other) => BACK_REFERENCE.test(other))) return undefined;
  // "Count the rows whose X is 0, and take the mean of Y": the clauses of the one sentence.
  const within = clauseScope(frame, sentence.replace(TAKES_NEXT, ', and '));
  // "Take the mean of Y, and count the rows whose X is 0": the condition is the counting clause's alone.
  if (within) return countsKeptRows(within.clauses[within.conditioned] ?? '') ? within : undefined;
  if (/,\s*and\b|;/.test(sentence)) return undefined;
  // "Take the median of Y. Count the rows whose X is 0.": the sentences asking figures are the clauses.
  const asking = sentences.filter((other) => other === sentence || FIGURE.test(other));
  if (asking.length < 2) return undefined;
  return { clauses: asking, conditioned: asking.indexOf(sentence), before: frame.start };
}
