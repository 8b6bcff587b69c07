/**
 * @module group-place
 * "Rank the countries by their combined Sales. Which country is ranked third?": the groups of a
 * label column, each scored by the statistic the ranking names (total, mean, median, count),
 * sorted as stated (the largest first unless the text says ascending or lowest first), and the
 * group at the place asked, or its score for a slot asking for a figure. A score tied with a
 * neighbour's at that place is refused, since the place is then not one group's.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, totalsRows } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';
import { ordinalPlace } from './ordinal-words.ts';
import { asksForName } from './slot-columns.ts';
import { numberResult, type SlotContext, type SlotResult, type SlotRule } from './slot-context.ts';
import { mean, median } from './stats.ts';

/** "ranked third", "is 3rd", "rank 3", "in third place", "the second highest". */
const ORDINAL = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)?)`;
const PLACE = new RegExp(
  String.raw`\b(?:(?:ranked|ranks|rank|is|comes|came)\s+(?:number\s+|no\.\s*)?${ORDINAL}\b|(?:in|at|the)\s+${ORDINAL}\s+(place|position|highest|largest|biggest|greatest|lowest|smallest)\b)`,
  'gi',
);

/** "Rank the countries by their combined Sales", "sort the regions by mean Profit". */
const RANKING =
  /\b(?:rank|sort|order)\s+(?:the\s+|all\s+(?:the\s+)?)?([a-z][\w .-]{1,40}?)\s+by\s+(?:their\s+|its\s+|the\s+)?([^.?;\n]{1,80}?)(?=[.?;\n]|$)/i;

type Fn = 'sum' | 'mean' | 'median' | 'count';

const FN_WORDS: readonly [RegExp, Fn][] = [
  [/\b(?:number|count) of\b|\bhow many\b/i, 'count'],
  [/\b(?:average|mean|avg)\b/i, 'mean'],
  [/\bmedian\b/i, 'median'],
  [/\b(?:total|sum|combined|overall|summed)\b/i, 'sum'],
];

type Place = {
  readonly label: string;
  readonly measure: string;
  readonly fn: Fn;
  readonly place: number;
  readonly descending: boolean;
  readonly group: string;
  readonly score: number;
  readonly groups: number;
  readonly rows: readonly number[];
};

function placeAsked(text: string): { place: number; low: boolean } | undefined {
  for (const match of text.matchAll(PLACE)) {
    const word = (match[1] ?? match[2])!.toLowerCase();
    // "the first three" lists three groups.
    if (
      /^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(
        text.slice(match.index + match[0].length),
      )
    )
      continue;
    // "the 3 highest" lists three groups; "in 2008" is no place.
    if (/^\d/.test(word) && !/(?:st|nd|rd|th)$/.test(word) && !/^rank/i.test(match[0])) continue;
    const place = ordinalPlace(word) ?? (Number.parseInt(word, 10) || numberWord(word));
    if (!place) continue;
    return { place, low: /lowest|smallest/i.test(match[3] ?? '') };
  }
  return undefined;
}

function groupPlace(context: SlotContext): Place | undefined {
  const { frame } = context;
  const ranking = RANKING.exec(context.question) ?? RANKING.exec(context.text);
  if (!ranking) return undefined;
  const asked = placeAsked(context.question);
  if (!asked) return undefined;
  const phrase = ranking[2]!;
  const fn = FN_WORDS.find(([pattern]) => pattern.test(phrase))?.[1];
  if (!fn) return undefined;
  const measure = findMentions(frame, phrase)
    .map((mention) => mention.column)
    .find(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((column) => column.name === name)?.type !== 'identifier',
    );
  const label =
    findMentions(frame, ranking[1]!)
      .map((mention) => mention.column)
      .find((name) => !isNumericColumn(frame, name)) ??
    context.ownColumns.find((name) => !isNumericColumn(frame, name));
  if (!label || (!measure && fn !== 'count')) return undefined;
  const ascending = /\bascending\b|\b(?:smallest|lowest|least)\b[^.;]{0,20}\bfirst\b/i.test(context.text);
  const descending = !(ascending || asked.low);
  const labels = cellsOf(frame, label);
  const totals = totalsRows(frame, label);
  const lists = new Map<string, number[]>();
  const rowsOf = new Map<string, number[]>();
  const values = measure ? cellsOf(frame, measure) : undefined;
  for (const row of context.rows) {
    const key = labels[row];
    if (key === null || key === undefined || totals.has(row)) continue;
    const value = values ? values[row] : 1;
    if (typeof value !== 'number') continue;
    const name = String(key);
    lists.set(name, [...(lists.get(name) ?? []), value]);
    rowsOf.set(name, [...(rowsOf.get(name) ?? []), row]);
  }
  if (lists.size < asked.place || lists.size < 2) return undefined;
  const scoreOf = (list: number[]) =>
    fn === 'sum' || fn === 'count'
      ? list.reduce((total, value) => total + value, 0)
      : fn === 'mean'
        ? mean(list)
        : median(list);
  const order = [...lists].map(([group, list]) => ({ group, score: scoreOf(list) }));
  order.sort((a, b) => (descending ? b.score - a.score : a.score - b.score));
  const at = order[asked.place - 1]!;
  const tied = order.filter((item) => item.score === at.score).length > 1;
  if (tied)
    fail(
      'unsupported',
      `Place ${asked.place} of the ${label} groups ranked by ${fn} ${measure ?? 'rows'} is tied (${at.score}).`,
      { hint: 'Say how to break the tie.' },
    );
  return {
    label,
    measure: measure ?? '',
    fn,
    place: asked.place,
    descending,
    group: at.group,
    score: at.score,
    groups: lists.size,
    rows: rowsOf.get(at.group) ?? [],
  };
}

/** A slot asking for the group's name rather than its score. */
function asksGroup(context: SlotContext, place: Place): boolean {
  if (asksForName(context.slot)) return true;
  return context.ownColumns.includes(place.label) && !context.ownColumns.includes(place.measure);
}

function placeResult(context: SlotContext): SlotResult {
  const place = groupPlace(context)!;
  const what =
    place.fn === 'count' ? 'count of rows' : `${place.fn === 'sum' ? 'total' : place.fn} ${place.measure}`;
  const note = `${place.label} groups ranked by ${what} (${place.descending ? 'largest' : 'smallest'} first): rank ${place.place} is ${place.group} with ${Number(place.score.toPrecision(8))} (${place.groups} groups)`;
  const columns = [place.label, ...(place.measure ? [place.measure] : [])];
  if (asksGroup(context, place)) return { value: place.group, note, columns, rows: place.rows };
  return place.fn === 'count'
    ? { value: String(place.score), note, columns: columns.reverse(), rows: place.rows }
    : numberResult(context, place.score, note, columns.reverse(), place.rows);
}

/** The slot rule: the group at a stated place of a ranking of groups, or its score. */
export const GROUP_PLACE_RULE: SlotRule = {
  name: 'group at a ranked place',
  applies: (_words, context) => groupPlace(context) !== undefined,
  compute: placeResult,
};
