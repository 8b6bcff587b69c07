/**
 * @module event-period
 * "Which meetings did I miss last week?": the calendar's items over a period gone, asked as
 * meetings, events or appointments missed (not mail). The period is the one named, ending at
 * now: last week (Monday to Sunday before this week), this week (its Monday to now), the weekend
 * (the last Saturday and Sunday), yesterday, today, or the last seven days when none is named.
 */

const DAY = 86_400_000;

export type MissedPeriod = { readonly from: Date; readonly until: Date };

const MISSED_MEETINGS =
  /^\s*(?:which|what)\s+(?:meetings?|events?|appointments?|calls?)\s+(?:did|have)\s+I\s+miss(?:ed)?\b(.*)$/i;

const startOfDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** Monday 00:00 UTC of the week holding the date. */
function mondayOf(date: Date): Date {
  const day = startOfDay(date);
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
  const today = startOfDay(now);
  const week = mondayOf(now);
  if (rest === '' || /^(?:in|over|during)? ?the (?:last|past) (?:seven|7) days$/.test(rest))
    return { from: new Date(now.getTime() - 7 * DAY), until: now };
  if (/^(?:last|past|previous) week$/.test(rest))
    return { from: new Date(week.getTime() - 7 * DAY), until: week };
  if (/^this week$/.test(rest)) return { from: week, until: now };
  if (/^(?:(?:over|on|during) )?(?:the|this|last) weekend$/.test(rest)) {
    const saturday = new Date(week.getTime() - 2 * DAY);
    return { from: saturday, until: new Date(Math.min(now.getTime(), week.getTime())) };
  }
  if (rest === 'yesterday') return { from: new Date(today.getTime() - DAY), until: today };
  if (rest === 'today') return { from: today, until: now };
  return undefined;
}
