/**
 * @module best-group-size
 * "Report the branch with the highest total Sales and its number of shops": a count of every row
 * in play, beside the one slot that named the best group of a ranking by a statistic, counts that
 * group's rows when the text points back to it ("its number of shops", "how many shops does it
 * have"). Without such a pointer the count of every row stands.
 */
import { cellsOf } from './analysis-frame.ts';
import type { SlotContext, SlotResult } from './slot-context.ts';

/** A count of every row in play, with at most a word for what the rows are ("count of rows (shops)"). */
const ALL_ROWS = /^count of rows(?: \([^()]*\))?$/;

/** Words that point a count back to the group named before it. */
const POINTS_BACK =
  /\b(?:its|their)\s+(?:number|count)\s+of\b|\bhow\s+many\b[^?.;]{0,40}?\b(?:does|did|do)\s+(?:it|that\s+\w+|this\s+\w+)\s+(?:have|has|hold|contain|include)\b|\b(?:number|count)\s+of\s+\w+(?:\s+\w+)?\s+(?:in|of)\s+(?:it|that\s+(?:group|one)|this\s+(?:group|one))\b/i;

/** The results with a count of every row read as the best group's rows where the text points back to it. */
export function withBestGroupSizes(
  text: string,
  results: ReadonlyMap<string, SlotResult>,
  contexts: ReadonlyMap<string, SlotContext>,
): Map<string, SlotResult> {
  const out = new Map(results);
  const ranking = [...results].filter(([, result]) => result.ranked !== undefined);
  if (ranking.length !== 1 || !POINTS_BACK.test(text)) return out;
  const [rankedName, ranked] = ranking[0]!;
  const label = ranked.columns.find((name) => name !== ranked.ranked!.measure);
  // One best group only: "A, B" tied leaves the count's group unsaid.
  if (label === undefined || ranked.value.includes(',')) return out;
  for (const [name, result] of results) {
    const context = contexts.get(name);
    if (name === rankedName || !context || !ALL_ROWS.test(result.note)) continue;
    const cells = cellsOf(context.frame, label);
    const rows = context.rows.filter((row) => cells[row] !== null && String(cells[row]) === ranked.value);
    if (rows.length === 0) continue;
    out.set(name, {
      value: String(rows.length),
      note: `count of rows in the best ${label} group of @${rankedName} (${ranked.value}), which the text points back to`,
      columns: [label],
      rows,
    });
  }
  return out;
}
