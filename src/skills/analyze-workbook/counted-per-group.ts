/**
 * "the mean number of sightings per ranger", "Count the rows of each Trail", "each ranger's count":
 * a count of rows per group is a figure made of the groups, not a column of the table. A column
 * reached only through a word of the counted noun ("sighted birds" → "Sighting score") holds no
 * such count; its mean, median or outliers answer another question.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';

const GROUP = String.raw`(?:the\s+)?(?<group>"[^"]{1,40}"|'[^']{1,40}'|[A-Za-z][\w-]{1,30})`;

/**
 * The counted noun: up to three words, none a preposition or article, so "the number of games at
 * the start of each Length" (a number read in each cell) is no count of rows.
 */
const COUNTED = String.raw`(?:(?!(?:at|in|on|from|with|to|by|for|of|the|a|an|each|every)\b)[A-Za-z][\w-]*\s*){1,3}?`;

/** Phrases that count rows of each group: the counted noun (when said) and the group's word. */
const COUNT_PER_GROUP: readonly RegExp[] = [
  // "the number of sightings per ranger", "the count of visits for each trail"
  new RegExp(
    String.raw`\b(?:number|numbers|count|counts)\s+of\s+(?:the\s+)?(?<counted>${COUNTED})\s+(?:per|for each|for every|of each|of every|in each|by each)\s+${GROUP}`,
    'gi',
  ),
  // "Count the sightings of each ranger", "Count the rows of each "Trail""
  new RegExp(
    String.raw`\bcount(?:ing)?\s+(?:the\s+)?(?<counted>${COUNTED})\s+(?:of|for|in|per)\s+(?:each|every)\s+${GROUP}`,
    'gi',
  ),
  // "each ranger's count", "every trail's number of visits"
  /\b(?:each|every)\s+(?<group>[A-Za-z][\w-]{1,30})'s\s+(?:count|number)\b/gi,
];

/** A figure of a column's cells as measures (its mean, median, spread, outliers), not a count of its groups. */
const STATISTIC_OF_CELLS =
  /^(?:mean|median|average|sum|total|maximum|minimum|standard deviation|variance|skewness|kurtosis|range)\b|\boutside Q1\b|\boutliers?\b|\bz-scores?\b/i;

/** Words of a column name that say its cells are counts already ("guest_count", "NumberOfVisits"). */
const COUNT_NAME_WORDS = new Set(['count', 'counts', 'number', 'num', 'total', 'tally']);

/** Whether a column's name says each cell is a count: that row's own count, no misread of a count per group. */
function namesACount(column: string): boolean {
  return column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => COUNT_NAME_WORDS.has(word));
}

/** Whether `text` asks a figure of the column's own values: "the mean ranger", "the median of "ranger"". */
function statisticAskedOf(text: string, column: string): boolean {
  return new RegExp(
    String.raw`\b(?:mean|median|average|sum|total|maximum|minimum|standard deviation|variance)\s+(?:of\s+)?(?:the\s+)?["'“]?${escapeRegExp(column)}\b`,
    'i',
  ).test(text);
}

/** Whether `text` names the column by its own words (or in quotes), not by a stem or one word of several. */
function namesExactly(frame: Frame, text: string, column: string): boolean {
  const size = wordsOf(column).length;
  return findMentions(frame, text).some((mention) => mention.column === column && mention.strength >= size);
}

/** A column the word names whose values repeat: rows fall into its groups. */
function groupColumn(frame: Frame, word: string): string | undefined {
  return findMentions(frame, word)
    .map((mention) => mention.column)
    .find((name) => {
      const present = cellsOf(frame, name).filter((cell) => cell !== null);
      return new Set(present.map(String)).size < present.length;
    });
}

/** The group column of each count-per-group phrase of the texts, whose counted noun is no column. */
export function countedGroupColumns(frame: Frame, texts: readonly string[]): string[] {
  const groups: string[] = [];
  for (const text of texts)
    for (const pattern of COUNT_PER_GROUP)
      for (const match of text.matchAll(pattern)) {
        const counted = match.groups?.counted;
        // "the number of Goals per game" over a Goals column: a measure of each row, not a count.
        if (
          counted &&
          columnNames(frame).some(
            (name) => isNumericColumn(frame, name) && namesExactly(frame, counted, name),
          )
        )
          continue;
        const group = groupColumn(frame, match.groups!.group!);
        if (group && !groups.includes(group)) groups.push(group);
      }
  return groups;
}

/**
 * The column a figure read although the texts count rows per group and name that column by no
 * words of its own (a stem of the counted noun reached it), else undefined. The group column
 * itself (unless its cells are read as a measure), and columns the texts or the slot name in full,
 * are read rightly; so are ids and dates.
 */
export function columnReadForGroupCount(
  frame: Frame,
  texts: readonly string[],
  read: readonly string[],
  note: string,
): string | undefined {
  const groups = countedGroupColumns(frame, texts);
  if (groups.length === 0) return undefined;
  // "the mean number of visits per trail" answered by the mean of the Trail ids: the group's own
  // values read as a measure.
  // "Count the rows of each year … and the mean year": a figure of those values the text asks for.
  const asMeasure = STATISTIC_OF_CELLS.test(note)
    ? read.find((name) => groups.includes(name) && !texts.some((text) => statisticAskedOf(text, name)))
    : undefined;
  if (asMeasure) return asMeasure;
  // A bound on a number column ("more than 1") may be the count's own bound misread; a value of a
  // text column ("left from Northport") names its rows.
  const conditioned = frame.conditions
    .map((condition) => condition.column)
    .filter((name) => isNumericColumn(frame, name));
  return [...read, ...conditioned].find(
    (name) =>
      columnNames(frame).includes(name) &&
      !groups.includes(name) &&
      // Ids, dates and free text name rows; a count of their distinct values is no figure of the count.
      !['identifier', 'text', 'date'].includes(
        frame.table.columns.find((item) => item.name === name)?.type ?? '',
      ) &&
      !texts.some((text) => namesExactly(frame, text, name)) &&
      // "the average number of guests per lodge" over a guest_count column: each row's count, stored.
      !namesACount(name),
  );
}
