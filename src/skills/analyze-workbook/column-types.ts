/**
 * @module column-types
 * Infers a column's type from its cells: number, currency, percent, date, category,
 * identifier, free text or boolean, with the unit and number format that go with it.
 */
import { parseDate } from '../../formats/csv/type-cell.ts';
import type { Cell } from '../../formats/model.ts';
import type { Column, ColumnType, Value } from './data-table.ts';
import { durationReader, withoutResultMark } from './duration-numbers.ts';
import { readSpaceGrouped, spaceGroupedColumn } from './space-grouped.ts';

const ID_HEADER = /(^|\b)(id|code|zip|postcode|phone|sku|no\.?|number|#|ref|key|isbn)(\b|$)/i;
const YEAR_HEADER = /\b(year|yr|season|fy)\b/i;
/** Names of integer columns that identify rows: CustomerId, store_id, ORDER_ID, serial. */
const ID_NAME = /(^|[^a-z])(id|ids|serial|index)$|[a-z]Id$|[a-z]ID$|^(id|serial)\b|(^|_)id_/i;
/** Names of integer columns that code a category or an ordinal scale: class, grade, level, rating, priority, flag… */
const CODE_HEADER =
  /(class|grade|level|rating|tier|division|type|category|group|code|status|flag|gender|sex|region|zone|segment|cluster|label|outcome|target|priority|importance|severity|urgency|period|quarter|qtr|month|weekday)$/i;

/** Names that say a column holds codes however many there are: PARCELSIZETYPE, zip_code, Grp. */
const CODE_NAME = /(type|code|category|categories|group|grp|cluster|class|status|flag|label|segment)$/i;
/**
 * Names of integer columns that place rows in an order rather than measure them: a rank, a
 * finishing or starting position, a week, round or game number, a row number. "No. of titles"
 * and "Games" count things and are measures.
 */
const ORDER_NAME =
  /(^|[^a-z])(rank|ranking|pos|position|positions|place|placing|grid|seed|seeding|standing|week|round|rd|game|heat|lane|episode|ep|no|nr|#|order)([^a-z]|$)/i;

/**
 * Names of columns that score rows in points ("Points", "Pts", "Punkte", "Score"): small
 * integers under such a name are a measure to add up, never a coded category.
 */
const POINTS_NAME = /(^|[^a-z])(points?|pts|punkte|punktzahl|score|scores)([^a-z]|$)/i;

/** An integer column that codes a category rather than measuring: 0/1 flags and a few coded levels. */
function integerCode(name: string, integers: readonly number[]): boolean {
  if (POINTS_NAME.test(name)) return false;
  const distinct = new Set(integers);
  if (distinct.size <= 2 && [...distinct].every((value) => value === 0 || value === 1)) return true;
  const bare = name.replace(/[^a-z]+$/i, '');
  return CODE_NAME.test(bare) || (distinct.size <= 12 && CODE_HEADER.test(bare));
}

/** A name that places rows in an order ("Pos", "Rank", "Week"), not a count of them ("No. of titles"). */
const namedAsOrder = (name: string) => ORDER_NAME.test(name) && !/\b(of|per)\b/i.test(name);

/** An integer column that numbers or ranks its rows: named as an order, or 1..n (0..n-1) in some order. */
/**
 * Rows numbered 1, 2, 3… where the numbering restarts (line numbers within each group) or
 * stops part way, the rest left 0: ten or more numbers, each the one before plus one or a
 * restart at 1, in runs of three or more on average.
 */
function countsRows(integers: readonly number[]): boolean {
  const counted = integers.filter((value) => value !== 0);
  if (counted.length < 10 || counted[0] !== 1) return false;
  let restarts = 0;
  for (let i = 1; i < counted.length; i++) {
    if (counted[i] === 1) restarts++;
    else if (counted[i] !== counted[i - 1]! + 1) return false;
  }
  return restarts + 1 <= counted.length / 3;
}

function integerOrder(name: string, integers: readonly number[]): boolean {
  if (namedAsOrder(name) || countsRows(integers)) return true;
  // A few small counts can be 0..n-1 by chance ("goals: 2, 1, 3, 0, 4"); ten or more rarely are.
  if (integers.length < 10) return false;
  const distinct = new Set(integers);
  if (distinct.size !== integers.length) return false;
  const low = Math.min(...integers);
  if (low === 1 && Math.max(...integers) === integers.length) return true;
  // Event or line numbers counting up through the rows in small steps, a few skipped or swapped.
  const rises = integers.filter((value, index) => index > 0 && value > integers[index - 1]!).length;
  return (
    rises >= (integers.length - 1) * 0.9 &&
    low <= 10 &&
    Math.max(...integers) - low <= 2 * (integers.length - 1)
  );
}

/** Text that writes a duration or a clock time ("00:01:16", "1:05"): a measure no group is named by. */
const DURATION = /^[-+]?\d{1,3}:\d{2}(?::\d{2})?(?:\.\d+)?$/;
/** Text that writes a place in an order ("1.", "2nd", "T3", "=4"). */
const ORDINAL = /^\s*(?:t-?|=)?\d{1,4}(?:\.|st|nd|rd|th|t)?\s*$|^\s*[-–—]\s*$/i;

const LEADING_NUMBER = /^[^\d\-+.]{0,3}([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)/;

/** The number at the start of a text ("17 years" → 17, "$1,200 (est.)" → 1200), if any. */
export function leadingNumber(text: string): number | null {
  const match = LEADING_NUMBER.exec(text.trim());
  if (!match || !/\d/.test(match[1] ?? '')) return null;
  const value = Number(match[1]!.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

function currencyOf(format: string | undefined): string | undefined {
  if (!format) return undefined;
  const match = /"?([$€£¥])"?|\[\$([^\]-]+)/.exec(format);
  return match ? (match[1] ?? match[2]) : undefined;
}

function cellValue(cell: Cell | null): Value {
  if (!cell || cell.type === 'empty' || cell.type === 'error') return null;
  if (typeof cell.value === 'string' && cell.value.trim() === '') return null;
  return cell.value;
}

/** Builds a typed Column from its cells. */
export function typeColumn(name: string, sheetColumn: number, cells: readonly (Cell | null)[]): Column {
  const values = cells.map(cellValue);
  const present = cells.filter((cell, index) => cell !== null && values[index] !== null) as Cell[];
  const count = present.length;
  const numberCells = present.filter((cell) => cell.type === 'number');
  const dateCells = present.filter((cell) => cell.type === 'date');
  // "930 251": a column that groups its digits by spaces holds numbers, not text.
  const spaced = spaceGroupedColumn(
    cells.map((cell, index) => (values[index] === null ? '' : String(cell?.text ?? values[index]))),
  );
  // "4:24", "1:03.49": a column of durations measures seconds, not the minutes before the colon.
  const timed = durationReader(
    cells.map((cell, index) => (values[index] === null ? '' : String(cell?.text ?? values[index]))),
  );
  const numbers = cells.map((cell, index) => {
    const value = values[index];
    if (typeof value === 'number') return value;
    if (spaced && typeof value === 'string') return readSpaceGrouped(value) ?? null;
    const seconds = timed && typeof value === 'string' ? timed(value) : undefined;
    if (seconds !== undefined) return seconds;
    if (typeof value === 'string' && cell?.type !== 'date') return leadingNumber(value);
    return null;
  });
  const formats = numberCells
    .map((cell) => cell.numberFormat)
    .filter((format): format is string => Boolean(format));
  const format = formats[0];
  let type: ColumnType;
  let unit: string | undefined;
  let dates: (string | null)[] | undefined;
  const distinct = new Set(
    values.filter((value) => value !== null).map((value) => String(value).toLowerCase()),
  ).size;
  if (count === 0) {
    type = 'text';
  } else if (dateCells.length / count >= 0.8) {
    type = 'date';
    dates = values.map((value) =>
      typeof value === 'string' ? (parseDate(value) ?? (/^\d{4}-\d{2}/.test(value) ? value : null)) : null,
    );
  } else if (present.every((cell) => cell.type === 'boolean')) {
    type = 'boolean';
  } else if (spaced) {
    type = 'number';
  } else if (numberCells.length / count >= 0.8) {
    const integers = numberCells.every((cell) => Number.isInteger(cell.value));
    const numbers = numberCells.map((cell) => cell.value as number);
    const years =
      integers &&
      numberCells.every((cell) => (cell.value as number) >= 1800 && (cell.value as number) <= 2100);
    if (years && YEAR_HEADER.test(name.replace(/_/g, ' '))) {
      type = 'date';
      dates = values.map((value) => (typeof value === 'number' ? `${value}-01-01` : null));
      unit = 'year';
    } else if (formats.some((item) => item.includes('%'))) {
      type = 'percent';
      unit = '%';
    } else if (currencyOf(format)) {
      type = 'currency';
      unit = currencyOf(format);
    } else if (ID_HEADER.test(name) && integers && distinct === count) {
      type = 'identifier';
    } else if (integers && ID_NAME.test(name)) {
      type = 'identifier';
    } else if (integers && !integerCode(name, numbers) && integerOrder(name, numbers)) {
      type = 'identifier';
    } else if (integers && integerCode(name, numbers)) {
      type = 'category';
    } else {
      type = 'number';
    }
  } else {
    const texts = present.map((cell) => String(cell.value));
    const averageLength = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(texts.length, 1);
    if (averageLength > 40) type = 'text';
    else if (texts.filter((item) => DURATION.test(withoutResultMark(item))).length >= texts.length * 0.8) {
      // hh:mm:ss read as seconds is a length of time; other colon forms (a clock "9:30") stay text.
      type = timed ? 'duration' : 'text';
      if (timed) unit = 's';
    } else if (namedAsOrder(name) && texts.filter((item) => ORDINAL.test(item)).length >= texts.length * 0.8)
      type = 'identifier';
    else if (distinct <= Math.max(2, count * 0.5) || distinct <= 12) type = 'category';
    else if (ID_HEADER.test(name) || /^[A-Z0-9-]{3,}$/.test(texts[0] ?? '')) type = 'identifier';
    else type = 'identifier';
  }
  const texts = cells.map((cell, index) =>
    values[index] === null ? '' : (cell?.text ?? String(values[index])),
  );
  return {
    name,
    sheetColumn,
    type,
    values,
    texts,
    numbers,
    ...(format ? { numberFormat: format } : {}),
    ...(numberCells.some((cell) => cell.formatted) ? { formatted: true as const } : {}),
    ...(unit ? { unit } : {}),
    ...(dates ? { dates } : {}),
  };
}
