/**
 * @module frequent-group-count
 * "Which area has the most applicants, and how many applicants are from there?": a count slot
 * beside a slot that answered the most frequent value of a column counts that value's rows when
 * its clause points back to it ("from there", "does it have"). A count of the most frequent value
 * of another column beside it is no answer: it is taken from the group's rows when the clause
 * points back, and refused otherwise.
 */
import { fail } from '../../lib/errors.ts';
import { wordsOf } from './analysis-frame.ts';
import type { SlotResult } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';

/** The most frequent value a slot answered: its column and how many rows hold it. */
type FrequentGroup = { readonly column: string; readonly count: number; readonly result: SlotResult };

const MOST_FREQUENT = /^most frequent (.+?) \((.+), (\d+) rows\)/;
const RANKED_BY_COUNT = /^(.+?) groups ranked by count of [^:]+: highest (\d+) in .+ \(\d+ groups\)/;
/** A count of every row in play, with at most a word for what the rows are ("count of rows (applicants)"). */
const ALL_ROWS = /^count of rows(?: \([^()]*\))?$/;
const OTHER_FREQUENT = /^count of rows(?: \([^()]*\))? of the most frequent (.+?) \(/;
/** A "how many" clause that points back to the value named before it. */
const POINTS_BACK =
  /\bhow many\b[^?.;]*?\b(?:it|its|(?:from|in|at) there|that (?:one|group|value|category)|this (?:one|group|value|category))\b/i;

function frequentGroup(result: SlotResult): FrequentGroup | undefined {
  const frequent = MOST_FREQUENT.exec(result.note);
  if (frequent) return { column: frequent[1]!, count: Number(frequent[3]), result };
  const ranked = RANKED_BY_COUNT.exec(result.note);
  if (ranked) return { column: ranked[1]!, count: Number(ranked[2]), result };
  return undefined;
}

/**
 * The results of a question's slots with a count beside a most frequent value read as that value's
 * rows where its clause points back to it; a count of another column's most frequent value there
 * without such a pointer is refused. Results are keyed by slot name; other results are kept.
 */
export function withFrequentGroupCounts(
  question: string,
  results: ReadonlyMap<string, SlotResult>,
): Map<string, SlotResult> {
  const out = new Map(results);
  const groups = [...results.entries()]
    .map(([name, result]) => ({ name, group: frequentGroup(result) }))
    .filter((item): item is { name: string; group: FrequentGroup } => item.group !== undefined);
  const columns = new Set(groups.map((item) => item.group.column));
  // Two slots answering the most frequent values of different columns leave the count's group unsaid.
  if (columns.size !== 1) return out;
  const group = groups[0]!.group;
  const pointsBack = POINTS_BACK.test(question);
  for (const [name, result] of results) {
    if (groups.some((item) => item.name === name)) continue;
    const other = OTHER_FREQUENT.exec(result.note);
    const misread = other !== null && other[1] !== group.column;
    if (!misread && !ALL_ROWS.test(result.note)) continue;
    if (pointsBack) {
      out.set(name, {
        value: String(group.count),
        note: `count of rows of the most frequent ${group.column} (${group.count} rows)`,
        columns: [group.column],
        rows: group.result.rows,
      });
    } else if (misread)
      fail(
        'unsupported',
        `@${name} counts the rows of the most frequent ${other[1]}, but the question's most frequent value is of ${group.column}.`,
        { hint: 'Say which value the count is of ("how many rows does that value have").' },
      );
  }
  return out;
}

/** "how many times" after a most-often question: the count of the value it found. */
const HOW_MANY_TIMES = /\bhow many times\b/i;

/**
 * A count slot that got the label of a ranking by row count ("Rider groups ranked by count of
 * rows: highest 6 in …") when the question asks "how many times" or points back to that value:
 * the count of the group the ranking put first.
 */
export function rankedGroupCount(
  question: string,
  result: SlotResult,
  slotName: string,
): SlotResult | undefined {
  const ranked = RANKED_BY_COUNT.exec(result.note);
  if (!ranked || !(HOW_MANY_TIMES.test(question) || POINTS_BACK.test(question))) return undefined;
  // "@top_rider_podiums" beside "this list of podiums": the slot's last word is what the rows are.
  const last = readSlotName(slotName).at(-1);
  const noun = last && wordsOf(question).includes(last) ? ` (${last})` : '';
  return {
    value: ranked[2]!,
    note: `count of rows${noun} of the most frequent ${ranked[1]!} (${ranked[2]!} rows)`,
    columns: result.columns,
    rows: result.rows,
  };
}
