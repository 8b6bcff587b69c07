/**
 * @module parse-window
 * A time window from words ("next week", "tomorrow", "March 16 to 20") or ISO bounds,
 * relative to now. A week means Monday to Monday; a day means that whole day (UTC).
 */
import * as chrono from 'chrono-node';

export type TimeWindow = { readonly start: Date; readonly end: Date };

const DAY = 86_400_000;

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Parses a phrase into a window, or undefined when it names no time. Never starts before now. */
export function windowFromText(text: string, now: Date): TimeWindow | undefined {
  const parsed = chrono.parse(text, now, { forwardDate: true })[0];
  if (!parsed) return undefined;
  const start = parsed.start.date();
  const clamp = (window: TimeWindow): TimeWindow => ({
    start: window.start > now ? window.start : now,
    end: window.end,
  });
  if (parsed.end) return clamp({ start, end: parsed.end.date() });
  if (/\bweek\b/i.test(parsed.text)) {
    const monday = new Date(startOfDay(start).getTime() - ((start.getUTCDay() + 6) % 7) * DAY);
    return clamp({ start: monday, end: new Date(monday.getTime() + 7 * DAY) });
  }
  if (/\bmonth\b/i.test(parsed.text)) {
    const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    return clamp({
      start: first,
      end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)),
    });
  }
  if (parsed.start.isCertain('hour')) return clamp({ start, end: new Date(start.getTime() + DAY) });
  const day = startOfDay(start);
  return clamp({ start: day, end: new Date(day.getTime() + DAY) });
}
