/**
 * @module group-answers
 * Answers about groups and ranked rows: the group that ranks highest by a count, mean,
 * total, median, rate or spread, the label where a measure peaks, the top N rows, the month where
 * an aggregate peaks, and the column a question asks one value for each group of.
 */

import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  amountColumnWords,
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
  numbersOf,
  rowsWithout,
  totalsRows,
  wordsOf,
} from './analysis-frame.ts';
import { standardDeviation } from './distribution-stats.ts';
import { statedGroupSum, summedOverPeriods } from './group-sum-words.ts';
import { rollingOf, soleMadeFeature, soleRolling } from './made-feature-measure.ts';
import { isMarkedNumberMeasure } from './marked-number-measures.ts';
import { plainSuperlatives, rowSuperlative } from './measure-adjectives.ts';
import { monthRowColumn } from './month-rows.ts';
import { dateColumn, type MonthlyFn, monthlyPeak, monthOf } from './monthly-aggregate.ts';
import { numberWord } from './normalize-text.ts';
import { madeGroupPassedOver, measureMadeFromGroup } from './own-key-measure.ts';
import { asksForName } from './slot-columns.ts';
import {
  asksPercent,
  distinctValues,
  flagColumn,
  has,
  isFlag,
  needMeasure,
  numberResult,
  population,
  type SlotContext,
  type SlotResult,
  slotWords,
} from './slot-context.ts';
import { slotRankingEnd } from './slot-ranking-end.ts';
import { statedDistinctColumn } from './slot-rules-frequency.ts';
import { RANKING_ADJECTIVES, readSlotName } from './slot-words.ts';
import { statedGroupColumn } from './stated-group.ts';
import { statedGroupMeasure } from './stated-group-measure.ts';
import { mean, median } from './stats.ts';
import { isDatePart } from './transform-frame.ts';
import { mostOfWording, rowCountWording, spreadCountWording, valueCounts } from './value-frequency.ts';
import { writtenAsColumn } from './written-as-cell.ts';

const MONTH_SUPERLATIVE =
  /\b(highest|lowest|largest|smallest|most|least|maximum|minimum|max|min|peak|best|worst)\b/i;

/** A question about the month where an aggregate peaks, over a table with a date column. */
export function monthQuestion(context: SlotContext): boolean {
  return (
    MONTH_SUPERLATIVE.test(`${context.question} ${context.slot.name.replace(/_/g, ' ')}`) &&
    /\bmonth/i.test(context.question) &&
    dateColumn(context.frame) !== undefined
  );
}

/** The monthly aggregate a question ranks months by, and the month where it peaks. */
export function monthlyAnswer(context: SlotContext) {
  const date = dateColumn(context.frame)!;
  const measure = context.measures.find((name) => name !== date) ?? needMeasure(context);
  const text = `${context.question} ${context.slot.name.replace(/_/g, ' ')}`;
  const fn: MonthlyFn = /\b(total|sum)\b/i.test(text)
    ? 'sum'
    : /\b(average|mean|avg)\b/i.test(text)
      ? 'mean'
      : /\bmedian\b/i.test(text)
        ? 'median'
        : /\b(how many|number of rows|count)\b/i.test(text)
          ? 'count'
          : 'row';
  const low = /\b(lowest|smallest|least|minimum|min|worst)\b/i.test(text);
  // The slot's own word first ("best_month"), so the plan names what the slot asked.
  const asked = (MONTH_SUPERLATIVE.exec(context.slot.name.replace(/_/g, ' ')) ??
    MONTH_SUPERLATIVE.exec(text))![1]!.toLowerCase();
  const peak = monthlyPeak(context.frame, date, measure, context.rows, fn, low);
  return { peak, fn, measure, date, low, asked };
}

