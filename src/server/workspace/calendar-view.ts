/**
 * @module calendar-view
 * A range of the user's calendars as the web app's week view shows it: every calendar file the
 * user may read (their own and those shared with them), read with the range as its window so
 * recurring events come expanded (exceptions moved, EXDATEs left out), trimmed to the
 * occurrences that overlap the range, earliest first.
 */
import type { Calendar, CalendarEvent } from '../../formats/model.ts';
import { OfficemateError } from '../../lib/errors.ts';
import type { CalendarOccurrence, CalendarWeek } from '../../protocol/api.ts';
import { readSourceOf } from '../../skills/read-source.ts';
import type { SkillContext } from '../../skills/skill.ts';
import type { StoredFile } from './workspace-db.ts';

/** Longest range one request may ask for. */
export const MAX_RANGE_DAYS = 14;
const DAY_MS = 86_400_000;

/** A stored file that is an iCalendar file, by its name or type. */
export function isCalendarFile(file: Pick<StoredFile, 'name' | 'contentType' | 'status'>): boolean {
  if (file.status === 'deleting') return false;
  return /\.(ics|ifb|vcs)$/i.test(file.name) || file.contentType.toLowerCase().startsWith('text/calendar');
}

const instant = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

/** The events of a calendar read for [from, to) that overlap it, once each. */
export function occurrencesIn(
  calendar: Calendar,
  file: { id: string; name: string },
  from: Date,
  to: Date,
): CalendarOccurrence[] {
  const seen = new Set<string>();
  const out: CalendarOccurrence[] = [];
  for (const event of calendar.events) {
    if (event.status?.toUpperCase() === 'CANCELLED') continue;
    const start = instant(event.start);
    // An event with no length (or an end before its start) still takes its moment.
    const end = Math.max(instant(event.end), start + (event.allDay ? DAY_MS : 1));
    if (!(start < to.getTime() && end > from.getTime())) continue;
    const key = `${event.uid}\u0000${event.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(occurrence(event, file));
  }
  return out;
}

function occurrence(event: CalendarEvent, file: { id: string; name: string }): CalendarOccurrence {
  return {
    fileId: file.id,
    calendar: file.name,
    uid: event.uid,
    summary: event.summary,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    ...(event.location ? { location: event.location } : {}),
    recurring: Boolean(event.rrule || event.recurrenceId),
  };
}

/** The occurrences in [from, to) of every calendar among `files` (readSource checks each). */
export async function calendarWeek(
  context: SkillContext,
  files: readonly StoredFile[],
  from: Date,
  to: Date,
): Promise<CalendarWeek> {
  const calendars = files.filter(isCalendarFile);
  const window = {
    start: new Date(from.getTime() - DAY_MS).toISOString(),
    end: new Date(to.getTime() + DAY_MS).toISOString(),
  };
  const events: CalendarOccurrence[] = [];
  const unreadable: CalendarWeek['unreadable'] = [];
  for (const file of calendars) {
    try {
      const read = await readSourceOf(context, file.id, 'calendar', 'Upload an .ics calendar.', { window });
      events.push(...occurrencesIn(read.parsed, file, from, to));
    } catch (error) {
      if (!(error instanceof OfficemateError)) throw error;
      // The code, not the message: a reader's message may name the copy's path on the server.
      unreadable.push({ name: file.name, error: error.code });
    }
  }
  events.sort((a, b) => instant(a.start) - instant(b.start) || a.summary.localeCompare(b.summary));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    calendars: calendars.map((file) => ({ id: file.id, name: file.name })),
    events,
    unreadable,
  };
}
