/**
 * @module slot-measures
 * The measures of one slot, in order of preference: the columns the slot and the text point at,
 * narrowed to those that hold figures and then reordered by an ordered table of small rules (a
 * statistic's object first, the column a group fixes dropped, conditioned columns last, …). The
 * first measure is the one a statistic is taken of.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, type Frame, isNumberingColumn, isNumericColumn, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { withQuotedDurationFirst } from './duration-measure.ts';
import { isMarkedNumberMeasure, numbersOverRows } from './marked-number-measures.ts';
import { isStatisticWord, readSlotName } from './slot-words.ts';
import { binsOf, datePartSource, isDatePart } from './transform-frame.ts';

/** What the measure rules read besides the measures so far. */
export type MeasureContext = {
  readonly frame: Frame;
  readonly slot: Slot;
  /** The question, constraints and format together. */
  readonly text: string;
  readonly question: string;
  /** The columns the slot's own name (or its gloss, or the feature it names) points at. */
  readonly own: readonly string[];
  /** Whether the format holds this slot alone. */
  readonly oneSlot: boolean;
  /** Columns of figures written with units that the question names in full or the text reads as numbers. */
  readonly namedInFull: ReadonlySet<string>;
  /** Columns the constraints take a statistic of by their quoted name. */
  readonly quoted: ReadonlySet<string>;
  /** Columns the question's steps made. */
  readonly made: readonly string[];
  /** The column the question (or, for a slot naming none, the constraints) takes a statistic of. */
  readonly statisticOf: string | undefined;
  /** The column the slot's group fixes. */
  readonly groupColumn: string | undefined;
  /** The measures one sentence of the constraints names, under that sentence. */
  readonly sentenceColumns: readonly string[];
};

type MeasureRule = {
  readonly name: string;
  readonly apply: (measures: string[], context: MeasureContext) => string[];
};

/**
 * The columns that hold figures. An identifier is a measure only when the slot names it, the
 * question writes its whole name, its misses are marked ("—") or the constraints quote it.
 */
function figureColumns(columns: string[], context: MeasureContext): string[] {
  const { frame, own } = context;
  return columns.filter((name) => {
    const column = frame.table.columns.find((item) => item.name === name);
    return (
      !column?.groupLabels &&
      (isNumericColumn(frame, name) || (own.includes(name) && numbersOverRows(frame, name))) &&
      (column?.type !== 'identifier' ||
        own.includes(name) ||
        context.namedInFull.has(name) ||
        // "the mean chart position" over a column whose misses are written "—".
        isMarkedNumberMeasure(frame, name, context.question) ||
        // 'Take the mean of "item_id"': the constraints take a statistic of it by name.
        context.quoted.has(name))
    );
  });
}

/** Whether a condition is on the column and leaves it one value over the rows in play. */
function fixedByCondition(frame: Frame, name: string): boolean {
  if (!frame.conditions.some((condition) => condition.column === name)) return false;
  const cells = cellsOf(frame, name);
  return new Set(frame.rows.map((row) => cells[row]).filter((cell) => cell !== null)).size === 1;
}

/**
 * The measures among numeric columns: a month or weekday a step made labels rows, unless nothing
 * else is measured. A date part whose date a condition read ("games after 2000") picked the rows
 * and is no measure of them unless the slot names it.
 */
function measured(numeric: string[], context: MeasureContext): string[] {
  const { frame, own, question } = context;
  const measured = numeric.filter((name) => !isDatePart(frame, name));
  // "In which year did sales peak, and what was it? @peak_sales": a column numbering the rows
  // (each whole number once, no gap) that the question asks for ("which Year") labels the row
  // and is no measure beside another, unless the slot names it.
  const label = (name: string) =>
    !own.includes(name) &&
    isNumberingColumn(frame, name) &&
    new RegExp(`\\b(?:which|what)\\s+${escapeRegExp(name)}\\b`, 'i').test(question);
  const amounts = measured.filter((name) => !label(name));
  // "Keep the rows whose Active is True and take the mean of Age" with "@active_mean_age": of two
  // columns the slot names, one the conditions leave at one value is the rows' condition, not a measure.
  const varying = amounts.filter((name) => !(own.includes(name) && fixedByCondition(frame, name)));
  if (varying.length < amounts.length && varying.some((name) => own.includes(name))) return varying;
  // "the mean points of the members who were never a finalist": a column the conditions leave at one
  // value, which the slot does not name, is no measure beside one that varies. With several slots a
  // condition may be another slot's own ("how many sit exactly at 0"), so only for the one slot.
  const unfixed = amounts.filter((name) => own.includes(name) || !fixedByCondition(frame, name));
  if (context.oneSlot && unfixed.length > 0 && unfixed.length < amounts.length) return unfixed;
  if (amounts.length > 0) return amounts;
  if (measured.length > 0) return measured;
  const filtered = (name: string) =>
    frame.conditions.some((condition) => [name, datePartSource(frame, name)].includes(condition.column));
  return numeric.filter((name) => own.includes(name) || !filtered(name));
}

