/**
 * @module date-conditions
 * Row conditions on a date that a question writes in words, read the way a person means them:
 * a month ("played in November", "in July 2007"), a span ("between July 1, 2007 and December
 * 31, 2007", "from 2000 to 2009", "between 1840 and 1859") or a bound ("before December 1st,
 * 1965", "after October 1st"). Cells are read as calendar dates with or without a year
 * ("6 October 2003", "Sept 4", "2007-07-15"); a cell giving only a year ("1995") meets a span
 * that holds the whole year. Whether a row meets a condition may be unknown (a year-less cell
 * against a dated bound): the caller then refuses rather than guesses.
 */
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../../lib/text/calendar-names.ts';
import { withoutExamples } from '../../lib/text/example-clauses.ts';
import type { Column } from './data-table.ts';

/** A calendar date as far as it is known: year and day may be missing, never the month. */
export type DayDate = { readonly year?: number; readonly month: number; readonly day?: number };

/** What a cell says about its date: a day of a month, or a whole year. */
export type CellDate =
  | DayDate
  | { readonly year: number; readonly month?: undefined; readonly day?: undefined };

export type DateCondition =
  | { readonly kind: 'month'; readonly month: number; readonly year?: number; readonly phrase: string }
  | { readonly kind: 'span'; readonly from?: DayDate; readonly to?: DayDate; readonly phrase: string };

