/**
 * @module named-day
 * "What was the moving average of the Close on 2031-03-14?": a whole day the question names,
 * which a date column of the table holds. A plan that never shows that day answered over other
 * rows (every row, say), so the day is reported unread and the answer refused, not given.
 */
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../../lib/text/calendar-names.ts';
import type { Frame } from './analysis-frame.ts';
import { monthNumber } from './date-conditions.ts';

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTH_NAME_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
  'gi',
);
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME_PATTERN})\.?,?\s+(\d{4})\b`,
  'gi',
);

const pad = (value: number) => String(value).padStart(2, '0');

/** The whole days a text names, each as written and as an ISO day. */
function namedDays(text: string): { said: string; iso: string }[] {
  const days: { said: string; iso: string }[] = [];
  for (const match of text.matchAll(ISO_DAY)) days.push({ said: match[0], iso: match[0] });
  for (const match of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(match[1]!);
    if (month !== undefined)
      days.push({ said: match[0], iso: `${match[3]}-${pad(month)}-${pad(Number(match[2]))}` });
  }
  for (const match of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(match[2]!);
    if (month !== undefined)
      days.push({ said: match[0], iso: `${match[3]}-${pad(month)}-${pad(Number(match[1]))}` });
  }
  return days;
}

/** The days the question names that a date column holds and the plan never shows ("on 2031-03-14"). */
export function unreadNamedDays(frame: Frame, question: string, plan: string): string[] {
  const held = new Set(
    frame.table.columns.flatMap((column) =>
      (column.dates ?? []).filter((day): day is string => day !== null).map((day) => day.slice(0, 10)),
    ),
  );
  const lower = plan.toLowerCase().replace(/\s+/g, ' ');
  // The day as a plan writes it: "2031-03-14", "14 March 2031", "March 14, 2031".
  const shown = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const name = MONTH_NAMES[month - 1]!.toLowerCase();
    return [iso, `${day} ${name} ${year}`, `${name} ${day}, ${year}`].some((form) => lower.includes(form));
  };
  return namedDays(question)
    .filter((day) => held.has(day.iso) && !shown(day.iso) && !lower.includes(day.said.toLowerCase()))
    .map((day) => `on ${day.said}`);
}
