/**
 * @module slot-rules-shares
 * Slot rules for shares of rows: the rate of a 0/1 flag and the share meeting a condition.
 */
import { fail } from '../../lib/errors.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  cellsOf,
  columnNames,
  findMentions,
  isFlagColumn,
  isNumberingColumn,
  isNumericColumn,
  numbersOf,
  rowsWithout,
  wordsOf,
} from './analysis-frame.ts';
import { baseByValue } from './share-base-value.ts';
import {
  asksPercent,
  flagColumn,
  has,
  isFlag,
  numberResult,
  quotedSummedColumn,
  type SlotContext,
  type SlotResult,
  type SlotRule,
} from './slot-context.ts';
import { statedShareBase } from './stated-share-base.ts';
import { mean } from './stats.ts';

/** "have a recorded RATING", "with a Cabin value available": the rows whose cell is present. */
const PRESENT_ASKED =
  /\b(?:recorded|non-?missing|not missing|non-?null|not null|non-?empty|not empty|available|filled in|present)\b/i;

/**
 * The one column the question names in full that some rows in play leave empty, when the
 * question asks for rows that have it ("What share of the visits have a recorded RATING?").
 */
function presentColumn(context: SlotContext): string | undefined {
  if (context.frame.conditions.length > 0) return undefined;
  if (!PRESENT_ASKED.test(context.question)) return statedPresentColumn(context);
  const named = [
    ...new Set(
      findMentions(context.frame, context.question)
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column),
    ),
  ].filter((name) => {
    const cells = cellsOf(context.frame, name);
    return context.rows.some((row) => cells[row] === null);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** 'a row has a mark when its "Mark" cell is not empty': a quoted column the text says is filled in. */
const STATED_PRESENT =
  /"([^"]+)"(?:\s+(?:cell|cells|value|values|column|entry|entries))?\s+(?:is|are)\s+(?:not empty|not missing|non-?empty|non-?missing|not null|filled in|recorded|present)\b/gi;

/**
 * The one column with empty cells among the rows in play whose filled cells the text defines the
 * counted rows by ('An event has a score when its "Score" cell is not empty'), when the question
 * itself says no "recorded" or "non-missing".
 */
function statedPresentColumn(context: SlotContext): string | undefined {
  const byText = new Map(columnNames(context.frame).map((name) => [name.trim().toLowerCase(), name]));
  const named = new Set(
    [...context.text.matchAll(STATED_PRESENT)]
      .map((match) => byText.get(match[1]!.trim().toLowerCase()))
      .filter((name): name is string => {
        if (name === undefined) return false;
        const cells = cellsOf(context.frame, name);
        return context.rows.some((row) => cells[row] === null);
      }),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * "the percentage of all Points", "the share of the total Revenue": a share word whose "of"
 * phrase starts with the name of a numeric column asks for a part of that column's sum, not
 * for a share of rows. The words right after "of" (and "all", "the", "total") must be the
 * column's full name, followed by no word that makes them rows ("the Points values above 10"), and
 * the column holds amounts (not a numbering column like Round, whose name also names the rows).
 */
const SHARE_OF_TOTAL =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:(?:all|the|total|overall|combined)\s+)*(.+)$/i;
const ROWS_AFTER = new Set(wordsOf('value values cell cells entry entries row rows record records'));

/** A share the text defines as a part divided by the sum of a quoted column. */
const DIVIDED_BY_SUM = /\bdivid\w*\b[^.;]*?\bby\s+the\s+(?:sum|total)\s+of\s+"[^"]+"/i;

/**
 * The numeric column whose total a share is of: the one the share's "of" phrase starts with, or
 * the one the text divides by the sum of ('… and divide it by the sum of "Count" over all rows').
 */
function totalColumn(context: SlotContext): string | undefined {
  return (
    namedTotalColumn(context) ??
    (DIVIDED_BY_SUM.test(context.text) ? quotedSummedColumn(context.frame, context.text) : undefined)
  );
}