/**
 * Measures with the column the question takes a statistic of by name first ("the mean number of
 * Visits of the stores …"), when the slot's own words name no such column of the question
 * ("@big_store_mean" names Store only as the rows counted).
 */
function statisticFirst(measures: string[], context: MeasureContext): string[] {
  const { statisticOf, own } = context;
  if (statisticOf === undefined || own.includes(statisticOf) || !measures.includes(statisticOf))
    return measures;
  // "@mean_price" beside 'the mean of "Price" over its rows': a column the slot names and the
  // constraints take a statistic of by its quoted name (or a step made) stays the slot's measure.
  const kept = new Set([...context.quoted, ...context.made]);
  if (own.some((name) => name !== statisticOf && kept.has(name) && measures.includes(name))) return measures;
  return [statisticOf, ...measures.filter((name) => name !== statisticOf)];
}

/**
 * "@mean_day_rate" beside 'take the mean of "Day Rate 2020"', where the question's "in 2020" named a
 * "Rate 2020" column too: of the measures, the one the constraints take a statistic of by its quoted
 * name and the slot's name shares a word with comes first, when the slot names no column and it is
 * the only such measure. Only with several slots.
 */
function statedSlotMeasureFirst(measures: string[], context: MeasureContext): string[] {
  if (context.oneSlot || context.own.length > 0) return measures;
  const words = new Set(readSlotName(context.slot.name).filter((word) => !isStatisticWord(word)));
  const stated = measures.filter(
    (name) => context.quoted.has(name) && wordsOf(name).some((word) => words.has(word)),
  );
  if (stated.length !== 1 || measures[0] === stated[0]) return measures;
  return [stated[0]!, ...measures.filter((name) => name !== stated[0])];
}

/** Measures less the column a slot's group fixes, unless it is the only one. */
function withoutGroupColumn(measures: string[], context: MeasureContext): string[] {
  const column = context.groupColumn;
  // "@avg_pay_low" for the 'low' bin of a rate: the column binned is no measure either,
  // unless the slot names it ("@mean_age_child").
  const binned = column === undefined ? undefined : binsOf(context.frame, column)?.source;
  const others = measures.filter(
    (name) => name !== column && (name !== binned || context.own.includes(name)),
  );
  return others.length > 0 ? others : measures;
}

/**
 * "@mid_level_yield" of "the mean Yield on the days Level was between 30 and 40": of two or more
 * measures the slot names, those a stated condition kept rows by come after the others.
 */
function conditionedLast(measures: string[], context: MeasureContext): string[] {
  const conditioned = new Set(context.frame.conditions.map((condition) => condition.column));
  const named = measures.filter((name) => context.own.includes(name));
  const kept = named.filter((name) => conditioned.has(name));
  if (named.length < 2 || kept.length === 0 || kept.length === named.length) return measures;
  return [...measures.filter((name) => !kept.includes(name)), ...kept];
}

/** Measures with those one sentence of the constraints names first: under that sentence, its own figure's columns. */
function sentenceFirst(measures: string[], context: MeasureContext): string[] {
  const named = context.sentenceColumns;
  const first = measures.filter((name) => named.includes(name));
  return first.length > 0 ? [...first, ...measures.filter((name) => !named.includes(name))] : measures;
}

/** "@mean_seconds_left[seconds]" beside a quoted minutes:seconds column: that column, not one the words mention. */
function quotedDurationFirst(measures: string[], context: MeasureContext): string[] {
  return withQuotedDurationFirst(context.frame, measures, context.slot, context.text);
}

/** The rules, in the order they apply: each takes the measures so far and gives the next. */
const MEASURE_RULES: readonly MeasureRule[] = [
  { name: 'columns of figures', apply: figureColumns },
  { name: 'measured columns', apply: measured },
  { name: "the statistic's object first", apply: statisticFirst },
  { name: "the stated slot's measure first", apply: statedSlotMeasureFirst },
  { name: 'without the group column', apply: withoutGroupColumn },
  { name: 'conditioned columns last', apply: conditionedLast },
  { name: "the sentence's columns first", apply: sentenceFirst },
  { name: 'a quoted duration first', apply: quotedDurationFirst },
];

/** The slot's measures out of the columns it points at, most likely first. */
export function slotMeasures(columns: readonly string[], context: MeasureContext): string[] {
  return MEASURE_RULES.reduce((measures, rule) => rule.apply(measures, context), [...columns]);
}
