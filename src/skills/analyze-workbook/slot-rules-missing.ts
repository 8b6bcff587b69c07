/**
 * @module slot-rules-missing
 * Slot rules over missing cells: their count or share, and the column with the most.
 */
import { cellsOf, columnNames, findMentions, rowsWithout, wordsOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { asksAfterFill, cellsBeforeFill } from './cells-before-fill.ts';
import { asksPercent, has, type SlotContext, type SlotRule, slotWords } from './slot-context.ts';
import { SHARE_WORDS } from './slot-rules-shared.ts';
import { missingCell, statedValues } from './stated-values.ts';
import { rowsForMissingCount } from './transform-frame.ts';

/**
 * The columns whose missing cells a slot naming none counts: those the question names in full
 * ("the Length (mi) column"), leaving out the group's and the conditions' columns; every column
 * when it names none ("missing values in the dataset").
 */
function missingCountColumns(context: SlotContext): string[] {
  const named = findMentions(context.frame, context.question)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)
    .filter(
      (name) =>
        name !== context.group?.column &&
        !context.frame.conditions.some((condition) => condition.column === name),
    );
  return named.length > 0 ? [...new Set(named)] : columnNames(context.frame);
}

/** "rows that have at least one missing value", "rows with any missing values": rows, not cells. */
const ROWS_WITH_ANY_MISSING =
  /\brows?\s+(?:that\s+|which\s+)?(?:have|has|with|contain(?:s|ing)?|having)\s+(?:at least one|any|one or more|a)\s+(?:missing|null|NaN|empty)\s+(?:values?|cells?|entries|entry|data)\b/i;

/** "a non-missing SCORE", "values that are not null": the cells present, not the missing ones. */
const PRESENT_CELLS =
  /\bnon[- ]?(?:missing|null|nan|empty|blank)\b|\b(?:not|aren't|isn't)\s+(?:missing|null|nan|empty|blank)\b/i;

/** Words of a missing cell. */
const MISSING_WORDS = new Set(['missing', 'null', 'nan', 'na', 'empty', 'blank']);