/** The numeric column whose total a share is of, when the share's "of" phrase starts with its name. */
function namedTotalColumn(context: SlotContext): string | undefined {
  const rest = SHARE_OF_TOTAL.exec(context.question)?.[1];
  if (!rest) return undefined;
  const words = wordsOf(rest);
  const named = findMentions(context.frame, rest).filter(
    (mention) =>
      mention.position === 0 &&
      isNumericColumn(context.frame, mention.column) &&
      // A numbering column ("Round") names the rows ("the rounds"), not an amount to total.
      context.frame.table.columns.find((column) => column.name === mention.column)?.type === 'number' &&
      // "what share of all days" over a Day column counting 1, 2, 3 …: the days themselves.
      !isNumberingColumn(context.frame, mention.column) &&
      !isFlag(context.frame, mention.column) &&
      wordsOf(mention.column).every((word, k) => words[k] === word),
  );
  if (named.length !== 1) return undefined;
  const after = words[wordsOf(named[0]!.column).length];
  return after !== undefined && ROWS_AFTER.has(after) ? undefined : named[0]!.column;
}

/**
 * 'Sum "Count" over the rows whose Type is "felony", divide by the sum of "Count" over all rows': the
 * text states the share as a ratio of two sums of one quoted column, the part over the rows the
 * conditions keep and the whole over every row.
 */
