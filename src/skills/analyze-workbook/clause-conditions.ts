/**
 * @module clause-conditions
 * "What are the mean and the standard deviation of the Mark, and how many trainees have a Mark
 * of at least 80?", "How many cups were played in Lisbon, and how many distinct cities are
 * there?": a question of several clauses whose one condition sits in one clause alone keeps the
 * rows of that clause's slot, not of the others. A slot belongs to the clause its name's words
 * name most; failing that, a plain statistic belongs to the clause that does not count when the
 * condition sits in the one that does. The other slots get the rows in play before the condition.
 * Only when the reading is plain: one stated condition, found in exactly one clause.
 */
import { cellsOf, type Frame, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { readSlotName } from './slot-words.ts';

/** The clauses of a question: split at ", and", ";" and inner question marks. */
const CLAUSE_BREAK = /,\s*and\s+|;\s*|\?\s+/i;

const COUNTS = /\b(?:how many|number of|count)\b/i;

/**
 * A comparison with a stated number ("at least 80", "above 1,000", "80 or more"), a sign ("is
 * negative"), a top-N place ("in the top three"), a year ("joined in 2002") or a statistic
 * ("above the mean").
 */
const COMPARED_NUMBER =
  /\b(?:at least|at most|above|below|over|under|more than|less than|fewer than|greater than|higher than|lower than|exceed(?:s|ing)?)\s+-?\d|\d\s+or\s+(?:more|less|fewer|above|below|higher|lower)\b|[<>≤≥]=?\s*-?\d|\b(?:negative|positive)\b|\bin(?:to)?\s+the\s+top\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:in|during)\s+(?:the\s+year\s+)?(?:1[89]|20)\d\d\b(?![-–/]\d)|\b(?:above|below|over|under|more than|less than|greater than|higher than|lower than|exceed(?:s|ing)?)\s+(?:the\s+)?(?:overall\s+)?(?:average|mean|median)\b/i;

/** Plain statistics of a column, which a clause that does not count asks over every row in play. */
const CLAUSE_FREE_RULES =
  /^(mean|median|standard deviation|variance|minimum|maximum|total|range|interquartile range|skewness|kurtosis|coefficient of variation)$/;

/** How the question's one condition divides among its clauses. */
export type ClauseScope = {
  readonly clauses: readonly string[];
  /** The clause that states the condition. */
  readonly conditioned: number;
  /** The rows in play before the condition. */
  readonly before: readonly number[];
};

/** The clause that states the frame's one condition, when exactly one does. */
function conditionClause(frame: Frame, clauses: readonly string[]): number | undefined {
  const condition = frame.conditions[0]!;
  let holds: (clause: string) => boolean;
  if (isNumericColumn(frame, condition.column)) holds = (clause) => COMPARED_NUMBER.test(clause);
  else {
    const cells = cellsOf(frame, condition.column);
    const kept = [...new Set(frame.rows.map((row) => cells[row]).filter((cell) => typeof cell === 'string'))];
    if (kept.length === 0) return undefined;
    holds = (clause) => {
      const words = ` ${wordsOf(clause).join(' ')} `;
      return kept.some((value) => {
        const own = wordsOf(String(value)).join(' ');
        return own !== '' && words.includes(` ${own} `);
      });
    };
  }
  const found = clauses.flatMap((clause, index) => (holds(clause) ? [index] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The scope of the question's one condition, or undefined when every slot keeps the conditioned rows. */
export function clauseScope(frame: Frame, question: string): ClauseScope | undefined {
  if (frame.conditions.length !== 1 || !frame.start) return undefined;
  const clauses = question.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  if (clauses.length < 2) return undefined;
  // "how many had a prize, and how many of those …": a later clause counts within an earlier one.
  if (/\b(?:of|among|from)\s+(?:those|these|them|which)\b/i.test(question)) return undefined;
  const conditioned = conditionClause(frame, clauses);
  if (conditioned === undefined) return undefined;
  // Another clause with a number of its own may state a condition the engine did not read.
  // A column's own name ("decimal64") is no number the clause states.
  const names = frame.table.columns.map((column) => column.name).filter((name) => /\d/.test(name));
  const unnamed = (clause: string) => names.reduce((text, name) => text.split(name).join(' '), clause);
  if (clauses.some((clause, index) => index !== conditioned && /\d/.test(unnamed(clause)))) return undefined;
  return { clauses, conditioned, before: frame.start };
}

/** The clause whose words the slot's name names most, when one does. */
function slotClause(scope: ClauseScope, slotName: string): number | undefined {
  const own = new Set(readSlotName(slotName).flatMap((word) => wordsOf(word)));
  const overlaps = scope.clauses.map((clause) => wordsOf(clause).filter((word) => own.has(word)).length);
  const best = Math.max(...overlaps);
  return best > 0 && overlaps.filter((count) => count === best).length === 1
    ? overlaps.indexOf(best)
    : undefined;
}

/** The rows a slot is answered over when the condition is another clause's; undefined to keep the rows in play. */
export function rowsOfSlotClause(
  scope: ClauseScope | undefined,
  slotName: string,
  ruleName: string | undefined,
): readonly number[] | undefined {
  if (!scope) return undefined;
  const clause = slotClause(scope, slotName);
  if (clause !== undefined) return clause === scope.conditioned ? undefined : scope.before;
  // "the mean and the std of the Mark, and how many have a Mark of at least 80".
  const counting = scope.clauses.filter((text) => COUNTS.test(text));
  const countsConditioned = counting.length === 1 && COUNTS.test(scope.clauses[scope.conditioned]!);
  return countsConditioned && ruleName !== undefined && CLAUSE_FREE_RULES.test(ruleName)
    ? scope.before
    : undefined;
}
