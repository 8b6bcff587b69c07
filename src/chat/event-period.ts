/**
 * @module event-period
 * "Which meetings did I miss last week?": the calendar's items over a period gone, asked as
 * meetings, events or appointments missed (not mail). The period is the one named, ending at
 * now: last week (Monday to Sunday before this week), this week (its Monday to now), the weekend
 * (the last Saturday and Sunday), any other period search reads in words (yesterday, today, the
 * past three days), or the last seven days when none is named.
 */
import { parseQuery } from '../index/query.ts';

const DAY = 86_400_000;

export type MissedPeriod = { readonly from: Date; readonly until: Date };

const MISSED_MEETINGS =
  /^\s*(?:which|what)\s+(?:meetings?|events?|appointments?|calls?)\s+(?:did|have)\s+I\s+miss(?:ed)?\b(.*)$/i;

/** Monday 00:00 UTC of the week holding the date. */
function mondayOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/** The period "which meetings did I miss …?" asks about, ending at now; undefined for other questions or a period it cannot read. */
export function missedMeetingsAsked(question: string, now: Date): MissedPeriod | undefined {
  const match = MISSED_MEETINGS.exec(question);
  if (!match) return undefined;
  const rest = (match[1] ?? '')
    .replace(/[?.!\s]+$/, '')
    .trim()
    .toLowerCase();
  if (rest === '') return { from: new Date(now.getTime() - 7 * DAY), until: now };
  if (/^(?:(?:over|on|during) )?(?:the|this|last) weekend$/.test(rest)) {
    const saturday = new Date(mondayOf(now).getTime() - 2 * DAY);
    return { from: saturday, until: new Date(Math.min(now.getTime(), saturday.getTime() + 2 * DAY)) };
  }
  // Any other period in words ("last week", "yesterday", "in the past 3 days"), read as search reads it.
  const { since, until } = parseQuery(rest, { now }).filters;
  if (!since) return undefined;
  const end = until ? new Date(until) : now;
  return { from: new Date(since), until: end < now ? end : now };
}
