/**
 * @module type-cell
 * Turns the text of a CSV field into a typed Cell: numbers (with thousands separators,
 * accounting negatives), percents, currency amounts, booleans and dates. Number formats are
 * kept so a written workbook shows the value the way the file did.
 */
import type { Cell } from '../model.ts';
import { decimalPlaces } from '../xlsx/number-format.ts';

const CURRENCY: Readonly<Record<string, string>> = { $: '"$"', '€': '"€"', '£': '"£"', '¥': '"¥"' };
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const NUMBER = /^[-+]?(\d+|\d{1,3}(,\d{3})+)?(\.\d+)?([eE][-+]?\d+)?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses a plain number with optional thousands separators and a leading minus sign (- or −); undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  // "−95" with the minus sign (U+2212) that typeset tables write: a negative number.
  const trimmed = text.trim().replace(/^\u2212(?=[\d.])/, '-');
  if (trimmed === '' || trimmed === '.' || trimmed === '-' || trimmed === '+') return undefined;
  if (!NUMBER.test(trimmed)) return undefined;
  if (!/\d/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** Parses dates written as ISO (2024-03-01, 2024-03-01T10:00), 2024/03/01, 03/01/2024 (US), 1 Mar 2024, Mar 1, 2024. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  let match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      trimmed,
    );
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!validDate(year, month, day)) return undefined;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (match[4] === undefined) return date;
    return `${date}T${pad(Number(match[4]))}:${match[5]}:${match[6] ?? '00'}`;
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (match) {
    let [month, day] = [Number(match[1]), Number(match[2])];
    const year = Number(match[3]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return validDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  match = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]*(\d{4})$/.exec(trimmed);
  if (match) {
    const month = MONTHS[match[2]!.toLowerCase()];
    const [day, year] = [Number(match[1]), Number(match[3])];
    return month && validDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  // "Apr 13, 2017", "Apr 13  2017 12:00:00 AM" (an export's padded day and a 12-hour clock).
  match =
    /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp][Mm])?)?$/.exec(
      trimmed,
    );
  if (match) {
    const month = MONTHS[match[1]!.toLowerCase()];
    const [day, year] = [Number(match[2]), Number(match[3])];
    if (!month || !validDate(year, month, day)) return undefined;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (match[4] === undefined) return date;
    const hour = clockHour(Number(match[4]), match[7]);
    return hour === undefined ? undefined : `${date}T${pad(hour)}:${match[5]}:${match[6] ?? '00'}`;
  }
  return undefined;
}

/** The 24-hour hour of a clock reading, "12 AM" → 0 and "1 PM" → 13; undefined when out of range. */
function clockHour(hour: number, half: string | undefined): number | undefined {
  if (!half) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
}

function decimals(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/** Types one CSV field. Empty fields give null (no cell). */
export function typeCell(raw: string): Cell | null {
  const text = raw.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return { type: 'boolean', value: lower === 'true', text: raw };
  const first = text.charCodeAt(0);
  const looksNumeric =
    (first >= 48 && first <= 57) ||
    text[0] === '-' ||
    text[0] === '\u2212' ||
    text[0] === '+' ||
    text[0] === '.' ||
    text[0] === '(' ||
    text[0]! in CURRENCY;
  if (!looksNumeric) {
    const date = parseDate(text);
    return date ? { type: 'date', value: date, text: raw } : { type: 'text', value: raw };
  }
  const plain = parseNumber(text);
  if (plain !== undefined) {
    // The cell keeps its text when it wrote the minus sign as U+2212, so it shows as written.
    const cell: Cell =
      text[0] === '\u2212' ? { type: 'number', value: plain, text: raw } : { type: 'number', value: plain };
    return text.includes(',')
      ? { ...cell, numberFormat: `#,##0${decimalPlaces(decimals(text))}`, text: raw }
      : cell;
  }
  // Percent: "12.5%", "-3%".
  let match = /^([-+]?[\d,]*\.?\d+)\s*%$/.exec(text);
  if (match) {
    const value = parseNumber(match[1]!);
    if (value !== undefined)
      return {
        type: 'number',
        value: value / 100,
        numberFormat: `0${decimalPlaces(decimals(match[1]!))}%`,
        text: raw,
      };
  }
  // Currency, with accounting negatives: "$1,234.50", "-$5", "($5.00)", "€ 12".
  match = /^(\()?([-+])?([$€£¥])\s?([\d,]*\.?\d+)(\))?$/.exec(text);
  if (match && Boolean(match[1]) === Boolean(match[5])) {
    const value = parseNumber(match[4]!);
    if (value !== undefined) {
      const negative = match[1] !== undefined || match[2] === '-';
      const symbol = CURRENCY[match[3]!]!;
      return {
        type: 'number',
        value: negative ? -value : value,
        numberFormat: `${symbol}#,##0${decimalPlaces(decimals(match[4]!))}`,
        text: raw,
      };
    }
  }
  // Accounting negative without currency: "(1,234)".
  match = /^\(([\d,]*\.?\d+)\)$/.exec(text);
  if (match) {
    const value = parseNumber(match[1]!);
    if (value !== undefined)
      return {
        type: 'number',
        value: -value,
        numberFormat: `#,##0${decimalPlaces(decimals(match[1]!))};(#,##0${decimalPlaces(decimals(match[1]!))})`,
        text: raw,
      };
  }
  const date = parseDate(text);
  if (date) return { type: 'date', value: date, text: raw };
  return { type: 'text', value: raw };
}
