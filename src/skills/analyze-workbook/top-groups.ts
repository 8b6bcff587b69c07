/**
 * @module top-groups
 * "Report the three brands with the most rows", "keep the three schools with the most teams", "the
 * top 4 depots by number of vans": the groups of a text column ranked by how many rows in play each
 * holds, cut to the N with the most (or fewest). Read only when the text says the rows are counted
 * ("count the teams of each School", "by number of", "with the most rows") and the counted noun
 * names no numeric column ("the most wins" beside a Wins column is a sum, left to other rules). A
 * tie across the cut, or inside a list said "the most first", leaves the answer unsaid and is
 * refused. A phrase that keeps the groups ("keep", "take", "only", "among") keeps their rows; a
 * slot asking for a list takes the groups, the most (or fewest) first.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, type Frame, filterRows, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';
import { asksForList } from './slot-columns.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';

const COUNT = String.raw`(\d+|two|three|four|five|six|seven|eight|nine|ten)`;
const NOUN = String.raw`([a-z][\w-]*(?:\s+[a-z][\w-]*)?)`;

/** "the three brands with the most rows", "the 3 schools that sent the most teams". */
const WITH_THE_MOST = new RegExp(
  String.raw`\b(?:the\s+)?(?:top\s+)?${COUNT}\s+${NOUN}\s+(?:with|having|that\s+[a-z]+)\s+the\s+(most|fewest)\s+([a-z][\w-]*)\b`,
  'gi',
);
/** "the top three brands by number of hotels", "the top 4 depots by row count". */
const TOP_BY_NUMBER = new RegExp(
  String.raw`\btop\s+${COUNT}\s+${NOUN}\s+by\s+(?:the\s+)?(?:number\s+of\s+([a-z][\w-]*)|(?:row\s+)?count)\b`,
  'gi',
);
/** Nouns that are the rows themselves. */
const ROW_NOUNS = new Set(['rows', 'row', 'entries', 'records']);
/** Words before the phrase by which its groups' rows are kept. */
const KEEPS_BEFORE =
  /\b(?:keep|keeping|take|taking|use|using|only|among|restrict\w*|limit\w*)\s+(?:only\s+)?$/i;

type TopGroups = {
  readonly n: number;
  readonly column: string;
  readonly fewest: boolean;
  /** Whether the phrase keeps the groups' rows. */
  readonly keeps: boolean;
};

/** The text column a group noun names, or the one text column the text counts "of each". */
function groupColumn(frame: Frame, noun: string, text: string): string | undefined {
  const named = [
    ...new Set(
      findMentions(frame, noun)
        .filter((mention) => mention.strength >= 1 && !isNumericColumn(frame, mention.column))
        .map((mention) => mention.column),
    ),
  ];
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const each = [...text.matchAll(/\bof\s+each\s+["“]([^"”]{1,60})["”]/gi)]
    .map((match) => match[1]!)
    .filter((name) => cellsOf(frame, name).length > 0 && !isNumericColumn(frame, name));
  return new Set(each).size === 1 ? each[0] : undefined;
}

/** Whether the text says the counted noun's rows are counted and the noun names no numeric column. */
function countsRows(frame: Frame, counted: string, text: string): boolean {
  if (findMentions(frame, counted).some((mention) => isNumericColumn(frame, mention.column))) return false;
  if (ROW_NOUNS.has(counted.toLowerCase())) return true;
  const word = wordsOf(counted)[0] ?? '';
  return (
    new RegExp(String.raw`\bcount\s+the\s+${word}\w*\s+of\s+each\b`, 'i').test(text) ||
    new RegExp(String.raw`\bnumber\s+of\s+${word}\w*\b`, 'i').test(text)
  );
}

/** The top-groups phrases of the text, read against the frame. */
function topGroupsOf(frame: Frame, text: string): TopGroups[] {
  const found: TopGroups[] = [];
  const read = (match: RegExpMatchArray, counted: string, fewest: boolean) => {
    const n = numberWord(match[1]!);
    const column = groupColumn(frame, match[2]!, text);
    if (n === undefined || n < 1 || !column || !countsRows(frame, counted, text)) return;
    const keeps = KEEPS_BEFORE.test(text.slice(Math.max(0, match.index! - 30), match.index));
    found.push({ n, column, fewest, keeps });
  };
  for (const match of text.matchAll(WITH_THE_MOST))
    read(match, match[4]!, match[3]!.toLowerCase() === 'fewest');
  for (const match of text.matchAll(TOP_BY_NUMBER)) read(match, match[3] ?? 'rows', false);
  return found;
}

/** The groups of the column over the rows, ranked by row count; undefined on a tie across the cut. */
function rankedGroups(
  frame: Frame,
  top: TopGroups,
  rows: readonly number[],
): { groups: string[]; counts: number[]; inOrder: boolean } | undefined {
  const cells = cellsOf(frame, top.column);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const cell = cells[row];
    if (cell === null || cell === undefined || cell === '') continue;
    counts.set(String(cell), (counts.get(String(cell)) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => (top.fewest ? a[1] - b[1] : b[1] - a[1]));
  if (ranked.length < top.n) return undefined;
  if (ranked.length > top.n && ranked[top.n - 1]![1] === ranked[top.n]![1]) return undefined;
  const kept = ranked.slice(0, top.n);
  const inOrder = kept.every((entry, index) => index === 0 || entry[1] !== kept[index - 1]![1]);
  return { groups: kept.map(([group]) => group), counts: kept.map(([, count]) => count), inOrder };
}

/** Keeps the rows of the N groups with the most (or fewest) rows, where the text keeps them. */
export function applyTopGroups(frame: Frame, question: string, constraints: string): void {
  const done = new Set<string>();
  for (const top of topGroupsOf(frame, `${question}\n${constraints}`)) {
    if (!top.keeps) continue;
    const key = `${top.column}\n${top.n}\n${top.fewest}`;
    if (done.has(key)) continue;
    done.add(key);
    const ranked = rankedGroups(frame, top, frame.rows);
    const said = `the ${top.n} ${top.column} groups with the ${top.fewest ? 'fewest' : 'most'} rows`;
    if (!ranked) {
      frame.unread.push(`${said} (a tie across the cut)`);
      return;
    }
    const kept = new Set(ranked.groups);
    const cells = cellsOf(frame, top.column);
    filterRows(frame, top.column, (row) => kept.has(String(cells[row])), `rows of ${said} kept`);
  }
}

function listResult(context: SlotContext): SlotResult {
  const top = topGroupsOf(context.frame, context.text)[0]!;
  const ranked = rankedGroups(context.frame, top, context.rows);
  if (!ranked || !ranked.inOrder)
    fail(
      'unsupported',
      `Groups of ${top.column} tie on their count of rows, so @${context.slot.name} has no one list.`,
      { hint: 'Say how to break the tie.' },
    );
  return {
    value: ranked.groups.join(', '),
    note: `the ${top.n} ${top.column} groups with the ${top.fewest ? 'fewest' : 'most'} rows: ${ranked.groups
      .map((group, index) => `${group} (${ranked.counts[index]})`)
      .join(', ')}`,
    columns: [top.column],
    rows: context.rows,
  };
}

/** "@top_brands[brand_list]" beside "the three brands with the most rows": the groups, ranked. */
export const TOP_GROUPS_LIST_RULE: SlotRule = {
  name: 'groups with the most rows',
  applies: (_words, context) =>
    asksForList(context.slot) && topGroupsOf(context.frame, context.text).length > 0,
  compute: listResult,
};