/** The one column a slot names in part ("@missing_aapl") and the question or constraints name in full ("AAPL.O"). */
function slotPartColumn(context: SlotContext): string | undefined {
  const full = new Set(
    findMentions(context.frame, context.text)
      .filter((mention) => mention.strength >= 1)
      .map((mention) => mention.column),
  );
  const own = slotWords(context.slot).filter((word) => !MISSING_WORDS.has(word));
  const named = [...full].filter((name) =>
    wordsOf(name).some((word) => own.includes(word) || own.includes(word.replace(/s$/, ''))),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "@missing_ducks[n]": a slot whose own name says missing, names the column, and whose placeholder
 * is a count counts that column's missing cells.
 */
function namesMissingCount(context: SlotContext): boolean {
  return (
    (context.ownColumns.length > 0 || slotPartColumn(context) !== undefined) &&
    /^(?:n|count|number|int|integer)$/i.test(context.slot.placeholder.trim()) &&
    has(slotWords(context.slot), 'missing', 'null', 'nan')
  );
}

/**
 * "how many have a lane grade of 1, and how many are missing one? @lane_one_members @missing_lane":
 * the missing words are another slot's when that slot's name says missing and this one's does not.
 */
function missingOfAnotherSlot(context: SlotContext): boolean {
  if (has(slotWords(context.slot), ...MISSING_WORDS)) return false;
  return [...context.text.matchAll(/@(\w+)\[/g)].some(
    (match) =>
      match[1]!.toLowerCase() !== context.slot.name.toLowerCase() &&
      match[1]!
        .toLowerCase()
        .split('_')
        .some((word) => MISSING_WORDS.has(word)),
  );
}

/** Rules over missing cells, most specific first. */
export const MISSING_RULES: readonly SlotRule[] = [
  {
    // "How many rows have at least one missing value? @rows_with_missing": rows with a missing cell
    // in any column (or in the columns the question names).
    name: 'rows with a missing value',
    applies: (words, context) =>
      has(words, 'missing', 'null', 'nan', 'na') &&
      has(words, 'row', 'rows', 'record', 'records') &&
      ROWS_WITH_ANY_MISSING.test(context.question),
    compute: (context) => {
      const names = missingCountColumns(context);
      const columns = names.map((name) => cellsOf(context.frame, name));
      const rows = context.rows.filter((row) => columns.some((cells) => cells[row] === null));
      const share = has(slotWords(context.slot), ...SHARE_WORDS);
      const whole = names.length === columnNames(context.frame).length ? 'any column' : names.join(' or ');
      const value = share
        ? (rows.length / context.rows.length) * (asksPercent(context) ? 100 : 1)
        : rows.length;
      return {
        value: share ? writeNumber(value, context.slot.decimals ?? 2) : String(value),
        note: `${share ? 'share' : 'count'} of rows with a missing (null) value in ${whole}`,
        columns: names,
        rows: context.rows,
      };
    },
  },
  {
    name: 'missing count',
    applies: (words, context) =>
      has(words, 'missing', 'null', 'nan', 'na') &&
      (has(words, 'count', 'number', 'num', 'how', 'total', ...SHARE_WORDS) || namesMissingCount(context)) &&
      !missingOfAnotherSlot(context),
    compute: (context) => {
      const part = namesMissingCount(context) ? slotPartColumn(context) : undefined;
      const names = context.ownColumns.length
        ? context.ownColumns.slice(0, 1)
        : part
          ? [part]
          : missingCountColumns(context);
      const values = statedValues(context.text);
      // Rows a step kept for their missing cell ("formats that have no Library") are counted
      // among all the rows the other conditions leave, not among themselves alone; so are rows kept
      // for a value of the column ("a floor level of 1 … how many rooms are missing one"), among which
      // none is missing by construction. Rows kept for having any value of the column ("with a known
      // floor level … how many rooms are missing one") are counted among the rows in play before that
      // step, as far as the other conditions keep them.
      const inPlay = (name: string) => {
        if (context.group?.column === name) return context.rows;
        const known = context.frame.knownFrom?.get(name);
        const without = rowsWithout(context.frame, name);
        if (!known) return without ?? context.rows;
        const others = context.frame.conditions.filter((condition) => condition.column !== name);
        const before = known.filter((row) => others.every((condition) => condition.test(row)));
        const rows = new Set([...(without ?? []), ...before]);
        return [...rows].sort((a, b) => a - b);
      };
      const base = (name: string) => rowsForMissingCount(context.frame, name, inPlay(name));
      // "Count the missing values, then fill them with 0": the cells missing before the fill.
      const afterFill = asksAfterFill(slotWords(context.slot), context.question);
      const isMissing = (name: string, row: number) => {
        const before = afterFill || values.size > 0 ? undefined : cellsBeforeFill(context.frame, name);
        return before ? before[row] === null : missingCell(context.frame, name, row, values);
      };
      const missing = names.reduce(
        (total, name) => total + base(name).filter((row) => isMissing(name, row)).length,
        0,
      );
      const cellCount = names.reduce((total, name) => total + base(name).length, 0);
      const words = slotWords(context.slot);
      const share = has(words, ...SHARE_WORDS);
      const percent = asksPercent(context);
      // "What percentage of rows have a non-missing SCORE?" counts the cells present, unless the
      // slot itself names the missing ones.
      const present = PRESENT_CELLS.test(context.question) && !has(words, 'missing', 'null', 'nan', 'na');
      const counted = present ? cellCount - missing : missing;
      const value = share ? (counted / cellCount) * (percent ? 100 : 1) : counted;
      return {
        value: share ? writeNumber(value, context.slot.decimals) : String(counted),
        note: `${share ? 'share' : 'count'} of ${present ? 'non-missing' : 'missing'} cells in ${names.length === 1 ? names[0] : 'all columns'}`,
        columns: names,
        rows: context.rows,
      };
    },
  },
  {
    name: 'most missing',
    applies: (words, context) =>
      has(words, 'missing', 'null', 'nan') &&
      (has(words, 'max', 'most', 'highest', 'column', 'which') ||
        /\b(most|highest|largest|greatest|maximum)\b/i.test(context.question)),
    compute: (context) => {
      const counts = columnNames(context.frame).map((name) => ({
        name,
        missing: context.rows.filter((row) => cellsOf(context.frame, name)[row] === null).length,
      }));
      const top = Math.max(...counts.map((item) => item.missing));
      const names = counts.filter((item) => item.missing === top && top > 0).map((item) => item.name);
      // "Which column has the most missing values, and how many are missing in it? @missing_values[n]":
      // a slot that names no column and counts asks for the number in that column.
      const words = slotWords(context.slot);
      const asksCount =
        !has(words, 'column', 'columns', 'which', 'name', 'field', 'variable', 'feature') &&
        (has(words, 'count', 'number', 'num', 'values', 'cells') ||
          /^(?:n|count|number|num|k)$/i.test(context.slot.placeholder.trim()));
      if (asksCount && names.length > 0)
        return {
          value: String(top),
          note: `count of missing cells in ${names.join(', ')}, the column${names.length > 1 ? 's' : ''} with the most`,
          columns: names,
          rows: context.rows,
        };
      return {
        value: names.join(', ') || 'None',
        note: `columns by missing cells (most: ${top})`,
        columns: names,
        rows: [],
      };
    },
  },
];