const MONTH_PATTERN = `(${MONTH_NAME_PATTERN})\\.?`;
const YEAR = String.raw`((?:1[5-9]|20)\d\d)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** 1..12 for a month name or its usual abbreviation ("Sept"), else undefined. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(key));
  return key.length === 3 && index >= 0 ? index + 1 : undefined;
}

/** The forms a date takes in prose, each read into a DayDate (a year-only form is a span). */
const DATE_FORMS: readonly { pattern: string; read: (parts: string[]) => DayDate | undefined }[] = [
  {
    // "2007-07-01"
    pattern: String.raw`${YEAR}-(\d{2})-(\d{2})`,
    read: ([year, month, day]) => ({ year: Number(year), month: Number(month), day: Number(day) }),
  },
  {
    // "July 1, 2007", "january 1 of 2008", "October 1st", "Sept 4"
    pattern: String.raw`${MONTH_PATTERN}\s+${DAY}(?!\d)(?:(?:,\s*|\s+of\s+|\s+)${YEAR}(?!\d))?`,
    read: ([month, day, year]) => withMonth(month!, day, year),
  },
  {
    // "1 January 2005", "10th of February, 1997"
    pattern: String.raw`${DAY}\s+(?:of\s+)?${MONTH_PATTERN}(?:,?\s+${YEAR}(?!\d))?`,
    read: ([day, month, year]) => withMonth(month!, day, year),
  },
];

function withMonth(month: string, day?: string, year?: string): DayDate | undefined {
  const number = monthNumber(month);
  if (!number) return undefined;
  const date: DayDate = {
    month: number,
    ...(day ? { day: Number(day) } : {}),
    ...(year ? { year: Number(year) } : {}),
  };
  return date.day === undefined || validDay(date.year ?? 2000, date.month, date.day) ? date : undefined;
}

/** Whether the day exists in that month ("31 September" does not). */
function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readDate(text: string): DayDate | undefined {
  for (const form of DATE_FORMS) {
    const match = new RegExp(`^${form.pattern}$`, 'i').exec(text.trim());
    if (match) return form.read(match.slice(1));
  }
  return undefined;
}

const ANY_DATE = DATE_FORMS.map((form) => `(?:${form.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|');
const SPAN_START = String.raw`\b(?:between|from)\s+(?:the\s+(?:dates?\s+)?)?`;
const SPAN_JOIN = String.raw`\s+(?:and|to|through|until|till|thru|up to(?: and including)?|to and including)\s+`;

/** One way a question writes a date condition: a pattern and how its match reads (undefined: not one). */
type ConditionRule = {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => DateCondition | undefined;
  /** A rule for one whole day, read only when the caller asks for days. */
  readonly day?: true;
};

/** A span of two dates; one year written once serves both ends. */
function dateSpan(match: RegExpExecArray): DateCondition | undefined {
  let from = readDate(match[1] ?? '');
  let to = readDate(match[2] ?? '');
  if (!from || !to) return undefined;
  if (from.year === undefined && to.year !== undefined) from = { ...from, year: to.year };
  if (to.year === undefined && from.year !== undefined) to = { ...to, year: from.year };
  return { kind: 'span', from, to, phrase: match[0].trim() };
}

/** A span of whole years, first to last (none when they run backwards). */
function yearSpan(match: RegExpExecArray): DateCondition | undefined {
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (to < from) return undefined;
  return {
    kind: 'span',
    from: { year: from, month: 1, day: 1 },
    to: { year: to, month: 12, day: 31 },
    phrase: match[0].trim(),
  };
}

/** A bound on one side: "on or …", "until" and "since" hold the day itself, "before" and "after" do not. */
function dateBound(match: RegExpExecArray): DateCondition | undefined {
  const date = readDate(match[2] ?? '');
  if (!date || date.day === undefined) return undefined;
  const word = (match[1] ?? '').toLowerCase();
  const later = /after|later|since/.test(word);
  const inclusive = /^on or|until|since/.test(word);
  const bound = inclusive ? date : shiftDay(date, later ? 1 : -1);
  return { kind: 'span', ...(later ? { from: bound } : { to: bound }), phrase: match[0].trim() };
}

/** A month, with its year when written; "of may" without a year is the verb ("it may rain"). */
function monthOf(match: RegExpExecArray): DateCondition | undefined {
  const month = monthNumber(match[1] ?? '');
  if (!month || ((match[1] ?? '').toLowerCase() === 'may' && /^of\b/i.test(match[0]) && !match[2]))
    return undefined;
  return { kind: 'month', month, ...(match[2] ? { year: Number(match[2]) } : {}), phrase: match[0].trim() };
}

/** Two days of one month, with the month's year when written ("4–18 June 2031"). */
function daySpan(first: string, last: string, month: string, year?: string): DateCondition | undefined {
  const from = withMonth(month, first, year);
  const to = withMonth(month, last, year);
  if (!from || !to || (from.day ?? 0) >= (to.day ?? 0)) return undefined;
  return { kind: 'span', from, to, phrase: '' };
}

/** One whole day: a span from the day to the day (a date without its day is no day). */
function oneDay(match: RegExpExecArray): DateCondition | undefined {
  const date = readDate(match[1] ?? '');
  if (!date || date.day === undefined) return undefined;
  return { kind: 'span', from: date, to: date, phrase: match[0].trim() };
}

/** A bound on one side that holds the day itself: "up to and including", "no earlier than". */
function inclusiveBound(match: RegExpExecArray): DateCondition | undefined {
  const date = readDate(match[2] ?? '');
  if (!date || date.day === undefined) return undefined;
  const later = /earlier|before|start|begin/i.test(match[1] ?? '');
  return { kind: 'span', ...(later ? { from: date } : { to: date }), phrase: match[0].trim() };
}

const phrased = (condition: DateCondition | undefined, match: RegExpExecArray) =>
  condition && { ...condition, phrase: match[0].trim() };

/** Two dates joined with no "from": "through", "until", "up to and including" or a dash (not "to", which also compares). */
const BARE_JOIN = String.raw`(?:\s+(?:through|thru|until|till|up to and including|to and including)\s+|\s*[–—]\s*|\s+-\s+)`;

/** The rules in the order they claim text: a phrase read by one is not read again by a later one. */
const CONDITION_RULES: readonly ConditionRule[] = [
  // "between July 1, 2007 and December 31, 2007", "from February 10 to March 10, 1997"
  { pattern: new RegExp(`${SPAN_START}(${ANY_DATE})${SPAN_JOIN}(${ANY_DATE})`, 'gi'), read: dateSpan },
  // "dated 2031-06-02 through 2031-06-18", "March 3 – March 9, 2032"
  { pattern: new RegExp(`(?<![\\w-])(${ANY_DATE})${BARE_JOIN}(${ANY_DATE})`, 'gi'), read: dateSpan },
  // "between 4 and 18 June", "4–18 June 2031", "from the 4th to the 18th of June"
  {
    pattern: new RegExp(
      `(?:\\b(?:between|from)\\s+(?:the\\s+)?${DAY}(?:\\s+and\\s+|${SPAN_JOIN}|${BARE_JOIN})|(?<![\\w.,:-])${DAY}(?:${BARE_JOIN}|-))(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH_PATTERN}(?:,?\\s+${YEAR}(?!\\d))?`,
      'gi',
    ),
    read: (match) => phrased(daySpan(match[1] ?? match[2]!, match[3]!, match[4]!, match[5]), match),
  },
  // "between June 4 and 18", "June 4–18, 2031", "from May 2 to 9"
  {
    pattern: new RegExp(
      `(?:\\b(?:between|from)\\s+${MONTH_PATTERN}\\s+${DAY}(?:\\s+and\\s+|${SPAN_JOIN}|${BARE_JOIN})|\\b${MONTH_PATTERN}\\s+${DAY}(?:${BARE_JOIN}|-))${DAY}(?![\\d:.]|\\s*(?:%|[ap]\\.?m\\b))(?:,?\\s+${YEAR}(?!\\d))?`,
      'gi',
    ),
    read: (match) =>
      phrased(daySpan(match[2] ?? match[4]!, match[5]!, match[1] ?? match[3]!, match[6]), match),
  },
  // "from 2000 to 2009", "between 1840 and 1859" (not "2008-09", not "1840 and 1859 votes")
  {
    pattern: new RegExp(
      `${SPAN_START}(?:the\\s+years?\\s+)?${YEAR}(?![\\d\\-–/])${SPAN_JOIN}${YEAR}(?![\\d\\-–/])`,
      'gi',
    ),
    read: yearSpan,
  },
  // "for the years 2011 through 2014", "years 1990 to 1999": no "from", but "years" says a span
  // ("the years 2000 and 2005" are two years, not a span).
  {
    pattern: new RegExp(
      `\\byears\\s+${YEAR}(?![\\d\\-–/])\\s+(?:to|through|thru|until|till|up to(?: and including)?|to and including)\\s+${YEAR}(?![\\d\\-–/])`,
      'gi',
    ),
    read: yearSpan,
  },
  // "before December 1st, 1965", "after October 1st", "on or after 1 May 2004", "since March 3"
  {
    pattern: new RegExp(
      String.raw`\b(on or before|on or after|before|prior to|previous to|earlier than|until|after|later than|since)\s+(?:the\s+)?(${ANY_DATE})`,
      'gi',
    ),
    read: dateBound,
  },
  // "up to and including 12 July 2032", "no later than June 30", "starting on 2031-06-02"
  {
    pattern: new RegExp(
      String.raw`\b(up to and including|up to|to and including|through|thru|till|no later than|not later than|not after|no earlier than|not earlier than|not before|starting(?: on| from)?|beginning(?: on| from)?)\s+(?:the\s+)?(${ANY_DATE})`,
      'gi',
    ),
    read: inclusiveBound,
  },
  // "played on March 15, 1998", "the weekend ending 2031-06-02", "whose Date is May 3, 2010": one day.
  {
    pattern: new RegExp(
      String.raw`\b(?:on|dated|ending|ended|is|was|of)\s+(?:the\s+)?(${ANY_DATE})(?![\w-]|\s*[–—-]\s*\d)`,
      'gi',
    ),
    read: oneDay,
    day: true,
  },
  // "in November", "during July 2007", "falls in March", "month is December"; not a column
  // named by a month and a year ("the median of Apr.2021").
  {
    pattern: new RegExp(
      String.raw`\b(?:in|during|throughout|of|month (?:is|of))\s+(?:the month of\s+)?${MONTH_PATTERN}(?:,?\s+${YEAR})?(?![\w-]|[._/]\d|\s+\d{1,2}(?:st|nd|rd|th)?\b)`,
      'gi',
    ),
    read: monthOf,
  },
];

/**
 * Month, span and bound conditions on a date written in the text, in order; none twice. A date in
 * an example ("(for example "Mar 3" is March)") is no condition. A single day ("played on March
 * 15, 1998") is read only when `days` asks for it: in a plain question a day often dates the whole
 * table rather than keeping rows.
 */
export function dateConditions(text: string, options: { readonly days?: boolean } = {}): DateCondition[] {
  const found: { at: number; end: number; condition: DateCondition }[] = [];
  const stated = withoutExamples(text);
  for (const rule of CONDITION_RULES.filter((item) => options.days || !item.day))
    for (const match of stated.matchAll(rule.pattern)) {
      const [at, end] = [match.index, match.index + match[0].length];
      if (found.some((item) => at < item.end && end > item.at)) continue;
      const condition = rule.read(match as RegExpExecArray);
      if (condition) found.push({ at, end, condition });
    }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((item) => item.condition)
    .filter((condition) => {
      const key = JSON.stringify({ ...condition, phrase: '' });
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The day before or after, in a leap year when the year is not known (February 29 exists). */
function shiftDay(date: DayDate, step: number): DayDate {
  const moved = new Date(Date.UTC(date.year ?? 2000, date.month - 1, (date.day ?? 1) + step));
  return {
    ...(date.year !== undefined ? { year: moved.getUTCFullYear() } : {}),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
  };
}

/** "19-Jan-18", "3-Sep-2004": a day, a month's name and a year joined by dashes, as spreadsheets export them. */
const DASHED_DAY = new RegExp(`^(\\d{1,2})-${MONTH_PATTERN}-(\\d{2}|(?:1[5-9]|20)\\d\\d)$`, 'i');

/** A year written with two digits read as strftime's %y reads it (00-68 → 2000s, 69-99 → 1900s). */
function twoDigitYear(written: string): string {
  if (written.length !== 2) return written;
  const number = Number(written);
  return String(number <= 68 ? 2000 + number : 1900 + number);
}

const CELL_FORMS: readonly RegExp[] = [/^((?:1[5-9]|20)\d\d)-(\d{2})(?:-(\d{2}))?(?:[ T].*)?$/];

/** The date a cell gives: ISO text, a written date with or without a year, or a year alone. */
export function cellDate(text: string): CellDate | undefined {
  const trimmed = text.trim();
  const iso = CELL_FORMS[0]!.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined];
    if (month < 1 || month > 12 || (day !== undefined && !validDay(year, month, day))) return undefined;
    return { year, month, ...(day !== undefined ? { day } : {}) };
  }
  if (/^(?:1[5-9]|20)\d\d$/.test(trimmed)) return { year: Number(trimmed) };
  const dashed = DASHED_DAY.exec(trimmed);
  if (dashed) return withMonth(dashed[2]!, dashed[1], twoDigitYear(dashed[3]!));
  for (const form of DATE_FORMS.slice(1)) {
    // A time or a note after the date ("9 August 1972 13:03:11", "May 1, 2004 (replay)") is no part of it.
    const match = new RegExp(`^${form.pattern}(?=$|[\\s,(\\[])`, 'i').exec(trimmed);
    if (match) return form.read(match.slice(1));
  }
  // "July 2007", "October 1761": a month of a year.
  const monthYear = new RegExp(`^${MONTH_PATTERN}\\s+${YEAR}$`, 'i').exec(trimmed);
  if (monthYear) return { month: monthNumber(monthYear[1]!)!, year: Number(monthYear[2]) };
  return undefined;
}

/** Days since a fixed point, ends of a period picked by `end` where the day (or month) is unknown. */
function ordinal(year: number, month: number, day: number | undefined, end: boolean): number {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(year, month - 1, day ?? (end ? last : 1)) / 86_400_000;
}

/**
 * Whether a cell's date meets a condition: true, false, or undefined when the cell cannot
 * tell (no year against a condition that names one, a year cut by a span, a month unknown).
 * `year` fills a year-less condition when every dated cell of the column shares one.
 */
export function meetsDate(cell: CellDate, condition: DateCondition, year?: number): boolean | undefined {
  if (condition.kind === 'month') {
    if (condition.year !== undefined && cell.year === undefined) return undefined;
    if (condition.year !== undefined && cell.year !== condition.year) return false;
    // A year alone says nothing of the month.
    return cell.month === undefined ? undefined : cell.month === condition.month;
  }
  const yearOf = (date: DayDate | undefined) => date?.year ?? year;
  const named = [condition.from, condition.to].some((end) => end?.year !== undefined);
  // Neither the cells nor the condition give a year: compare days within the year.
  const cellYear = cell.year ?? (named ? undefined : 2000);
  if (cellYear === undefined) return undefined;
  const endYear = (date: DayDate | undefined) => (named || cell.year !== undefined ? yearOf(date) : 2000);
  const low =
    cell.month === undefined
      ? ordinal(cellYear, 1, 1, false)
      : ordinal(cellYear, cell.month, cell.day, false);
  const high =
    cell.month === undefined
      ? ordinal(cellYear, 12, 31, true)
      : ordinal(cellYear, cell.month, cell.day, true);
  const fromYear = endYear(condition.from);
  const toYear = endYear(condition.to);
  if ((condition.from && fromYear === undefined) || (condition.to && toYear === undefined)) return undefined;
  const from = condition.from
    ? ordinal(fromYear!, condition.from.month, condition.from.day, false)
    : -Infinity;
  const to = condition.to ? ordinal(toYear!, condition.to.month, condition.to.day, true) : Infinity;
  if (low >= from && high <= to) return true;
  if (high < from || low > to) return false;
  return undefined;
}

/** The condition in words for a plan: "in November 2007", "from 1 July 2007 to 31 December 2007". */
export function describeDateCondition(condition: DateCondition): string {
  const date = (value: DayDate) =>
    [value.day, MONTH_NAMES[value.month - 1], value.year].filter((part) => part !== undefined).join(' ');
  if (condition.kind === 'month')
    return `in ${MONTH_NAMES[condition.month - 1]}${condition.year !== undefined ? ` ${condition.year}` : ''}`;
  const { from, to } = condition;
  // One whole day, as prose writes it: "on March 15, 1998".
  if (from && to && from.day !== undefined && JSON.stringify(from) === JSON.stringify(to))
    return `on ${MONTH_NAMES[from.month - 1]} ${from.day}${from.year !== undefined ? `, ${from.year}` : ''}`;
  if (from && to) return `from ${date(from)} to ${date(to)}`;
  return condition.from ? `on or after ${date(condition.from)}` : `on or before ${date(condition.to!)}`;
}

/** Each cell's date (ISO dates of a date column first, else the text as written). */
export function columnDates(column: Column): (CellDate | undefined)[] {
  return column.texts.map((text, row) => {
    const iso = column.dates?.[row];
    // A bare year is stored as YYYY-01-01: the text says it is a year alone.
    if (iso && !/^\s*(?:1[5-9]|20)\d\d\s*$/.test(text)) return cellDate(iso);
    return cellDate(text ?? '');
  });
}

/** Share of a column's filled cells that read as dates. */
export function dateShare(column: Column, dates: readonly (CellDate | undefined)[]): number {
  const filled = column.texts.filter((text) => text.trim() !== '').length;
  return filled === 0 ? 0 : dates.filter(Boolean).length / filled;
}

/** A clock time: "9:00", "14:30:15", "9:00 AM", "9 am". */
const CLOCK = String.raw`(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\w:])`;
const DASH = String.raw`\s*[–—]\s*|\s+-\s+`;
const WORD_JOIN = String.raw`\s+(?:to|through|thru|until|till|up to(?: and including)?|to and including)\s+`;

/**
 * Spans and bounds of dates and clock times a text may state: two dates joined with no "from"
 * ("2031-06-02 to 2031-06-18", "2031-06-02 through 2031-06-18"), days of one month ("4–18 June",
 * "May 2–9"), a bound worded otherwise ("up to and including 12 July 2032") and clock spans
 * ("07:10–10:40", "between 9 am and 5 pm"). Those `dateConditions` reads are its own; the rest a
 * plan cannot have applied, and an answer over every row would ignore them.
 */
const UNREAD_BOUNDS: readonly RegExp[] = [
  new RegExp(`(?:${ANY_DATE})(?:${WORD_JOIN}|${DASH})(?:${ANY_DATE})`, 'gi'),
  new RegExp(
    `\\bbetween\\s+(?:the\\s+)?${DAY}\\s+and\\s+(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH_PATTERN}`,
    'gi',
  ),
  new RegExp(`(?<![\\w.-])${DAY}(?:${WORD_JOIN}|${DASH}|-)${DAY}\\s+(?:of\\s+)?${MONTH_PATTERN}`, 'gi'),
  new RegExp(
    `${MONTH_PATTERN}\\s+${DAY}(?:${WORD_JOIN}|${DASH}|-|\\s+and\\s+)${DAY}(?![\\w:.,]\\d|\\s*(?:%|[ap]\\.?m\\b))`,
    'gi',
  ),
  new RegExp(
    `\\b(?:up to(?: and including)?|to and including|through|thru|till|no later than|not later than|no earlier than|not earlier than|not before|not after|as late as|as early as|starting(?: on| from)?|beginning(?: on| from)?|onwards? from|from)\\s+(?:the\\s+)?(?:${ANY_DATE})`,
    'gi',
  ),
  new RegExp(`(?:\\bbetween\\s+)?${CLOCK}(?:\\s+and\\s+|${WORD_JOIN}|${DASH}|-)${CLOCK}`, 'gi'),
  new RegExp(
    `\\b(?:before|after|until|till|by|from|since|later than|earlier than|no later than|not later than)\\s+${CLOCK}`,
    'gi',
  ),
];

/** Date and clock spans and bounds the text states (outside its examples) that `dateConditions` leaves unread, in order. */
export function unreadDateBounds(text: string): string[] {
  const read = dateConditions(text).map((condition) => condition.phrase);
  const found: { at: number; end: number; phrase: string }[] = [];
  const stated = withoutExamples(text);
  for (const pattern of UNREAD_BOUNDS)
    for (const match of stated.matchAll(pattern)) {
      const [at, end] = [match.index, match.index + match[0].length];
      if (found.some((item) => at < item.end && end > item.at)) continue;
      const phrase = match[0].trim();
      // A phrase the readable conditions hold (or that holds one of them) is theirs.
      if (read.some((item) => item.includes(phrase) || phrase.includes(item))) continue;
      found.push({ at, end, phrase });
    }
  return found.sort((a, b) => a.at - b.at).map((item) => item.phrase);
}
