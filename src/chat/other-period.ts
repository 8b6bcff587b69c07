/**
 * @module other-period
 * Whether a sentence states its value of another period than the one the question names, read
 * two ways. Relative to now: "How much did the club raise last year?" is not answered by "This
 * year we ask each member for $500", which speaks of this year and never of the last. Written
 * out in the same shape: "What was the Harbor branch's figure for 88年3月?" is not answered by
 * "Harbor branch, 88年4月: 5120.", nor "the rent for May 2031" by "Rent, June 2031: 940." (a
 * sheet lays one column per month, and the nearest sentence to a month it lacks is its
 * neighbour's). Each written shape is a small reader; a shape the question does not write checks
 * nothing.
 */
import { MONTH_NAME_PATTERN } from '../lib/text/calendar-names.ts';

/** Which way a period lies from now: the one before, the one now, the one to come. */
type Way = 'before' | 'now' | 'ahead';

const WAY_OF: Readonly<Record<string, Way>> = {
  last: 'before',
  past: 'before',
  previous: 'before',
  prior: 'before',
  this: 'now',
  current: 'now',
  next: 'ahead',
  coming: 'ahead',
  upcoming: 'ahead',
};

/** "last year", "this year's", "the coming quarter": a way from now and the unit of time it counts. */
const RELATIVE_PERIOD =
  /\b(last|past|previous|prior|this|current|next|coming|upcoming)\s+(year|quarter|month|week|season)(?:['’]s|s)?\b/gi;

/** The periods a text names relative to now, each written as way and unit ("before year"). */
function periodsOf(text: string): Set<string> {
  return new Set(
    [...text.matchAll(RELATIVE_PERIOD)].map(
      (match) => `${WAY_OF[(match[1] ?? '').toLowerCase()]} ${(match[2] ?? '').toLowerCase()}`,
    ),
  );
}

/**
 * True when the question names a period relative to now ("last year") and the sentence names
 * another one of the same unit ("this year") but not the one asked.
 */
export function statesOtherPeriod(question: string, text: string): boolean {
  const asked = periodsOf(question);
  if (asked.size === 0) return false;
  const said = periodsOf(text);
  return [...asked].some((period) => {
    const unit = period.split(' ')[1];
    return !said.has(period) && [...said].some((other) => other !== period && other.split(' ')[1] === unit);
  });
}

type PeriodShape = {
  readonly pattern: RegExp;
  /** The period written one way, whatever spaces or case it was written with. */
  readonly key: (match: RegExpMatchArray) => string;
};

/** "88年3月", "88 年 3 月 2 日": a year and month (and day) counted in CJK script. */
const CJK_YEAR_MONTH: PeriodShape = {
  pattern: /(\d{1,4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/gu,
  key: (m) => `${Number(m[1])}-${Number(m[2])}${m[3] ? `-${Number(m[3])}` : ''}`,
};

/** "May 2031", "Sept. 2031": a month named in English and a year. */
const MONTH_YEAR: PeriodShape = {
  pattern: new RegExp(`\\b(${MONTH_NAME_PATTERN})\\.?,?\\s+((?:19|20)\\d\\d)\\b`, 'giu'),
  key: (m) => `${(m[1] ?? '').slice(0, 3).toLowerCase()}-${m[2]}`,
};

/** "2031-05" or "2031-05-14": a month or a day in ISO form. */
const ISO_MONTH: PeriodShape = {
  pattern: /\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b/gu,
  key: (m) => `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ''}`,
};

const SHAPES: readonly PeriodShape[] = [CJK_YEAR_MONTH, MONTH_YEAR, ISO_MONTH];

const periodsIn = (text: string, shape: PeriodShape) =>
  new Set([...text.matchAll(shape.pattern)].map(shape.key));

/**
 * True when the question names a period in one of the shapes, the answer names periods in that
 * shape too, and none of them is one the question names: the answer speaks of its neighbour.
 */
export function otherPeriodLabel(question: string, answer: string): boolean {
  return SHAPES.some((shape) => {
    const asked = periodsIn(question, shape);
    if (asked.size === 0) return false;
    const given = periodsIn(answer, shape);
    return given.size > 0 && ![...given].some((period) => asked.has(period));
  });
}

/** A day written in figures as month and day, with or without its year: "2/9", "2/9/01". */
const MONTH_DAY = String.raw`(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?(?![\d/])`;

/** The item a question names by a day in figures: "the 3/14 float sheet" → 3/14 and "float". */
function datedItemAsked(question: string): { readonly day: string; readonly noun: string } | undefined {
  const before = new RegExp(`${MONTH_DAY}\\s+([\\p{L}][\\p{L}-]*)`, 'iu').exec(question);
  const after = new RegExp(`\\b([\\p{L}][\\p{L}-]*)\\s+(?:from|for|of|dated|on)\\s+${MONTH_DAY}`, 'iu').exec(
    question,
  );
  if (before)
    return { day: `${Number(before[1])}/${Number(before[2])}`, noun: (before[3] ?? '').toLowerCase() };
  if (after) return { day: `${Number(after[2])}/${Number(after[3])}`, noun: (after[1] ?? '').toLowerCase() };
  return undefined;
}

/** The days a text writes in figures, as month/day. */
const daysIn = (text: string) =>
  new Set([...text.matchAll(new RegExp(MONTH_DAY, 'g'))].map((m) => `${Number(m[1])}/${Number(m[2])}`));

/**
 * True when the question names an item by a day in figures ("By how much did the till count top
 * the 3/14 float sheet?"), the answer writes no day, and its passage never writes that day but names
 * the item with another one ("A few lines of the float sheet from 3/7 look wrong."): the figures
 * are of another day's item.
 */
export function otherDatedItem(question: string, passage: string, answer: string): boolean {
  const asked = datedItemAsked(question);
  if (!asked || daysIn(answer).size > 0 || daysIn(passage).has(asked.day)) return false;
  const noun = asked.noun.replace(/s$/, '');
  const other = new RegExp(
    `${MONTH_DAY}\\s+${noun}s?\\b|\\b${noun}s?(?:\\s+[\\p{L}-]+){0,2}\\s+(?:from|for|of|dated|on)\\s+${MONTH_DAY}`,
    'giu',
  );
  return other.test(passage);
}