const STATED_SUM_SHARE =
  /\bsum\s+(?:of\s+)?["“]([^"”]{1,60})["”]\s+(?:over|for|across|in)\s+(?:the\s+)?[a-z]+\s+(?:whose|where|that|which|with)\b[^.;]{1,120}?\bdivid\w*\s+(?:it\s+|that\s+|this\s+)?by\s+the\s+(?:sum|total)\s+of\s+["“]([^"”]{1,60})["”]\s+(?:over|for|across|in)\s+(?:all|every)\b/i;

/** The numeric column a stated ratio of two sums is of; undefined when the text states none. */
function statedSumColumn(context: SlotContext): string | undefined {
  const found = STATED_SUM_SHARE.exec(context.text);
  if (!found) return undefined;
  const asked = found[1]!.trim().toLowerCase();
  if (asked !== found[2]!.trim().toLowerCase()) return undefined;
  const name = columnNames(context.frame).find((column) => column.trim().toLowerCase() === asked);
  return name !== undefined && isNumericColumn(context.frame, name) && !isFlag(context.frame, name)
    ? name
    : undefined;
}

/** Share rules, most specific first. */
export const SHARE_RULES: readonly SlotRule[] = [
  {
    name: "share of a column's total",
    applies: (words, context) =>
      has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
      context.frame.conditions.length > 0 &&
      (totalColumn(context) ?? statedSumColumn(context)) !== undefined,
    compute: (context) => {
      const name = (totalColumn(context) ?? statedSumColumn(context))!;
      const counted = [...new Set(context.frame.conditions.map((condition) => condition.column))];
      // Several conditions: which ones make the part and which the whole is a guess.
      if (counted.length !== 1 || context.group)
        fail(
          'unsupported',
          `@${context.slot.name} is a part of the total ${name}, but the question does not say which of the conditions on ${counted.join(' and ')} make the part and which the whole.`,
          {
            hint: 'State one condition for the part ("the share of all Points scored by rows where Team is X").',
          },
        );
      const base = rowsWithout(context.frame, counted[0]!) ?? [];
      const part = numbersOf(context.frame, name, [...context.rows]);
      const whole = numbersOf(context.frame, name, base);
      const total = whole.values.reduce((sum, value) => sum + value, 0);
      if (whole.values.length === 0 || total === 0)
        fail('unsupported', `The total ${name} is 0, so @${context.slot.name} has no share to take.`, {
          hint: 'Check the conditions in the question.',
        });
      const percent = asksPercent(context);
      const sum = part.values.reduce((acc, value) => acc + value, 0);
      return numberResult(
        context,
        (sum / total) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of the total ${name} (${total} over ${whole.values.length} rows) in the rows meeting the condition on ${counted[0]}: sum ${sum} over ${part.values.length} rows`,
        [name, counted[0]!],
        part.rows,
      );
    },
  },
  {
    name: 'share of rows with a cell present',
    applies: (words, context) =>
      has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
      presentColumn(context) !== undefined,
    compute: (context) => {
      const name = presentColumn(context)!;
      const cells = cellsOf(context.frame, name);
      const present = context.rows.filter((row) => cells[row] !== null);
      const percent = asksPercent(context);
      return numberResult(
        context,
        (present.length / context.rows.length) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of ${context.rows.length} rows with a non-missing ${name}: ${present.length}`,
        [name],
        present,
      );
    },
  },
  {
    name: 'rate of a flag',
    applies: (words, context) =>
      has(words, 'rate', 'proportion', 'percentage', 'percent', 'fraction', 'share') &&
      flagColumn(context) !== undefined,
    compute: (context) => {
      const name = flagColumn(context)!;
      // "the percentage of the shoppers who visited were female": the flag makes the base
      // and the other condition is counted.
      const clause = BASE_CLAUSE.exec(context.question)?.[0];
      const other = context.frame.conditions.find((condition) => condition.column !== name)?.column;
      if (
        clause &&
        other &&
        context.frame.conditions.some((condition) => condition.column === name) &&
        wordsOf(clause).some(
          (word) => word.length >= 4 && wordsOf(name).some((part) => porterStem(part) === porterStem(word)),
        )
      )
        return shareOfRows(context, other);
      // "the percentage of the summiters who were on Red": the flag the share's noun names is the base.
      if (other && flagOfBaseNoun(context, other) === name) return shareOfRows(context, other);
      // "the share of men who visited" read Visited = 1 as a condition: the base is the
      // rows meeting every other condition.
      const base = rowsWithout(context.frame, name);
      const group = context.group;
      const groupCells = group ? cellsOf(context.frame, group.column) : [];
      const inPlay = base
        ? base.filter((row) => !group || groupCells[row] === group.value)
        : [...context.rows];
      const { rows, values } = numbersOf(context.frame, name, inPlay);
      const percent = asksPercent(context);
      return numberResult(
        context,
        mean(values) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of rows where ${name} is 1, over ${values.length} values${base ? ` meeting the other conditions` : ''}${context.groupNote ?? ''}`,
        [name],
        rows,
      );
    },
  },
  {
    name: 'share of rows meeting a condition',
    applies: (words, context) =>
      has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
      flagColumn(context) === undefined &&
      context.frame.conditions.length > 0,
    compute: (context) => shareOfRows(context),
  },
];

/**
 * The share of the rows left that meet the counted condition: the condition named last ("hotels
 * in Paris that have 5 stars"), or the one asked for; the others make the base.
 */
function shareOfRows(context: SlotContext, asked?: string): SlotResult {
  // 'Count the rows whose A is x and whose B is y, divide by the number of rows': both counted.
  const stated =
    asked === undefined && !context.group ? statedShareBase(context.frame, context.text) : undefined;
  if (stated && stated.counted.length > 1 && stated.base.length > 0) {
    const percent = asksPercent(context);
    return numberResult(
      context,
      (context.rows.length / stated.base.length) * (percent ? 100 : 1),
      `${percent ? 'percentage' : 'share'} of ${stated.base.length} rows meeting the conditions on ${stated.counted.join(' and ')}: ${context.rows.length}`,
      [...stated.counted],
      context.rows,
    );
  }
  // The condition named last is what is counted ("hotels in Paris that have 5 stars"); the
  // others make the base.
  const words = wordsOf(context.question);
  const spoken = (name: string) => {
    const target = wordsOf(name);
    let at = -1;
    for (let start = 0; start + target.length <= words.length; start++)
      if (target.every((word, k) => words[start + k] === word)) at = start;
    return at;
  };
  const columns = [...new Set(context.frame.conditions.map((condition) => condition.column))];
  const last = columns.reduce((best, name) => (spoken(name) >= spoken(best) ? name : best));
  // "what share of that year's nominations were won": the column named in the share's "of"
  // phrase is its base, so the other one is counted.
  const ofWord = SHARE_OF.exec(context.question)?.[1]?.toLowerCase();
  const inBase = ofWord !== undefined && wordsOf(last).some((word) => word === ofWord);
  // "what share of its away games": the column whose kept value the "of" phrase names is the base.
  const valueBase = asked === undefined ? baseByValue(context.frame, context.question, columns) : undefined;
  const counted =
    asked ??
    (valueBase !== undefined
      ? columns.find((name) => name !== valueBase)!
      : inBase && columns.length === 2
        ? columns.find((name) => name !== last)!
        : last);
  // Two conditions and neither column named last ("won in 2013, … share of that year's"): which
  // one is counted and which makes the base is a guess, so it is refused.
  if (
    asked === undefined &&
    !inBase &&
    valueBase === undefined &&
    columns.filter((name) => spoken(name) === spoken(counted)).length > 1
  )
    fail(
      'unsupported',
      `@${context.slot.name} could count the rows of ${columns.join(' or ')} out of the others; the question does not say which.`,
      { hint: 'Name the column counted last ("the share of the 2013 rows whose Result is Won").' },
    );
  // A slot named for the counted value ("manobo_share") keeps the whole base: its group is
  // what is counted, not a narrower base.
  const group = context.group?.column === counted ? undefined : context.group;
  const groupCells = group ? cellsOf(context.frame, group.column) : [];
  // "members with a known grade": rows whose counted column is unknown are no part of the base.
  const known = context.frame.steps.some((step) => step.startsWith(`rows whose ${counted} is known kept (`));
  const countedCells = cellsOf(context.frame, counted);
  const base = (rowsWithout(context.frame, counted) ?? []).filter(
    (row) => (!group || groupCells[row] === group.value) && (!known || countedCells[row] !== null),
  );
  if (base.length === 0)
    fail('unsupported', `No rows are left to take @${context.slot.name} of.`, {
      hint: 'Check the conditions in the question.',
    });
  // "the percentage of the skaters who finished that were …": a base narrowed by a clause no
  // condition carried out would be the whole table.
  const clause = BASE_CLAUSE.exec(context.question);
  if (clause && context.frame.conditions.every((condition) => condition.column === counted))
    fail(
      'unsupported',
      `The share's base "${clause[0]}" names rows no step picked out, so @${context.slot.name} would be taken over every row.`,
      { hint: 'State the base as a condition on a column ("rows where Time is not DQ").' },
    );
  const percent = asksPercent(context);
  // "What percentage of the summiters were on the Red rope?": the base is the rows a 0/1 column the "of"
  // phrase's noun names marks (Summited is 1), and the count is among them.
  const flag = flagOfBaseNoun(context, counted);
  if (flag) {
    const marks = cellsOf(context.frame, flag);
    const marked = (row: number) => marks[row] === 1;
    const flagBase = base.filter(marked);
    const flagRows = context.rows.filter(marked);
    if (flagBase.length === 0)
      fail('unsupported', `No rows are left to take @${context.slot.name} of.`, {
        hint: 'Check the conditions in the question.',
      });
    return numberResult(
      context,
      (flagRows.length / flagBase.length) * (percent ? 100 : 1),
      `${percent ? 'percentage' : 'share'} of ${flagBase.length} rows where ${flag} is 1 meeting the condition on ${counted}: ${flagRows.length}`,
      [counted, flag],
      flagRows,
    );
  }
  return numberResult(
    context,
    (context.rows.length / base.length) * (percent ? 100 : 1),
    `${percent ? 'percentage' : 'share'} of ${base.length} rows meeting the condition on ${counted}: ${context.rows.length}${group ? context.groupNote : ''}`,
    [counted],
    context.rows,
  );
}

/** "percentage of the summiters were", "share of all defaulters that are": the noun a share is of. */
const SHARE_OF_NOUN =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?([a-z]{4,})\s+(?:were|was|are|is|had|have|did|who|that)\b/i;

/**
 * The 0/1 column the noun of a share's "of" phrase names by its stem ("summiters" for Summited),
 * when no condition is on it yet; undefined otherwise.
 */
function flagOfBaseNoun(context: SlotContext, counted: string): string | undefined {
  const noun = SHARE_OF_NOUN.exec(context.question)?.[1];
  if (!noun) return undefined;
  const stem = porterStem(noun.toLowerCase());
  const named = columnNames(context.frame).filter((name) => {
    if (name === counted || !isFlagColumn(context.frame, name)) return false;
    if (context.frame.conditions.some((condition) => condition.column === name)) return false;
    const words = wordsOf(name);
    if (words.length !== 1) return false;
    const own = porterStem(words[0]!);
    return own.length >= 5 && (stem.startsWith(own) || own.startsWith(stem));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The word a share's "of" phrase qualifies its rows by: "year" in "the share of that year's nominations". */
const SHARE_OF =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:that|this|the|its|their)\s+([a-z]+)['’]s\b/i;

/**
 * A share's base narrowed by a relative clause before the counted part: "the percentage of the
 * skaters who finished were …", "the share of games that went long had …".
 */
const BASE_CLAUSE =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:the\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:who|that|which)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:were|was|are|is|had|have|did|does|do)\b/i;
