/**
 * @module period-label
 * Whether an answer gives the value of another period than the one the question names, where
 * both write the period in the same shape: "What was the Harbor branch's figure for 88年3月?" is
 * not answered by "Harbor branch, 88年4月: 5120.", nor "the rent for May 2031" by "Rent,
 * June 2031: 940." A sheet lays one column per month, and the nearest sentence to a month it lacks
 * is its neighbour's. Each shape is a small reader; a shape the question does not write checks
 * nothing.
 */
import { MONTH_NAME_PATTERN } from '../lib/text/calendar-names.ts';

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
