/**
 * @module group-figures
 * Figures of groups, not of rows. "How many towns have a mean guest count above 150?": a bound
 * on a statistic of each group; the groups are the values of the one text column the counted noun
 * names ("towns" names town_name), the statistic is of the one numeric column the phrase after it
 * names, and the answer is how many groups pass the bound. "What is the lowest of the town means?"
 * after "the mean guest_count for each town": the smallest of the groups' figures, never the
 * smallest row. Only when the reading is plain (one label column, one measure, a plain statistic);
 * otherwise the bound stays unread, or the figure is refused.
 */
import { fail } from '../../lib/errors.ts';
import { stem } from '../../lib/text/stem.ts';
import {
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { comparisonTest } from './comparison-words.ts';
import { numberResult, type SlotRule } from './slot-context.ts';
import { isStatisticWord, readSlotName } from './slot-words.ts';
import { mean, median } from './stats.ts';

/** "how many towns have a mean guest count above 150", "how many regions had an average yield of at least 20". */
const GROUP_BOUND =
  /\bhow many\s+(?<noun>[a-z]{3,}s)\s+(?:have|has|had|show|shows|with)\s+(?:an?\s+|the\s+)?(?<stat>mean|average|median|total)\s+(?<phrase>[\w .]{2,40}?)\s+(?:of\s+)?(?<word>greater than or equal to|less than or equal to|above|over|greater than|more than|higher than|below|under|less than|lower than|at least|at most)\s+(?<number>-?\d+(?:\.\d+)?)(?![\d%])/i;

/** A bound on the groups' statistic the question states. */
export type GroupBound = {
  /** The words of the question that state it. */
  readonly said: string;
  readonly label: string;
  readonly measure: string;
  readonly fn: Statistic;
  readonly test: (value: number) => boolean;
  readonly words: string;
};

/** The one text column whose name holds the counted noun's stem ("towns" in town_name). */
function labelColumn(frame: Frame, noun: string): string | undefined {
  const own = stem(noun.toLowerCase());
  const found = columnNames(frame).filter(
    (name) => !isNumericColumn(frame, name) && wordsOf(name).some((word) => stem(word) === own),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The question's bound on a statistic of groups, when it reads plainly. */
export function groupBoundOf(frame: Frame, question: string): GroupBound | undefined {
  const match = GROUP_BOUND.exec(question);
  if (!match?.groups) return undefined;
  const { noun, stat, phrase, word, number } = match.groups as Record<string, string>;
  const label = labelColumn(frame, noun!);
  const measures = [
    ...new Set(
      findMentions(frame, phrase!)
        .map((mention) => mention.column)
        .filter((name) => isNumericColumn(frame, name)),
    ),
  ];
  const compare = comparisonTest(word!);
  if (!label || measures.length !== 1 || !compare) return undefined;
  const fn = /^(?:mean|average)$/i.test(stat!) ? 'mean' : (stat!.toLowerCase() as 'median' | 'total');
  const bound = Number(number);
  return {
    said: match[0].replace(/^how many\s+/i, ''),
    label,
    measure: measures[0]!,
    fn,
    test: (value) => compare(value, bound),
    words: `${word!.toLowerCase()} ${bound}`,
  };
}

/**
 * The bound on a statistic the preparation left unread ("have a mean guest count above 150"),
 * taken off the unread list when this module reads it.
 */
export function withGroupBoundRead(frame: Frame, question: string): void {
  const bound = groupBoundOf(frame, question);
  if (!bound) return;
  const kept = frame.unread.filter((item) => !bound.said.includes(item.replace(/^"(.*)" \(.*$/s, '$1')));
  frame.unread.splice(0, frame.unread.length, ...kept);
}

/**
 * The count of groups whose statistic passes the bound: for a slot naming no statistic of its own
 * ("@towns_over_150"), over the rows in play.
 */
export const GROUP_BOUND_COUNT_RULE: SlotRule = {
  name: 'count of groups past a bound',
  applies: (_words, context) =>
    groupBoundOf(context.frame, context.question) !== undefined &&
    !readSlotName(context.slot.name).some((word) => isStatisticWord(word)),
  compute: (context) => {
    const bound = groupBoundOf(context.frame, context.question)!;
    const groups = groupFigures(context.frame, bound.label, bound.measure, bound.fn, context.rows);
    const passing = [...groups.values()].filter((value) => bound.test(value)).length;
    return numberResult(
      context,
      passing,
      `count of ${bound.label} groups whose ${bound.fn} ${bound.measure} is ${bound.words} (${passing} of ${groups.size} groups)`,
      [bound.label, bound.measure],
      context.rows,
    );
  },
};

type Statistic = 'mean' | 'median' | 'total';

/** Each group's statistic of the measure over the rows given, by the label's value. */
function groupFigures(
  frame: Frame,
  label: string,
  measure: string,
  fn: Statistic,
  rows: readonly number[],
): Map<string, number> {
  const labels = cellsOf(frame, label);
  const values = cellsOf(frame, measure);
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const key = labels[row];
    const value = values[row];
    if (key === null || key === undefined || typeof value !== 'number') continue;
    const list = groups.get(String(key)) ?? [];
    list.push(value);
    groups.set(String(key), list);
  }
  const figure = (list: number[]) =>
    fn === 'median' ? median(list) : fn === 'total' ? list.reduce((a, b) => a + b, 0) : mean(list);
  return new Map([...groups].map(([key, list]) => [key, figure(list)]));
}

/** The statistic a plural names ("means", "averages", "medians", "totals"). */
function pluralStatistic(word: string): Statistic {
  return /^(?:means|averages)$/i.test(word) ? 'mean' : /^medians$/i.test(word) ? 'median' : 'total';
}

/** "the lowest of the town means", "the highest region average": an end of the groups' figures. */
const FIGURE_END =
  /\b(?<end>lowest|smallest|least|minimum|highest|largest|greatest|biggest|maximum)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?<noun>[a-z]{3,})\s+(?<plural>means|averages|medians|totals|sums)\b/i;

/** "the mean guest_count for each town", "average yield per region": the measure the groups' figures are of. */
function groupedMeasure(frame: Frame, text: string, label: string, fn: Statistic): string | undefined {
  const said = fn === 'mean' ? 'mean|average' : fn === 'median' ? 'median' : 'total|sum';
  const found = new Set<string>();
  for (const match of text.matchAll(
    new RegExp(
      `\\b(?:${said})\\s+(?:of\\s+)?(?:the\\s+)?([\\w .]{2,40}?)\\s+(?:for each|per|by|in each|of each|within each|across)\\s+([a-z]{3,})`,
      'gi',
    ),
  )) {
    if (labelColumn(frame, match[2]!) !== label) continue;
    for (const mention of findMentions(frame, match[1]!))
      if (isNumericColumn(frame, mention.column)) found.add(mention.column);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The lowest or highest of the groups' figures the question names ("the lowest of the town
 * means"), for a slot naming a statistic; refused when the measure the groups' figures are of is
 * not stated plainly, since a row's minimum would be no answer.
 */
export const GROUP_FIGURE_END_RULE: SlotRule = {
  name: "end of the groups' figures",
  applies: (_words, context) => {
    const match = FIGURE_END.exec(context.question);
    if (!match?.groups) return false;
    if (!labelColumn(context.frame, match.groups.noun!)) return false;
    return readSlotName(context.slot.name).some((word) => isStatisticWord(word));
  },
  compute: (context) => {
    const { end, noun, plural } = FIGURE_END.exec(context.question)!.groups as Record<string, string>;
    const label = labelColumn(context.frame, noun!)!;
    const fn = pluralStatistic(plural!);
    const measure = groupedMeasure(context.frame, context.text, label, fn);
    if (!measure)
      fail(
        'unsupported',
        `@${context.slot.name} asks for the ${end!.toLowerCase()} of the ${label} groups' ${fn}s, but the builtin engine could not tell which column they are of.`,
        { hint: `Say "the ${fn} of X for each ${noun!.toLowerCase()}".` },
      );
    const groups = groupFigures(context.frame, label, measure, fn, context.rows);
    if (groups.size === 0)
      fail('unsupported', `No ${label} group has a number in ${measure} for @${context.slot.name}.`);
    const low = /^(?:lowest|smallest|least|minimum)$/i.test(end!);
    const best = low ? Math.min(...groups.values()) : Math.max(...groups.values());
    const winners = [...groups].filter(([, value]) => value === best).map(([key]) => key);
    return numberResult(
      context,
      best,
      `${low ? 'lowest' : 'highest'} of the ${fn}s of ${measure} by ${label} (${winners.join(', ')}; ${groups.size} groups)`,
      [label, measure],
      context.rows,
    );
  },
};

/** "the difference of both totals", "the gap between their means": a difference of groups' figures. */
const GROUP_DIFFERENCE =
  /\b(?:difference|gap)\s+(?:between|of)\s+(?:the\s+)?(?:two|both|their|these|those|group|groups'?)\s+(?:group\s+)?(means|averages|medians|totals|sums)\b/i;

/** A plain statistic of one column over every row in play, as its note reads. */
const PLAIN_FIGURE = /^(?:mean|median|sum|total|(?:population )?standard deviation) of .+ over \d+ values$/;

/**
 * Whether a slot got one plain figure of every row while the question asks for the difference
 * between two groups' figures: such an answer is no difference, and is refused.
 */
export function oneFigureForGroupDifference(question: string, note: string): boolean {
  return GROUP_DIFFERENCE.test(question) && PLAIN_FIGURE.test(note);
}
