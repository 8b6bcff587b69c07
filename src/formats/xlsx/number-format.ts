/**
 * @module number-format
 * Excel number formats: the built-in format table, whether a format shows a date or time,
 * serial numbers to ISO 8601 in the 1900 and 1904 date systems, and the decimals part of a
 * format written for data.
 */

/** The decimals part of a number format showing `count` places (at most six): 3 → ".000", 0 → "". */
export function decimalPlaces(count: number): string {
  return count > 0 ? `.${'0'.repeat(Math.min(count, 6))}` : '';
}

/** Built-in formats Excel does not write into styles.xml (ECMA-376 Part 1, 18.8.30). */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids that are dates or times, including the East Asian locale ids 27–36 and 50–58. */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
const BUILTIN_TIME_ONLY_IDS = new Set([18, 19, 20, 21, 45, 46, 47]);

export type DateKind = 'date' | 'datetime' | 'time';

/** The first section of a format with literals, escapes, colours and locale tags removed. */
function stripFormat(code: string): string {
  const first = code.split(';')[0] ?? '';
  return first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
}

/** Whether a number format shows a date, a date and time, a time, or no date (undefined). */
export function dateKind(numFmtId: number, code: string | undefined): DateKind | undefined {
  if (code === undefined || code === BUILTIN_FORMATS[numFmtId]) {
    if (BUILTIN_DATE_IDS.has(numFmtId))
      return BUILTIN_TIME_ONLY_IDS.has(numFmtId) ? 'time' : numFmtId === 22 ? 'datetime' : 'date';
    if (code === undefined) return undefined;
  }
  const body = stripFormat(code);
  if (/general/i.test(body) && !/[dy]/i.test(body.replace(/general/gi, ''))) return undefined;
  const hasDate = /[dy]/i.test(body) || (/m/i.test(body) && !/[hs]/i.test(body));
  const hasTime = /[hs]/i.test(body) || /AM\/PM|A\/P/i.test(body);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return undefined;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A serial date to ISO 8601: "2024-03-01", "2024-03-01T09:30:00" or "09:30:00". In the 1900
 * system serials below 61 are shifted by Excel's phantom 29 February 1900.
 */
export function serialToIso(serial: number, date1904: boolean, kind: DateKind): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  let day = serial;
  if (!date1904 && serial < 61) day = serial + 1;
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const ms = Math.round((day * DAY_MS) / 1000) * 1000;
  const iso = new Date(epoch + ms).toISOString();
  if (kind === 'time') return iso.slice(11, 19);
  if (kind === 'date' && Number.isInteger(serial)) return iso.slice(0, 10);
  return iso.slice(0, 19);
}
