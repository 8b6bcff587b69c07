/**
 * @module slot-rules-series
 * Slot rules along the rows' order: the value at the last row, and the month where a
 * monthly aggregate peaks (or its value there).
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, columnNames, type Frame, totalsRows } from './analysis-frame.ts';
import { monthlyAnswer, monthQuestion } from './group-answers.ts';
import { monthOf } from './monthly-aggregate.ts';
import { has, needMeasure, numberResult, type SlotContext, type SlotRule } from './slot-context.ts';
import { MONTH_NAME_ASKED, monthPartYears } from './transform-frame.ts';

/**
 * "Take its month number (1 to 12)", "the month of the year": a month column a step made groups
 * the rows by month of the year across years, as a category column does, not by calendar month.
 */
/** "as its number (1 to 12)", "the month number": a month written as a number of the year. */
const MONTH_NUMBER_ASKED =
  /\bmonth number\b|\b1\s*(?:to|-|–)\s*12\b|\bmonth\b[^.;\n]{0,40}\bas (?:its|a) number\b/i;

/** The rows in play whose date falls in the month (YYYY-MM). */
function monthRows(context: SlotContext, date: string, month: string): number[] {
  const dates = cellsOf(context.frame, date);
  return context.rows.filter((row) => monthOf(dates[row] ?? null) === month);
}

export function monthOfYearAsked(frame: Frame, text: string): boolean {
  return (
    monthPartYears(frame, frame.rows) !== undefined &&
    (/\bmonth (?:number|of the year)\b|\b1\s*(?:to|-|–)\s*12\b|\bdt\.month\b/i.test(text) ||
      // "report the month (its full English name)": a name, never a calendar month of one year.
      MONTH_NAME_ASKED.test(text))
  );
}

/**
 * "@best_month_average_close[avg]": a slot naming the month and a statistic, whose placeholder is
 * no month, asks for the figure at the peak month, not the month.
 */
function monthFigureSlot(words: readonly string[], placeholder: string): boolean {
  return (
    has(words, 'month') &&
    has(words, 'average', 'mean', 'avg', 'total', 'sum', 'median') &&
    !/\b(?:month|date|period|when)\b/i.test(placeholder)
  );
}

/** The note of a step that put the rows in date order ("… over a rolling window of 5 rows in Date order"). */
const DATE_ORDER_STEP = /\brows in \S.* order\b/;

/** Last-row and monthly rules, most specific first. */
export const SERIES_RULES: readonly SlotRule[] = [
  {
    name: 'value at the last row',
    applies: (words, context) =>
      has(words, 'last', 'latest', 'final') &&
      context.measures.length > 0 &&
      // "Final" in a column's name ("Final Score") is no last row.
      !columnNames(context.frame).some((name) => /\b(?:last|latest|final)\b/i.test(name)) &&
      // "sort the groups by X; which is last": the last of an order no step made, not the table's last row;
      // a step that put the rows in date order ("sort by date, then a 5-day moving average") made it.
      (!/\b(?:rank|sort)(?:ed|ing|s)?\b|\border(?:ed|ing)?\s+(?:the\s+\w+\s+)?by\b/i.test(context.question) ||
        context.frame.steps.some((step) => DATE_ORDER_STEP.test(step))) &&
      /\b(?:last|latest|final|most recent)\b/i.test(context.question),
    compute: (context) => {
      const name = needMeasure(context);
      const totals = totalsRows(context.frame);
      const row = context.rows.filter((item) => !totals.has(item)).at(-1);
      const value = row === undefined ? undefined : cellsOf(context.frame, name)[row];
      if (typeof value !== 'number')
        fail('unsupported', `The last row in play has no number in ${name} for @${context.slot.name}.`, {
          hint: 'Ask for a statistic over the column instead.',
        });
      return numberResult(
        context,
        value,
        `${name} at the last row in play (row ${context.frame.table.rowNumbers[row!] ?? row! + 1})`,
        [name],
        [row!],
      );
    },
  },
  {
    name: 'month where an aggregate peaks',
    applies: (words, context) =>
      has(words, 'month') &&
      !monthFigureSlot(words, context.slot.placeholder) &&
      monthQuestion(context) &&
      !monthOfYearAsked(context.frame, context.text),
    compute: (context) => {
      const { peak, fn, measure, date, low, asked } = monthlyAnswer(context);
      // The text made a month-of-year column ("extract the month"): over one year its months are
      // the calendar months, written as numbers; over several they group differently, so no answer.
      const years = monthPartYears(context.frame, context.rows);
      if (years !== undefined && years !== 1)
        fail(
          'unsupported',
          `@${context.slot.name}: the months of ${date} span ${years} years, and a month of the year groups them apart from calendar months.`,
          {
            hint: 'Ask for one year at a time, or for the calendar month ("which month of 2023").',
          },
        );
      // "the month, as its number (1 to 12)": over rows of one year a calendar month is that number;
      // over several years the calendar months are not months of the year.
      const numberAsked = MONTH_NUMBER_ASKED.test(context.text);
      if (numberAsked && years === undefined) {
        const dates = cellsOf(context.frame, date);
        const spanned = new Set(
          context.rows
            .map((row) => monthOf(dates[row] ?? null)?.slice(0, 4))
            .filter((year) => year !== undefined),
        );
        if (spanned.size !== 1)
          fail(
            'unsupported',
            `@${context.slot.name} asks for a month's number (1 to 12), but the dates of ${date} in play span ${spanned.size} years, so a calendar month is no month of the year.`,
            { hint: 'Keep the rows of one year ("which month of 2023").' },
          );
      }
      return {
        value: peak.months
          .map((month) => (years === 1 || numberAsked ? String(Number(month.slice(5))) : month))
          .join(', '),
        note: `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${asked} ${Number(peak.value.toPrecision(6))} in ${peak.months.join(', ')}`,
        columns: [date, measure],
        rows: context.rows,
        ...(peak.months.length === 1 ? { picked: monthRows(context, date, peak.months[0]!) } : {}),
      };
    },
  },
  {
    name: 'value at the monthly peak',
    applies: (words, context) =>
      (!has(words, 'month', 'date', 'day', 'year') || monthFigureSlot(words, context.slot.placeholder)) &&
      /\b(?:which|what|the|calendar) month\b/i.test(context.question) &&
      monthQuestion(context) &&
      !monthOfYearAsked(context.frame, context.text),
    compute: (context) => {
      const { peak, fn, measure, date, low } = monthlyAnswer(context);
      return numberResult(
        context,
        peak.value,
        `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${low ? 'lowest' : 'highest'} in ${peak.months.join(', ')}`,
        [date, measure],
        context.rows,
      );
    },
  },
];
