/**
 * @module picked-group-rows
 * "Which year has the largest total Volume, and what is the mean Close in that year?": one slot
 * names the group a ranking (or the most frequent value) picked, and one other was worked out
 * over every row in play although the question points back to that group ("in that
 * year", "of that month", "for those schools", "its rows"). The other slot is worked out again
 * over the picked group's rows; where that cannot be done it is refused, never answered over
 * every row.
 */
import { fail } from '../../lib/errors.ts';
import type { SlotContext, SlotResult } from './slot-context.ts';

/**
 * A clause pointing back to a picked group: a preposition, "that" or "those" and a noun ("in that
 * year", "of those teams"), or "its rows". A statistic word after "that" points back to the
 * group's figure instead (ranked-group-figure.ts); a verb after "those" is a count nested in an
 * earlier count ("how many of those were won"). "In this game log" speaks of the whole table.
 */
const POINTS_TO_GROUP =
  /\b(?:in|of|for|during|within|from|on|at|over|across|among)\s+(?:that|those)\s+(?!(?:average|mean|total|sum|median|value|figure|amount|number|level|count|share|rate|one|ones|was|were|is|are|did|do|does|had|have|has|which|who|that|whose|with)\b)[a-z][a-z-]*\b|\b(?:its|their)\s+rows\b/i;

/** Words by which a clause picks a group itself ("which lane appears most often on those crossings"). */
const PICKING_WORDS =
  /\b(?:most|least|highest|lowest|largest|smallest|biggest|greatest|fewest|best|worst|top|frequent(?:ly)?|common(?:ly)?|often)\b/i;
/** Where a question's clauses part: a question mark, a semicolon, a comma, or "and" before a question word. */
const CLAUSE_BREAK = /[?;,]|\band\s+(?=(?:which|what|who|how)\b)/i;

/**
 * Whether a clause points back to a group and picks none itself: in "which lane appears most often on
 * those crossings" the pointer is the picking clause's own rows, not a group another clause picked.
 */
function pointsBackApart(text: string): boolean {
  return text
    .split(CLAUSE_BREAK)
    .some((clause) => POINTS_TO_GROUP.test(clause) && !PICKING_WORDS.test(clause));
}

/** A group a ranking picked ("Date groups ranked by total Volume: highest … in 2020 (7 groups)"). */
const RANKED_ONE = /\bgroups(?: of at least \d+ rows)? ranked by [^:]+: (?:highest|lowest) \S+ in /;
/** The most frequent value of a column ("most frequent School ("Leland", 5 rows)"). */
const MOST_FREQUENT = /^most frequent .+ \(.+, \d+ rows\)/;

/** The rows of the one group a result picked, if it picked one. */
function pickedRows(result: SlotResult): readonly number[] | undefined {
  const rows =
    result.picked ??
    (RANKED_ONE.test(result.note) || MOST_FREQUENT.test(result.note) ? result.rows : undefined);
  return rows && rows.length > 0 ? rows : undefined;
}

/**
 * The results with the one slot beside a picked group worked out again over that group's rows,
 * when the question points back to the group and every other slot is already the group's.
 * `solveWithin` works a slot out over the given rows.
 */
export function withPickedGroupRows(
  question: string,
  results: ReadonlyMap<string, SlotResult>,
  contexts: ReadonlyMap<string, SlotContext>,
  solveWithin: (name: string, rows: readonly number[]) => SlotResult,
): Map<string, SlotResult> {
  const out = new Map(results);
  if (results.size < 2 || !pointsBackApart(question)) return out;
  const picking = [...results].filter(([, result]) => pickedRows(result) !== undefined);
  if (picking.length === 0) return out;
  const [pickedName, picked] = picking[0]!;
  const groupRows = pickedRows(picked)!;
  const group = new Set(groupRows);
  // "Which school entered the most teams, and how many did it enter?": two slots read off one ranking
  // pick one group; slots picking another are no one group.
  const same = (rows: readonly number[]) =>
    rows.length === groupRows.length && rows.every((row) => group.has(row));
  if (picking.some(([, result]) => !same(pickedRows(result)!))) return out;
  const others = [...results].filter(([key]) => key !== pickedName);
  // The one slot worked out over every row in play, among which the group is a part; any other
  // slot is already the group's ("how many teams did it enter").
  const overAll = others.filter(([key, result]) => {
    const inPlay = contexts.get(key)?.rows ?? [];
    const every = new Set(inPlay);
    return (
      result.rows.length === inPlay.length &&
      groupRows.length < inPlay.length &&
      groupRows.every((row) => every.has(row))
    );
  });
  if (overAll.length !== 1) return out;
  const [name, result] = overAll[0]!;
  if (others.some(([key, other]) => key !== name && !other.rows.every((row) => group.has(row)))) return out;
  const refuse = (): never =>
    fail(
      'unsupported',
      `@${name} points back to the group @${pickedName} picked (${picked.value}), but the builtin engine could only work it out over every row (${result.note}).`,
      { hint: 'Ask for the figure of that group in its own question ("rows where Year is 2020").' },
    );
  let again: SlotResult;
  try {
    again = solveWithin(name, groupRows);
  } catch {
    return refuse();
  }
  if (again.rows.length === 0 || !again.rows.every((row) => group.has(row))) return refuse();
  out.set(name, { ...again, note: `${again.note} in the group @${pickedName} picked (${picked.value})` });
  return out;
}