const WHICH_GROUP =
  /\b(?:which|what)\s+([a-z][\w .'’-]{1,40}?)\s+(?:has|had|have|having|with|is|was|were|are|accounts? for|accounted for|shows?|showed|sees?|saw|records?|recorded|contains?|holds?|gets?|got|scored|scores|earned|earns|won|wins|made|makes|received|receives|collected|generated|sold|spent|paid|[a-z]{3,}ed)\s+(?:the\s+)?(highest|largest|greatest|biggest|most|maximum|lowest|smallest|least|fewest|minimum)\b\s*([^.?;\n]{0,80})/i;

/** A verb inside the phrase a "which …" question names its group by, and what follows it. */
const GROUP_VERB_REST = /\s+(?:has|had|have|is|was|were|are)\s+.*$/i;

const GROUP_WITH =
  /\b(?:find|identify|determine|report|name|list|give|and(?=\s+the\s))\s+(?:the\s+)?([a-z][\w .-]{1,40}?)\s+with\s+(?:the\s+)?(highest|largest|greatest|biggest|most|maximum|lowest|smallest|least|fewest|minimum)\b\s*([^.?;\n]{0,80})/i;

/**
 * "Rank the regions by their total Sales and report the top region", "sort the teams by mean
 * Points in descending order; which is first": the groups, the end asked and the ranking phrase,
 * as WHICH_GROUP reads them. The end is the top unless "bottom", "last" or "lowest" is asked; an
 * ascending order turns it round.
 */
const RANK_GROUPS =
  /\b(?:rank|sort|order)\s+(?:the\s+|all\s+(?:the\s+)?)?([a-z][\w .-]{1,40}?)\s+by\s+(?:their\s+|its\s+|the\s+)?([^.?;\n]{1,60}?)(?:\s+in\s+(descending|ascending)\s+order)?(?:[,.;]|\s+and\b|\s+then\b)[^.?\n]{0,60}?\b(top|first|highest|bottom|last|lowest)\b/i;

function rankedGroups(question: string): [string, string, string, string] | undefined {
  const found = RANK_GROUPS.exec(question);
  if (!found) return undefined;
  const bottom = /^(?:bottom|last|lowest)$/i.test(found[4]!);
  const ascending = /^ascending$/i.test(found[3] ?? '');
  return [found[0], found[1]!, bottom !== ascending ? 'lowest' : 'highest', found[2]!];
}

/**
 * "In which year was the average rainfall highest": a group statistic named between the verb
 * and the superlative, in the shape the other forms give (whole, group, superlative, ranking phrase).
 */
const TRAILING_SUPERLATIVE =
  /\b(?:which|what)\s+([a-z][\w .-]{1,40}?)\s+(?:was|is|were|are|did|does|had|has)\s+(?:the\s+|its\s+|their\s+)?((?:average|mean|total|median|combined)\s+[^.?;,\n]{1,60}?)\s+(highest|lowest|largest|smallest|greatest|biggest)\b/i;

function trailingSuperlative(question: string): [string, string, string, string] | undefined {
  const found = TRAILING_SUPERLATIVE.exec(question);
  return found ? [found[0], found[1]!, found[3]!, found[2]!] : undefined;
}

type GroupFn = 'mean' | 'sum' | 'median' | 'count' | 'rate' | 'std';

/** Where the clause that ranks the groups ends: a question mark, a semicolon, or ", and what …". */
const RANKING_CLAUSE_END = /[?;]|,\s*(?:and\s+)?(?:what|how|which|who|when|where|give|report)\b/i;

/** What a ranking phrase ranks groups by: "average fare", "survival rate", "most hotels". */
function rankingFn(after: string): GroupFn | undefined {
  // "the largest total Volume, and what is the mean Close in that year?": the ranking's statistic is
  // said in its own clause, not in a later one.
  const rest = after.split(RANKING_CLAUSE_END)[0]!;
  if (/^(?:number|count|amount) of\b|^(?:\w+\s+){0,1}(?:rows|records|entries|count)\b/i.test(rest))
    return 'count';
  if (/\b(average|mean|avg)\b/i.test(rest)) return 'mean';
  // "the most visits once you add up the counts": the groups' sums.
  if (/\b(total|sum|combined|overall|summed|add(?:ed|ing)? up)\b/i.test(rest)) return 'sum';
  if (/\bmedian\b/i.test(rest)) return 'median';
  if (/\b(rate|proportion|percentage|percent|share|fraction|ratio)\b/i.test(rest)) return 'rate';
  if (/\b(standard deviation|std|variability|volatility|spread)\b/i.test(rest)) return 'std';
  return undefined;
}

/**
 * 'Add up "Visits" within each …', 'Sum "Points" for each …', 'take the mean of "Wins" for each
 * school': how the constraints gather one quoted measure.
 */
function statedMeasureFn(text: string, measure: string): GroupFn | undefined {
  const quoted = `["“]${escapeRegExp(measure.trim())}\\s*["”]`;
  const found = new RegExp(
    `\\b(add(?:s|ed|ing)? up|sum(?:s|med|ming)?|total(?:s|led|ling)?|average|mean)\\s+(?:of\\s+)?(?:the\\s+)?${quoted}\\s+(?:(?:with)?in|for)\\s+each\\b`,
    'i',
  ).exec(text);
  if (!found) return undefined;
  return /^(?:average|mean)$/i.test(found[1]!) ? 'mean' : 'sum';
}

type GroupRank = {
  readonly label: string;
  readonly phrase: string;
  readonly fn: GroupFn;
  readonly measure?: string;
  readonly winners: string[];
  readonly best: number;
  readonly low: boolean;
  readonly groups: number;
  readonly keys: (row: number) => string | undefined;
  /** What a count counts, as the question says it ("hotels" in "the most hotels"). */
  readonly noun: string;
  /** Groups smaller than this were left out. */
  readonly minimum: number;
  /** The number of best groups listed in order, when the question asks for several. */
  readonly top?: number;
};

/** 'take the town with the highest average': the group the constraints pick, in their own words. */
const TAKE_GROUP_WITH =
  /\b(?:take|pick|choose|keep)\s+the\s+([a-z][\w .-]{1,40}?)\s+with\s+the\s+(highest|largest|greatest|biggest|most|lowest|smallest|least|fewest)\b\s*([^.?;\n]{0,80})/i;

/**
 * "Which town has the best reviewed inns?" beside 'Average "Score" for each "Town" … and take the
 * town with the highest average': the question asks "which" of the groups the constraints quote
 * and rank, when its "which" noun is the one they take.
 */
function statedGroupChoice(frame: Frame, question: string, text: string): RegExpExecArray | null {
  const asked = /\b(?:which|what)\s+([a-z]{3,})\b/i.exec(question)?.[1]?.toLowerCase();
  const column = statedGroupColumn(frame, text);
  const match = TAKE_GROUP_WITH.exec(text);
  if (!asked || !column || !match || match[1]!.toLowerCase() !== asked) return null;
  return findMentions(frame, asked).some((mention) => mention.column === column) ? match : null;
}

/** The one column the question names elsewhere in words ending with the phrase's last word. */
function fullerGroupName(
  frame: Frame,
  question: string,
  phrase: string,
  fits: (name: string) => boolean,
): string | undefined {
  const head = wordsOf(phrase).at(-1);
  if (!head) return undefined;
  const words = wordsOf(question);
  const named = new Set(
    findMentions(frame, question)
      .filter((mention) => mention.strength >= 1 && mention.end - mention.position >= 2)
      .filter((mention) => words[mention.end - 1] === head && fits(mention.column))
      .map((mention) => mention.column),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "Which class has the highest average fare?", "the city with the most hotels": the groups of
 * a column the question names, each scored by the statistic it names (count, mean, total,
 * median, rate of a 0/1 column, standard deviation), and the best group (ties listed).
 */
export function groupSuperlative(context: SlotContext): GroupRank | undefined {
  const question = plainSuperlatives(context.frame, context.question);
  const match =
    WHICH_GROUP.exec(question) ??
    GROUP_WITH.exec(question) ??
    rankedGroups(question) ??
    trailingSuperlative(question) ??
    statedGroupChoice(context.frame, question, context.text);
  if (!match) return undefined;
  // "Which region has the farms with the highest yield": the group is named before the verb; the
  // rows it holds ("hotels") come after it.
  const named = match[1]!.replace(/^(?:the|a|an)\s+/i, '').replace(GROUP_VERB_REST, '');
  // "which three teams have the most wins": the three best groups, in order.
  const counted = /^(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=[a-z])/i.exec(named);
  const top = counted ? Number(counted[1]) || numberWord(counted[1]!.toLowerCase()) : undefined;
  const phrase = counted ? named.slice(counted[0].length) : named;
  // "the top 3 hotels with the highest X" asks for a list of rows, not a group.
  if (/^(?:top|bottom|first|last)\b|^\d+\b/i.test(phrase) || top === 1) return undefined;
  // "which year has the highest X and which the lowest" beside "@lowest_x_year": the slot's own end.
  const end = slotRankingEnd(context.slot.name, question);
  const low = end ? end === 'low' : /lowest|smallest|least|fewest|minimum/i.test(match[2]!);
  const rest = match[3]!.trim();
  const { frame } = context;
  // "the most cafés with a hygiene grade of 5": hygiene_grade is the condition a step applied, not
  // the measure the groups are ranked by.
  const conditioned = (name: string) =>
    /\b(?:with|where|whose|having|that have|that had)\b/i.test(rest) &&
    frame.steps.some((step) => step.startsWith(`rows where ${name} `));
  // "the most crossings, and what is the mean Toll there?": the ranking's measure is named in its own clause.
  const restMeasures = findMentions(frame, rest.split(RANKING_CLAUSE_END)[0]!)
    .map((mention) => mention.column)
    .filter(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((column) => column.name === name)?.type !== 'identifier' &&
        !conditioned(name),
    );
  // "review count" names a column; only "number of" or "count of" asks to count rows then.
  let fn =
    restMeasures.length > 0 && !/^(?:number|count) of\b/i.test(rest)
      ? rankingFn(rest.replace(/\bcount\b/gi, ''))
      : rankingFn(rest);
  // "the most hotels": a superlative over a noun no numeric column is named after counts rows
  // ("most common" asks for the mode, which the mode rule answers).
  if (
    !fn &&
    /^(most|fewest|least)$/i.test(match[2]!) &&
    restMeasures.length === 0 &&
    !/^(common|frequent|popular|often)\b/i.test(rest)
  )
    fn = 'count';
  // "the most loaves baked" beside 'add up "loaves baked" within each hour': the
  // constraints say how the named measure is gathered over each group.
  if (!fn && restMeasures.length === 1) fn = statedMeasureFn(context.text, restMeasures[0]!);
  // "Which store group is the smallest, and …": a size that ends its clause is the groups' rows.
  if (!fn && /^(smallest|largest|biggest)$/i.test(match[2]!) && /^(?:,|and\b|$)/i.test(rest)) fn = 'count';
  if (!fn) return undefined;
  const fewValued = (name: string) => {
    const count = distinctValues(frame, name, context.rows).length;
    return count >= 2 && count <= Math.max(2, Math.min(500, context.rows.length / 2));
  };
  // "which category of complaint": the group is the head noun before "of", not the noun after it.
  // "which school's teams": the owner before "'s" is the group.
  const head = /^(.+?)\s+of\s+/i.exec(phrase)?.[1] ?? /^([a-z][\w .-]*?)['’]s\s+/i.exec(phrase)?.[1];
  const headMentions = head ? findMentions(frame, head) : [];
  const mentions = headMentions.length > 0 ? headMentions : findMentions(frame, phrase);
  const namedColumns = mentions.map((mention) => mention.column);
  // A column the question names in full ranks its groups when one holds two rows or more
  // ("which team scored the most points in total" over teams of one to four drivers).
  const repeated = (name: string) =>
    mentions.some((mention) => mention.column === name && mention.strength >= 1) &&
    !isNumericColumn(frame, name) &&
    distinctValues(frame, name, context.rows).length < context.rows.length;
  let label = [...namedColumns]
    .reverse()
    .find((name) => !restMeasures.includes(name) && (fewValued(name) || repeated(name)));
  // "which part of the day had the most visits" with 'Count the rows of each value of "Shift"':
  // the question's own word for the groups names no column; the constraints' quoted one does.
  if (!label) {
    const stated = statedGroupColumn(frame, context.text);
    if (stated && !restMeasures.includes(stated) && fewValued(stated)) label = stated;
  }
  // "the mean price for each lodge tier. Which tier has the highest …": the phrase's noun ends a
  // fuller name the question gave the groups elsewhere.
  if (!label)
    label = fullerGroupName(
      frame,
      question,
      phrase,
      (name) => !restMeasures.includes(name) && fewValued(name),
    );
  let keys: (row: number) => string | undefined;
  if (label) {
    const cells = cellsOf(frame, label);
    keys = (row) => (cells[row] === null || cells[row] === undefined ? undefined : String(cells[row]));
  } else {
    // "which year": the year of the table's date column.
    const date = /\byear\b/i.test(phrase) ? dateColumn(frame) : undefined;
    if (!date) return undefined;
    const cells = cellsOf(frame, date);
    label = `year of ${date}`;
    keys = (row) => monthOf(cells[row] ?? null)?.slice(0, 4);
  }
  const flag =
    fn === 'rate'
      ? ([...restMeasures, ...context.columns].find((name) => isFlag(frame, name)) ?? undefined)
      : undefined;
  const measure =
    fn === 'count'
      ? undefined
      : fn === 'rate'
        ? flag
        : // 'Sum "Catch Weight" for each "Boat Skipper"': the column the text sums for each group.
          (statedGroupMeasure(frame, context.text, label) ??
          restMeasures[0] ??
          context.measures.find((name) => name !== label));
  if (fn !== 'count' && !measure) return undefined;
  const values = measure ? cellsOf(frame, measure) : [];
  const lists = new Map<string, number[]>();
  for (const row of rankedRows(context, fn, measure)) {
    const key = keys(row);
    if (key === undefined) continue;
    const value = measure ? values[row] : 1;
    if (typeof value !== 'number') continue;
    const list = lists.get(key) ?? [];
    list.push(value);
    lists.set(key, list);
  }
  const minimum = Number(
    /\bat least (\d+) (?!reviews?\b)[a-z]+(?: in the dataset)?/i.exec(context.text)?.[1] ?? 1,
  );
  const scored = [...lists.entries()]
    .filter(([, list]) => list.length >= minimum)
    .map(([key, list]) => ({
      key,
      score:
        fn === 'count'
          ? list.length
          : fn === 'sum'
            ? list.reduce((a, b) => a + b, 0)
            : fn === 'median'
              ? median(list)
              : fn === 'std'
                ? standardDeviation(list, population(context.text))
                : mean(list),
    }))
    .filter((item) => Number.isFinite(item.score));
  if (scored.length < 2) return undefined;
  const best = low
    ? Math.min(...scored.map((item) => item.score))
    : Math.max(...scored.map((item) => item.score));
  // "the most logged events": the noun after a participle that only describes the rows.
  const noun =
    fn === 'count'
      ? (/^(?:number of\s+|count of\s+)?(?:[a-z]{3,}ed\s+(?=[a-z]+s\b))?([a-z]+)/i.exec(rest)?.[1] ?? '')
      : '';
  const found = {
    label,
    phrase,
    fn,
    ...(measure ? { measure } : {}),
    best,
    low,
    groups: scored.length,
    keys,
    noun,
    minimum,
  };
  // The N best groups, in order (a stable sort keeps first-seen order among equal scores); a tie
  // across the cut leaves the list open, and groups of one row each are rows, not groups.
  if (top) {
    if (scored.length <= top || distinctValues(frame, label, context.rows).length === context.rows.length)
      return undefined;
    const ordered = [...scored].sort((a, b) => (low ? a.score - b.score : b.score - a.score));
    if (ordered[top - 1]!.score === ordered[top]!.score)
      fail(
        'unsupported',
        `The ${top} ${low ? 'lowest' : 'highest'} ${label} groups are not set: ${ordered[top - 1]!.key} and ${ordered[top]!.key} tie at ${ordered[top]!.score}.`,
        { hint: 'Say how to break the tie.' },
      );
    return { ...found, winners: ordered.slice(0, top).map((item) => item.key), top };
  }
  return { ...found, winners: scored.filter((item) => item.score === best).map((item) => item.key) };
}

/** Placeholders that stand for a count of rows: "@busiest_day_visits[n]". */
const COUNT_PLACEHOLDERS: ReadonlySet<string> = new Set(['n', 'count', 'number']);

const FN_WORDS: Record<GroupFn, readonly string[]> = {
  mean: ['mean', 'average', 'avg'],
  sum: ['total', 'sum', 'combined'],
  median: ['median'],
  count: ['count', 'number', 'num', 'how', 'total'],
  rate: ['rate', 'percentage', 'percent', 'pct', 'proportion', 'share', 'ratio', 'fraction'],
  std: ['std', 'sd', 'stdev', 'deviation', 'spread'],
};

/**
 * What a slot asks of a ranking of groups: the group ("brand_with_highest_rating", "city"),
 * its score ("avg_fare", "hotel_count"), or nothing (a slot about something else).
 */
/** The format says the slot's placeholder is rounded ('"price" is rounded to two decimal places'): a figure. */
function roundedPlaceholder(context: SlotContext): boolean {
  const placeholder = context.slot.placeholder.trim();
  return (
    placeholder !== '' &&
    new RegExp(`["'“]${escapeRegExp(placeholder)}["'”]\\s+(?:is|are)\\s+rounded\\b`, 'i').test(context.text)
  );
}

/** "how many is that", "what is that total": a later clause asking for the best group's figure. */
const POINTS_BACK_TO_FIGURE =
  /\bhow (?:many|much) (?:is|was|were|are) (?:that|this|it)\b|\b(?:that|this|its|their) (?:total|sum|count|number)\b/i;

/**
 * The rows a ranking is taken over. 'For each "Region", divide the number of records whose "Won" is
 * True by the number of records' keeps a condition on the flag it rates, which would leave every
 * group at a rate of 1: the groups' base is the rows the other conditions keep.
 */
function rankedRows(context: SlotContext, fn: GroupFn, measure: string | undefined): readonly number[] {
  if (fn !== 'rate' || measure === undefined) return context.rows;
  const cells = cellsOf(context.frame, measure);
  const kept = new Set(context.rows.map((row) => cells[row]).filter((cell) => cell !== null));
  if (kept.size !== 1) return context.rows;
  return rowsWithout(context.frame, measure) ?? context.rows;
}

export function rankRole(
  context: SlotContext,
  rank: GroupRank,
  slotCount: number,
): 'group' | 'score' | undefined {
  const words = slotWords(context.slot);
  const groupWords = new Set([...wordsOf(rank.phrase), ...wordsOf(rank.label)]);
  const namesGroup = words.some((word) => groupWords.has(word));
  const superlative = has(
    words,
    'with',
    'highest',
    'lowest',
    'most',
    'least',
    'top',
    'best',
    'worst',
    'largest',
    'smallest',
    'max',
    'min',
    'maximum',
    'minimum',
  );
  // 'Count the distinct values of "section"' beside "@section_count": a slot naming the groups and
  // no best one counts the groups, which the ranking does not say.
  if (
    !superlative &&
    !words.some((word) => RANKING_ADJECTIVES.has(word)) &&
    statedDistinctColumn(context) === rank.label
  )
    return undefined;
  // "@mean_term[mean]" beside "@busiest_term[term]" over Term groups ranked by their rows: a slot
  // naming the group column with a statistic other than the ranking's asks for that statistic of the
  // column itself, not for the ranking.
  const statistic = [...FN_WORDS.mean, ...FN_WORDS.median, ...FN_WORDS.std].filter(
    (word) => !FN_WORDS[rank.fn].includes(word),
  );
  if (
    namesGroup &&
    !superlative &&
    !words.some((word) => RANKING_ADJECTIVES.has(word)) &&
    has(words, ...statistic) &&
    !has(words, ...FN_WORDS[rank.fn]) &&
    isNumericColumn(context.frame, rank.label)
  )
    return undefined;
  // "@period[number]" beside "@event_count[count]" over PERIOD groups: a slot named as the group
  // column itself, and nothing more, asks for the best group, whatever its placeholder.
  if (
    slotCount > 1 &&
    readSlotName(context.slot.name).every((word) => wordsOf(rank.label).includes(word)) &&
    statedDistinctColumn(context) !== rank.label
  )
    return 'group';
  // "@top_year_sales[total]", "@top_region_mean[mean]", "@team_points[points]": a slot naming the
  // group and the measure (or the statistic) asks what its placeholder says.
  const held = wordsOf(context.slot.placeholder);
  const measureNamed =
    rank.measure !== undefined &&
    (context.ownColumns.includes(rank.measure) ||
      wordsOf(rank.measure).every((word) => words.includes(word)));
  if (
    namesGroup &&
    (measureNamed || has(words, ...FN_WORDS[rank.fn])) &&
    held.length > 0 &&
    !held.some((word) => groupWords.has(word)) &&
    (has(held, ...FN_WORDS[rank.fn], 'value', 'score', 'amount') ||
      // "@team_points[points]": a placeholder naming the measure asks for its figure.
      (rank.measure !== undefined && wordsOf(rank.measure).every((word) => held.includes(word))) ||
      // "@avg_sales_best_month[amount] where "amount" is rounded to two decimal places": a figure.
      roundedPlaceholder(context))
  )
    return 'score';
  // "@calls_in_busiest_hour[n]" beside "@busiest_hour[hour]": a slot naming the group and a word
  // of the summed measure, with a number placeholder, asks for the best group's total.
  if (
    namesGroup &&
    rank.fn === 'sum' &&
    rank.measure !== undefined &&
    held.length > 0 &&
    !held.some((word) => groupWords.has(word)) &&
    has(held, 'n', 'count', 'number', 'total', 'amount', 'value') &&
    wordsOf(rank.measure).some((word) => !groupWords.has(word) && words.includes(word))
  )
    return 'score';
  // "Which region has the most orders overall, and how many is that?" with "@region_orders[n]":
  // a slot naming the group with a bare count placeholder, where the question points back to the figure.
  if (
    namesGroup &&
    !superlative &&
    (rank.fn === 'sum' || rank.fn === 'count') &&
    slotCount > 1 &&
    held.length === 1 &&
    COUNT_PLACEHOLDERS.has(held[0] ?? '') &&
    !groupWords.has(held[0] ?? '') &&
    POINTS_BACK_TO_FIGURE.test(context.question)
  )
    return 'score';
  // "@largest_group_size[n]" beside "@largest_group[group]": when groups are ranked by their count
  // of rows, a slot naming the best group ("largest", "busiest") whose placeholder is a bare count
  // ("n", "count", "number") asks for that group's count, never for its name. "@sections[n]" names
  // no best group: it may count the groups themselves.
  if (
    rank.fn === 'count' &&
    slotCount > 1 &&
    (superlative || words.some((word) => RANKING_ADJECTIVES.has(word))) &&
    held.length === 1 &&
    COUNT_PLACEHOLDERS.has(held[0] ?? '') &&
    !groupWords.has(held[0] ?? '')
  )
    return 'score';
  if (namesGroup && (superlative || words.some((word) => RANKING_ADJECTIVES.has(word)))) return 'group';
  const other = context.ownColumns.some(
    (name) => name !== rank.measure && name !== rank.label && isNumericColumn(context.frame, name),
  );
  if (other) return undefined;
  const stems = new Set(words.map(porterStem));
  const namesMeasure =
    rank.measure !== undefined &&
    (context.ownColumns.includes(rank.measure) ||
      wordsOf(rank.measure).some((word) => stems.has(porterStem(word))));
  const namesNoun = rank.noun !== '' && stems.has(porterStem(rank.noun.toLowerCase()));
  const namesFn = has(words, ...FN_WORDS[rank.fn]);
  if (namesFn || (namesMeasure && !namesGroup) || namesNoun) return 'score';
  if (namesGroup) return 'group';
  const scoreWords = Object.values(FN_WORDS).flat();
  if (slotCount === 1 && !has(words, ...scoreWords)) return 'group';
  return undefined;
}

export function rankedResult(context: SlotContext, rank: GroupRank, group: boolean): SlotResult {
  if (rank.fn !== 'count' && measureMadeFromGroup(context.frame, rank.measure, rank.label))
    fail(
      'unsupported',
      `@${context.slot.name}: the builtin engine ranked ${rank.label} groups by ${rank.measure}, a figure made from ${rank.label} itself.`,
      { hint: 'Name the made column as the groups ("group the rows by leg number").' },
    );
  const passedOver = madeGroupPassedOver(context.frame, rank.label, context.text);
  if (passedOver)
    fail(
      'unsupported',
      `@${context.slot.name}: the text groups by ${passedOver}, but the builtin engine ranked ${rank.label} groups.`,
      { hint: `Name ${passedOver} in the slot ("@top_${passedOver.replace(/\W+/g, '_')}").` },
    );
  const what =
    rank.fn === 'count'
      ? `count of ${rank.noun || 'rows'}`
      : `${{ rate: 'share of 1s in', mean: 'average', sum: 'total', median: 'median', std: 'standard deviation of' }[rank.fn]} ${rank.measure}`;
  const percent = rank.fn === 'rate' && asksPercent(context);
  const score = percent ? rank.best * 100 : rank.best;
  const note = rank.top
    ? `${rank.label} groups ranked by ${what}: the ${rank.top} ${rank.low ? 'lowest' : 'highest'} ${rank.winners.join(', ')} (${rank.groups} groups)`
    : `${rank.label} groups${rank.minimum > 1 ? ` of at least ${rank.minimum} rows` : ''} ranked by ${what}: ${rank.low ? 'lowest' : 'highest'} ${Number(rank.best.toPrecision(6))} in ${rank.winners.join(', ')} (${rank.groups} groups)`;
  const rows = context.rows.filter((row) => rank.winners.includes(rank.keys(row) ?? '\u0000'));
  const columns = [rank.label, ...(rank.measure ? [rank.measure] : [])].filter(
    (name) => !name.startsWith('year of '),
  );
  const fn =
    rank.fn === 'mean' || rank.fn === 'sum' || rank.fn === 'median' || rank.fn === 'std'
      ? rank.fn
      : undefined;
  const ranked =
    fn && rank.measure !== undefined && rank.winners.length === 1 && !rank.top
      ? { fn, measure: rank.measure, best: score }
      : undefined;
  if (group) return { value: rank.winners.join(', '), note, columns, rows, ...(ranked ? { ranked } : {}) };
  if (rank.top)
    fail(
      'unsupported',
      `@${context.slot.name} asks for one figure, but the question ranks ${rank.top} groups (${note}).`,
      {
        hint: 'Ask for the figure of one group at a time.',
      },
    );
  return rank.fn === 'count'
    ? { value: String(rank.best), note, columns, rows }
    : numberResult(context, score, note, columns, rows);
}

const TOP_ROWS =
  /\b(top|bottom|first|last)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z][\w .-]{1,40}?)\s+(?:with|by|having|that have|which have|in terms of|ranked by|sorted by)\s+(?:the\s+)?(?:(highest|largest|greatest|most|biggest|lowest|smallest|least|fewest)\s+)?([^.?;\n]{1,60})/i;

/** "Which three stores have the highest Sales?" read as "the top three stores with the highest Sales". */
const WHICH_N =
  /\b(?:which|what|the)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z][\w .-]{1,40}?)\s+(?:have|has|had|show|showed|got|with|that\s+[a-z]+)\s+the\s+(highest|largest|greatest|most|biggest|lowest|smallest|least|fewest)\b/i;
const withTopWords = (question: string) => question.replace(WHICH_N, 'top $1 $2 with the $3');

/**
 * "the top 3 hotels with the highest review count": the label of the N rows with the largest
 * (or smallest) values of the measure, in that order.
 */
export function topRows(context: SlotContext): SlotResult | undefined {
  const match = TOP_ROWS.exec(withTopWords(context.question));
  if (!match) return undefined;
  const n = Number(match[2]) || numberWord(match[2]!.toLowerCase());
  if (!n) return undefined;
  const { frame } = context;
  const measure = findMentions(frame, match[5]!)
    .map((mention) => mention.column)
    .find(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((item) => item.name === name)?.type !== 'identifier',
    );
  if (!measure) return undefined;
  const named = [
    ...context.ownColumns,
    ...findMentions(frame, match[3]!).map((mention) => mention.column),
  ].filter((name) => name !== measure && !isNumericColumn(frame, name));
  const label = named.find((name) => /name|title|label/i.test(name)) ?? named[0];
  if (!label) return undefined;
  const low = /^(bottom|last)$/i.test(match[1]!) || /lowest|smallest|least|fewest/i.test(match[4] ?? '');
  const { rows, values } = numbersOf(frame, measure, [...context.rows]);
  const order = rows
    .map((row, index) => ({ row, value: values[index]! }))
    .sort((a, b) => (low ? a.value - b.value : b.value - a.value) || a.row - b.row)
    .slice(0, n);
  const labels = cellsOf(frame, label);
  // "North, North, East": a label shared by several rows names no one row; the groups' ranking
  // (by a total or a mean) is another question.
  const shared = new Set(rows.map((row) => String(labels[row]))).size < rows.length;
  if (
    shared &&
    (WHICH_N.test(context.question) ||
      new Set(order.map((item) => String(labels[item.row]))).size < order.length)
  )
    return undefined;
  return {
    value: order.map((item) => String(labels[item.row])).join(', '),
    note: `${label} of the ${n} rows with the ${low ? 'lowest' : 'highest'} ${measure} (${order.map((item) => Number(item.value.toPrecision(6))).join(', ')})`,
    columns: [label, measure],
    rows: order.map((item) => item.row),
  };
}

/** The category column a slot or its question groups by ("in each region", `region_count`). */
export function groupedColumn(context: SlotContext): string | undefined {
  const categories = (names: readonly string[]) =>
    names.filter(
      (name) =>
        !isNumericColumn(context.frame, name) &&
        new Set(cellsOf(context.frame, name).filter((cell) => cell !== null)).size <= context.rows.length / 2,
    );
  const each = /\b(?:for each|in each|per|by|each)\s+([a-z][\w ]{1,30})/i.exec(context.question);
  return (
    categories(context.ownColumns)[0] ??
    (each ? categories(findMentions(context.frame, each[1]!).map((mention) => mention.column))[0] : undefined)
  );
}

const SUPERLATIVE =
  /\b(highest|largest|biggest|most|maximum|max|greatest|top|peak|peaked|lowest|smallest|least|minimum|min|fewest)\b/i;

/** Words between a column's name and the superlative after it ("was Wins highest", "did X reach its peak"). */
const LINK_WORDS = new Set(
  wordsOf('is was were are be at its their the reach reached reaches hit hits did does do'),
);

/**
 * "Which brand has the highest average rating?": the label's groups ranked by the mean (or
 * total, or median) of the measure, groups smaller than a stated "at least N" left out, ties listed.
 */
function groupRanking(
  context: SlotContext,
  label: string,
  measure: string,
  low: boolean,
): SlotResult | undefined {
  const asked =
    /\b(?:highest|lowest|largest|smallest|greatest|most|least|maximum|minimum|top)\s+(?:\w+\s+)?(average|mean|total|median|sum|rate|proportion|share|percentage)\b/i.exec(
      `${context.question} ${context.slot.name.replace(/_/g, ' ')}`,
    );
  // "the most Apps … in total": the groups' sums, over a label whose values repeat.
  const inTotal =
    !asked &&
    (/\b(?:in total|altogether|all together|combined|in all)\b/i.test(context.question) ||
      summedOverPeriods(context.question) ||
      statedGroupSum(context.text)) &&
    distinctValues(context.frame, label, context.rows).length < context.rows.length;
  if (!asked && !inTotal) return undefined;
  const fn = asked ? asked[1]!.toLowerCase() : 'total';
  // "the highest Total" names a column called Total, not a sum.
  if (wordsOf(measure).includes(fn)) return undefined;
  const minimum = Number(
    /\bat least (\d+) (?!reviews?\b)[a-z]+(?: in the dataset)?/i.exec(context.text)?.[1] ?? 1,
  );
  const labels = cellsOf(context.frame, label);
  const values = cellsOf(context.frame, measure);
  const groups = new Map<string, number[]>();
  for (const row of context.rows) {
    const key = labels[row];
    const value = values[row];
    if (key === null || key === undefined || typeof value !== 'number') continue;
    const list = groups.get(String(key));
    if (list) list.push(value);
    else groups.set(String(key), [value]);
  }
  const scored = [...groups.entries()]
    .filter(([, list]) => list.length >= minimum)
    .map(([key, list]) => ({
      key,
      score:
        fn === 'median'
          ? median(list)
          : fn === 'total' || fn === 'sum'
            ? list.reduce((a, b) => a + b, 0)
            : mean(list),
    }));
  if (scored.length === 0) return undefined;
  const best = low
    ? Math.min(...scored.map((item) => item.score))
    : Math.max(...scored.map((item) => item.score));
  const winners = scored.filter((item) => item.score === best).map((item) => item.key);
  return {
    value: winners.join(', '),
    note: `${label} groups${minimum > 1 ? ` of at least ${minimum} rows` : ''} ranked by ${fn} ${measure}: ${low ? 'lowest' : 'highest'} ${Number(best.toPrecision(6))}`,
    columns: [label, measure],
    rows: context.rows.filter((row) => winners.includes(String(labels[row]))),
    ...(winners.length === 1 && !['rate', 'proportion', 'share', 'percentage'].includes(fn)
      ? {
          ranked: {
            fn: fn === 'total' || fn === 'sum' ? 'sum' : fn === 'median' ? 'median' : 'mean',
            measure,
            best,
          },
        }
      : {}),
  };
}

/** The one text column whose name shares a word with a phrase ("type of fault" names "Description Faults"). */
function sharedWordColumn(frame: Frame, phrase: string): string | undefined {
  const words = new Set(wordsOf(phrase).filter((word) => word.length >= 3));
  const found = columnNames(frame).filter(
    (name) => !isNumericColumn(frame, name) && wordsOf(name).some((word) => words.has(word)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** "won the race the most times", "appears most often": a count of rows per group, not a measure. */
const MOST_TIMES =
  /\b(?:the\s+)?(most|fewest|least)\s+(?:number\s+of\s+)?(?:times|often|frequently)\b|\b(most|least)\s+(?:often|frequently|common(?!\s+(?:than|to)\b))\b/i;

/**
 * The question as the mode readings take it: "named in the largest number of entries" reads as
 * "most often"; so do "which ward holds the most polling stations" and "which one runs the most of
 * them" for a slot the format says is written as in the label column itself (a count slot beside
 * it is the value's rows, not the value).
 */
function modeReading(context: SlotContext, label: string): string {
  const amounts = amountColumnWords(context.frame);
  if (writtenAsText(context) !== label) return spreadCountWording(context.question, amounts).question;
  return rowCountWording(mostOfWording(context.question, amounts).question, amounts).question;
}

/**
 * "Which trainer won the race the most times?": the label's values ranked by how many rows in
 * play hold each (the mode; ties listed). Refused when no value holds more rows than one.
 */
function mostTimesLabel(context: SlotContext, label: string): SlotResult | undefined {
  const match = MOST_TIMES.exec(modeReading(context, label));
  if (!match) return undefined;
  const low = /^(fewest|least)$/i.test(match[1] ?? match[2]!);
  const labels = cellsOf(context.frame, label);
  const totals = totalsRows(context.frame, label);
  const counts = new Map<string, number>();
  for (const row of context.rows) {
    const key = labels[row];
    if (key === null || key === undefined || totals.has(row)) continue;
    counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  }
  const scores = [...counts.values()];
  if (scores.length < 2 || Math.max(...scores) < 2)
    fail(
      'unsupported',
      `The question asks which ${label} comes up ${match[0].trim()}, but no ${label} value holds more than one row.`,
      { hint: 'Name the column whose values are counted.' },
    );
  const best = low ? Math.min(...scores) : Math.max(...scores);
  const winners = [...counts.entries()].filter(([, count]) => count === best).map(([key]) => key);
  // A slot written as one cell of the column is no list: a tie leaves it without one answer.
  if (winners.length > 1 && writtenAsText(context) === label)
    fail(
      'unsupported',
      `${winners.length} values of ${label} (${winners.join(', ')}) hold ${best} rows each, so @${context.slot.name} has no one answer.`,
      { hint: 'Say how to break the tie, or ask for the values as a list.' },
    );
  return {
    value: winners.join(', '),
    note: `${label} groups ranked by count of rows: ${low ? 'lowest' : 'highest'} ${best} in ${winners.join(', ')} (${counts.size} groups)`,
    columns: [label],
    rows: context.rows.filter((row) => winners.includes(String(labels[row]))),
  };
}

/**
 * 'Keep the rows whose Age is below 18 and take the mode of "Shelf"': the text names the label's
 * most frequent value over the rows in play as the answer. Refused when several values tie.
 */
function statedModeLabel(context: SlotContext, label: string): SlotResult | undefined {
  const stated = new RegExp(
    String.raw`\b(?:the\s+)?mode\s+of\s+(?:the\s+)?(?:column\s+)?["“]?${escapeRegExp(label)}["”]?(?![\w-])`,
    'i',
  );
  if (!stated.test(context.text)) return undefined;
  const labels = cellsOf(context.frame, label);
  const counts = valueCounts(context.rows.map((row) => labels[row] ?? null));
  if (counts.length === 0) return undefined;
  const best = Math.max(...counts.map((entry) => entry.count));
  const winners = counts.filter((entry) => entry.count === best).map((entry) => String(entry.value));
  if (winners.length > 1)
    fail(
      'unsupported',
      `${winners.length} values of ${label} (${winners.join(', ')}) hold ${best} rows each, so its mode has no one value.`,
      { hint: 'Say how to break the tie.' },
    );
  return {
    value: winners[0]!,
    note: `mode of ${label}: ${JSON.stringify(winners[0])} (${best} of ${context.rows.length} rows)`,
    columns: [label],
    rows: context.rows.filter((row) => String(labels[row]) === winners[0]),
  };
}

/**
 * "Which team played the most matches?" beside a Match column numbering the rows: the rows are
 * counted per label, not the label of the highest Match number taken.
 */
function numberedRowsLabel(context: SlotContext, label: string): SlotResult | undefined {
  const reading = rowCountWording(context.question, amountColumnWords(context.frame));
  const noun = reading.noun === undefined ? undefined : wordsOf(reading.noun)[0];
  const numbering = columnNames(context.frame).filter(
    (name) => isNumberingColumn(context.frame, name) && wordsOf(name).includes(noun ?? ''),
  );
  if (numbering.length === 0) return undefined;
  return mostTimesLabel({ ...context, question: reading.question }, label);
}

/**
 * The measure a superlative names right after it ("the largest Win $"), when it names one:
 * the answer must be read off that column, not another measure of the table.
 */
function namedSuperlativeMeasure(context: SlotContext, label: string): string | undefined {
  const match = SUPERLATIVE.exec(context.question);
  if (!match) return undefined;
  return measureAfter(context, label, match) ?? measureBefore(context, label, match);
}

/**
 * "In which Year was Lantern Repair highest?", "when did Sales peak": the numeric column named
 * in full right before the superlative, with only a verb or "its" between.
 */
function measureBefore(context: SlotContext, label: string, match: RegExpExecArray): string | undefined {
  const before = context.question.slice(Math.max(0, match.index - 80), match.index);
  const words = wordsOf(before);
  const last = findMentions(context.frame, before)
    .filter(
      (mention) =>
        mention.strength >= 1 && mention.column !== label && isNumericColumn(context.frame, mention.column),
    )
    .at(-1);
  if (!last) return undefined;
  const between = words.slice(last.position + wordsOf(last.column).length);
  // "did Oats increase the most compared to the previous year": the change a step made.
  const change = `${last.column} change from the previous row`;
  if (context.frame.derived.has(change) && between.some((word) => RISE_WORDS.has(word))) return change;
  if (between.length <= 3 && between.every((word) => LINK_WORDS.has(word))) return last.column;
  // "the Barley percentage the highest" over a column of percents: "percentage" names
  // its figures, not another figure made of them.
  const unit = between.filter((word) => !LINK_WORDS.has(word));
  if (
    between.length <= 4 &&
    unit.length === 1 &&
    /^(?:percentage|percent)$/.test(unit[0]!) &&
    percentCells(context, last.column)
  )
    return last.column;
  return describedMeasure(context, label, last.column, between);
}

/** Verbs of a rise, after the measure that rose. */
const RISE_WORDS = new Set(
  wordsOf('increase increased rise rose grow grew gain gained jump jumped climb climbed improve improved'),
);

/** A column whose figures read as percents: every number from 0 to 100, some above 1. */
function percentCells(context: SlotContext, name: string): boolean {
  const { values } = numbersOf(context.frame, name, [...context.rows]);
  return (
    values.length > 0 &&
    values.every((value) => value >= 0 && value <= 100) &&
    values.some((value) => value > 1)
  );
}

/**
 * Words that make another figure of a column ("the growth of Sales", "Sales per head"), compare
 * it ("above 10") or count rows: a measure followed by one of them is not the figure that peaks.
 */
const FIGURE_WORDS = new Set(
  wordsOf(
    'growth change changes increase increases decrease decline rise fall drop gain loss ratio rate per share percent percentage proportion average mean total sum count number median variance deviation difference gap spread range volatility return returns cumulative running over above below under than more less fewer least exceed exceeds exceeded between not no without excluding',
  ),
);

/**
 * "In what year did the share of women among Dentistry graduates peak?", "when did the Attendance
 * at home games peak": a few words describing the measure sit between it and the superlative. They
 * are read as a description only when none of them names a column, a number or another figure
 * (FIGURE_WORDS), and only when each row in play has its own label, so the row where the measure
 * peaks is the label's (with several rows a label, the total of a label could peak elsewhere).
 */
function describedMeasure(
  context: SlotContext,
  label: string,
  measure: string,
  between: readonly string[],
): string | undefined {
  const described = between.filter((word) => !LINK_WORDS.has(word));
  if (described.length === 0 || described.length > 4 || between.length > 7) return undefined;
  if (described.some((word) => FIGURE_WORDS.has(word) || /\d/.test(word))) return undefined;
  if (findMentions(context.frame, between.join(' ')).some((mention) => mention.strength >= 0.75))
    return undefined;
  const labels = cellsOf(context.frame, label);
  const present = context.rows.map((row) => labels[row]).filter((cell) => cell !== null);
  if (present.length < 2 || new Set(present.map(String)).size < present.length) return undefined;
  return measure;
}

function measureAfter(context: SlotContext, label: string, match: RegExpExecArray): string | undefined {
  const after = context.question.slice(match.index + match[0].length, match.index + match[0].length + 60);
  const first = findMentions(context.frame, after)[0];
  if (!first || first.strength < 1 || first.column === label) return undefined;
  // "the highest closing price of the Share", "the highest share of trainees in Welding":
  // a few words, then "of (the)" or "in (the)" and the column.
  const between = wordsOf(after).slice(0, first.position);
  const joins = (word: string | undefined) => word === 'of' || word === 'in';
  const ofColumn =
    between.length <= 5 && (joins(between.at(-1)) || (between.at(-1) === 'the' && joins(between.at(-2))));
  if (first.position > 1 && !ofColumn) return undefined;
  if (!isNumericColumn(context.frame, first.column)) return undefined;
  // "improved the most from Test1 to Test2": the column made from the named one is what is ranked.
  return madeFrom(context.frame, first.column, context.measures) ?? first.column;
}

/** The one column a step made from `source` ("gain = B − A"), among the measures in play. */
function madeFrom(frame: Frame, source: string, measures: readonly string[]): string | undefined {
  const made = measures.filter(
    (name) =>
      name !== source &&
      frame.derived.has(name) &&
      frame.steps.some((step) => step.startsWith(`${name} = `) && step.includes(source)),
  );
  return made.length === 1 ? made[0] : undefined;
}

/** Column types that label rows rather than measure them. */
const LABEL_TYPES = new Set(['date', 'identifier', 'category']);

/** "in which Year was …", "what season had …": the words a question asks a value of. */
const WHICH_WORDS = /\b(?:which|what)\s+(.{1,40})/i;

/**
 * A numeric column that labels rows (a year, an id) asked for at the row where a measure peaks:
 * the question asks "which <column>" ("in which Year was the largest Prize paid") or the slot's
 * placeholder names it ("@maxPrizeYear[year]"), and the slot names no other column than that
 * label and the measure. "What is the highest number of Goals in a Season" asks for the number.
 */
function numericLabel(context: SlotContext): string | undefined {
  const { frame } = context;
  const typeOf = (name: string) => frame.table.columns.find((column) => column.name === name)?.type;
  const labelLike = (name: string) => isNumericColumn(frame, name) && LABEL_TYPES.has(typeOf(name) ?? '');
  const which = WHICH_WORDS.exec(context.question)?.[1];
  const first = which ? findMentions(frame, which)[0] : undefined;
  const placeholder = findMentions(frame, context.slot.placeholder.replace(/_/g, ' '))[0];
  const asked = [first?.position === 0 && first.strength >= 1 ? first.column : undefined, placeholder?.column]
    .filter((name): name is string => name !== undefined && labelLike(name))
    .at(0);
  if (!asked) return undefined;
  const others = context.ownColumns.filter((name) => name !== asked);
  const measures = others.filter(
    (name) => isNumericColumn(frame, name) && !LABEL_TYPES.has(typeOf(name) ?? ''),
  );
  if (others.length !== measures.length || measures.length > 1) return undefined;
  // "Which season closes the 4-season rolling window with the top mean?": the one rolling column made is the measure.
  return measures.length === 1 || namedSuperlativeMeasure(context, asked) || soleRolling(frame)
    ? asked
    : undefined;
}

/**
 * "Who sold the most wool? @top_seller[name] where "name" is written as in "Farmer"": a
 * slot asking for a name, which the format says is written as in a text column, is read from that column.
 */
function writtenAsLabel(context: SlotContext): string | undefined {
  if (!asksForName(context.slot)) return undefined;
  const label = writtenAsColumn(context.slot, context.text, columnNames(context.frame));
  return label !== undefined && !isNumericColumn(context.frame, label) ? label : undefined;
}

/** The text column the format says a slot's value is written as in, whatever the slot's placeholder. */
function writtenAsText(context: SlotContext): string | undefined {
  const label = writtenAsColumn(context.slot, context.text, columnNames(context.frame));
  return label !== undefined && !isNumericColumn(context.frame, label) ? label : undefined;
}

/** That column, when the question asks for the value most rows share ("which ward holds the most polling stations"). */
function modeWrittenAs(context: SlotContext): string | undefined {
  const label = writtenAsText(context);
  return label !== undefined && MOST_TIMES.test(modeReading(context, label)) ? label : undefined;
}

/**
 * "Which site has the highest X?": the label column's values on the rows where the measure peaks
 * (ties listed). "Which class has the oldest passenger?" reads as the highest Age, one row's;
 * there tied rows of different labels are refused, since the question asks for one.
 */
export function superlativeLabel(plain: SlotContext): SlotResult | undefined {
  const rewritten = rowSuperlative(plain.frame, plain.question);
  const context = rewritten ? { ...plain, question: rewritten } : plain;
  const fewValued = (name: string) => categoryValues(context.frame, name, 50).length >= 2;
  // "Which age group has the highest survival rate?": a slot naming a group or category asks for
  // a label column the question names.
  // "Which industry had the highest X?": the text column the question's "which" names.
  const which = (WHICH_GROUP.exec(context.question) ?? GROUP_WITH.exec(context.question))?.[1];
  // '@largest_ward[ward] where "ward" is written as in the "ward_name" column': the format names it.
  const label =
    modeWrittenAs(context) ??
    context.ownColumns.find((name) => !isNumericColumn(context.frame, name)) ??
    (has(slotWords(context.slot), 'group', 'categori', 'category', 'bin', 'bucket', 'segment', 'class')
      ? context.columns.find((name) => !isNumericColumn(context.frame, name) && fewValued(name))
      : undefined) ??
    (which && wordsOf(which).some((word) => slotWords(context.slot).includes(word))
      ? (findMentions(context.frame, which)
          .map((mention) => mention.column)
          .find((name) => !isNumericColumn(context.frame, name)) ?? sharedWordColumn(context.frame, which))
      : undefined) ??
    numericLabel(context) ??
    writtenAsLabel(context) ??
    // "Which month has the highest Takings?" over a table of one month a row.
    (slotWords(context.slot).includes('month') ? monthRowColumn(context.frame) : undefined) ??
    yearDateColumn(context);
  if (!label) return writtenAsGroupRanking(context);
  const byYear = label === yearDateColumn(context) && !context.ownColumns.includes(label);
  const times =
    statedModeLabel(context, label) ?? mostTimesLabel(context, label) ?? numberedRowsLabel(context, label);
  if (times) return times;
  if (!SUPERLATIVE.test(context.question)) return undefined;
  const measure = superlativeMeasure(context, label);
  // "the top 3 hotels": a list of rows the single best row does not answer.
  if (listOfBest(context.question)) return undefined;
  if (!measure) return undefined;
  const low = LOW_END.test(context.question);
  const grouped = groupRanking(context, label, measure, low);
  if (grouped) return grouped;
  // A "Total" row at the foot of the table is no row to pick.
  const totals = totalsRows(context.frame, label);
  const { rows, values } = numbersOf(
    context.frame,
    measure,
    context.rows.filter((row) => !totals.has(row)),
  );
  if (values.length === 0) return undefined;
  const best = low ? Math.min(...values) : Math.max(...values);
  const winners = rows.filter((_, index) => values[index] === best);
  const labels = cellsOf(context.frame, label);
  const left = totals.size
    ? `, leaving out the totals row${totals.size > 1 ? 's' : ''} ${[...totals].map((row) => JSON.stringify(labels[row])).join(', ')}`
    : '';
  // "@peak_year" over a table of dated rows: the year of the date where the measure peaks.
  const years = byYear ? winners.map((row) => isoYear(labels[row] ?? null)) : [];
  if (byYear && years.some((year) => year === undefined)) return undefined;
  const distinct = byYear
    ? [...new Set(years.map(String))]
    : [...new Set(winners.map((row) => String(labels[row])))];
  if (rewritten && distinct.length > 1)
    fail(
      'unsupported',
      `${winners.length} rows share the ${low ? 'lowest' : 'highest'} ${measure} (${best}), with ${label} ${distinct.join(', ')}.`,
      { hint: 'Say how to break the tie.' },
    );
  return {
    value: distinct.join(', '),
    note: `the ${byYear ? `year of the ${label}` : `${label} category`} where ${measure} is ${low ? 'lowest' : 'highest'} (${best})${left}`,
    columns: [label, measure],
    rows: winners,
    ...(distinct.length === 1 && !byYear ? { peak: { measure, best } } : {}),
  };
}

const LOW_END = /\b(lowest|smallest|(?<!at )least|minimum|min|fewest)\b/i;

/** "the top 3 hotels", "which two …": a list of the best rows or groups, not one. */
function listOfBest(question: string): boolean {
  return (
    /\b(?:top|bottom|first|last)\s+(?:\d+|two|three|four|five|ten)\b/i.test(question) ||
    WHICH_N.test(question)
  );
}

/** The measure a superlative over `label` ranks by: a flag for a rate, else the one the slot or question names. */
function superlativeMeasure(context: SlotContext, label: string): string | undefined {
  const measure = plainSuperlativeMeasure(context, label);
  // "a 10-day moving average of Price; when did it peak?": the rolling column made from the measure,
  // for a slot naming no number column of its own.
  const ownsNumber = context.ownColumns.some(
    (name) => name !== label && isNumericColumn(context.frame, name),
  );
  return (measure && !ownsNumber ? rollingOf(context.frame, measure) : undefined) ?? measure;
}

function plainSuperlativeMeasure(context: SlotContext, label: string): string | undefined {
  return (
    (/\b(rate|proportion|share|percentage)\b/i.test(context.question) ? flagColumn(context) : undefined) ??
    // 'Sum "Catch Weight" for each "Boat Skipper"': the column the text sums for each group.
    statedGroupMeasure(context.frame, context.text, label) ??
    namedSuperlativeMeasure(context, label) ??
    // "@max_index_date": the measure the slot names, before any other the question names.
    context.measures.find((name) => name !== label && context.ownColumns.includes(name)) ??
    // "Calculate mugs sold per visitor. Which town had the highest ratio?": the one feature made.
    soleMadeFeature(
      context.frame,
      context.measures.filter((name) => name !== label),
    ) ??
    context.measures.find(
      (name) =>
        name !== label &&
        (context.frame.table.columns.find((item) => item.name === name)?.type !== 'identifier' ||
          isMarkedNumberMeasure(context.frame, name, context.question)),
    )
  );
}

/**
 * "At which gate did riders pay the least on average? @cheapest_gate[gate] where "gate" is
 * written as in "Boarded"": a slot no column names, which the format says is written as in a text
 * column, takes that column's group ranked by the statistic the question asks ("least on
 * average"). Only a ranking of groups is read so; the one row where a measure peaks is not.
 */
function writtenAsGroupRanking(context: SlotContext): SlotResult | undefined {
  const label = writtenAsText(context);
  if (!label || !SUPERLATIVE.test(context.question) || listOfBest(context.question)) return undefined;
  const measure = superlativeMeasure(context, label);
  return measure ? groupRanking(context, label, measure, LOW_END.test(context.question)) : undefined;
}

/** The year of a date written year first ("2018-06-20"), else undefined. */
function isoYear(cell: Cell): number | undefined {
  const match = typeof cell === 'string' ? /^(\d{4})-\d{2}-\d{2}\b/.exec(cell.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * The one column of dates written year first, for a slot asking for a year ("@peak_year") in a
 * table with no column named for years.
 */
function yearDateColumn(context: SlotContext): string | undefined {
  if (!slotWords(context.slot).includes('year')) return undefined;
  const names = columnNames(context.frame);
  if (names.some((name) => wordsOf(name).some((word) => word === 'year' || word === 'years')))
    return undefined;
  const dated = names.filter((name) => {
    const cells = cellsOf(context.frame, name).filter((cell) => cell !== null);
    return cells.length > 0 && cells.every((cell) => isoYear(cell) !== undefined);
  });
  return dated.length === 1 ? dated[0] : undefined;
}

const PER_GROUP =
  /\b(?:for each|for every|in each|of each|per|grouped by|group by|broken down by|by each)\s+(?:the\s+|individual\s+)?([\w .'-]{2,40}?)(?=[,;?)]|\.(?:\s|$)|\s+(?:and|or|in|on|with|who|that|where|is|are|was|were|separately)\b|$)/gi;

/**
 * The column a question asks one value for each group of ("the mean Points for each Team"):
 * a category named in full, with repeated values. Not the rows' own noun ("per rider" over one
 * rider a row).
 */
export function perGroupColumn(frame: Frame, question: string): string | undefined {
  for (const match of question.matchAll(PER_GROUP)) {
    const column = findMentions(frame, match[1]!)
      .filter((mention) => mention.strength >= 1 && mention.position === 0)
      .map((mention) => mention.column)
      .find((name) => {
        const type = frame.table.columns.find((item) => item.name === name)?.type;
        // A month or weekday a step made of a date groups rows, as a category does.
        if (isNumericColumn(frame, name) && type !== 'category' && !isDatePart(frame, name)) return false;
        const present = cellsOf(frame, name).filter((cell) => cell !== null);
        const distinct = new Set(present.map(String)).size;
        return distinct >= 2 && distinct <= present.length * 0.7;
      });
    if (column) return column;
  }
  return undefined;
}

/**
 * "Which crop has the highest share in the year 2031?" over a wide table (a column per
 * crop): when the stated conditions leave one row and the slot asks for a name the table has no
 * column of, the answer is the numeric column whose cell in that row peaks (ties listed).
 */
export function peakColumn(context: SlotContext): SlotResult | undefined {
  if (!asksForName(context.slot) || context.rows.length !== 1) return undefined;
  const superlative = SUPERLATIVE.exec(context.question);
  if (!superlative) return undefined;
  const { frame } = context;
  const which = (WHICH_GROUP.exec(context.question) ?? GROUP_WITH.exec(context.question))?.[1];
  if (!which) return undefined;
  // "which region" over a Region column asks for a row's label, not a column.
  const labels = findMentions(frame, which).filter(
    (mention) => mention.strength >= 1 && !isNumericColumn(frame, mention.column),
  );
  if (labels.length > 0 || context.ownColumns.some((name) => !isNumericColumn(frame, name))) return undefined;
  const row = context.rows[0]!;
  const conditioned = new Set(frame.conditions.map((condition) => condition.column));
  const candidates = frame.table.columns
    .filter(
      (column) =>
        !conditioned.has(column.name) &&
        column.type !== 'identifier' &&
        column.type !== 'date' &&
        isNumericColumn(frame, column.name),
    )
    .map((column) => ({ name: column.name, value: cellsOf(frame, column.name)[row] }))
    .filter((item): item is { name: string; value: number } => typeof item.value === 'number');
  if (candidates.length < 3) return undefined;
  const low = /^(lowest|smallest|least|minimum|min|fewest)$/i.test(superlative[1]!);
  const best = (low ? Math.min : Math.max)(...candidates.map((item) => item.value));
  const winners = candidates.filter((item) => item.value === best).map((item) => item.name);
  return {
    value: winners.join(', '),
    note: `the column with the ${low ? 'lowest' : 'highest'} value (${best}) among ${candidates.length} ${which} columns in the one row kept`,
    columns: winners,
    rows: [row],
  };
}
