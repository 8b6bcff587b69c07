/**
 * @module mail-schedule
 * `officemate mail schedule --attendees A,B --duration 30m --calendars X.ics Y.ics
 *   [--within "next week" | --from ISO --to ISO] [-o invite.ics]`
 */
import { writeFile } from 'node:fs/promises';
import { writeIcs } from '../../formats/calendar/write-ics.ts';
import type { Calendar, CalendarEvent } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { isValidTimeZone } from '../../lib/time-zones.ts';
import {
  type AttendeeCalendar,
  findFreeSlots,
  parseDuration,
} from '../../skills/schedule-meeting/find-free-slots.ts';
import { calendarTimeZone, matchCalendars } from '../../skills/schedule-meeting/match-calendars.ts';
import { windowFromText } from '../../skills/schedule-meeting/parse-window.ts';
import { integerFlag, listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const USAGE =
  'mail schedule --attendees A,B,... --duration 30m --calendars FILE.ics... [--within "next week" | --from ISO --to ISO] [-o invite.ics]';

function parseWindow(
  within: string | undefined,
  from: string | undefined,
  to: string | undefined,
  now: Date,
): { start: Date; end: Date } {
  if (from || to) {
    const start = from ? new Date(from) : now;
    const end = to ? new Date(to) : new Date(start.getTime() + 7 * 86_400_000);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
      fail('bad_usage', '--from and --to must be ISO 8601 dates.', {
        hint: 'Example: --from 2026-03-16T00:00:00Z --to 2026-03-21T00:00:00Z',
      });
    if (end <= start) fail('bad_usage', '--to must be after --from.');
    return { start, end };
  }
  if (within) {
    const window = windowFromText(within, now);
    if (!window)
      fail('bad_usage', `Could not understand --within "${within}".`, {
        hint: 'Try "next week", "tomorrow", "this week" or use --from/--to.',
      });
    return { start: window.start, end: window.end };
  }
  return { start: now, end: new Date(now.getTime() + 7 * 86_400_000) };
}

export const mailScheduleCommand: Command = {
  name: 'mail schedule',
  summary: 'Find meeting times free for every attendee, from their .ics calendars.',
  usage: USAGE,
  options: {
    attendees: { type: 'string' },
    duration: { type: 'string' },
    calendars: { type: 'string', multiple: true },
    within: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    tz: { type: 'string' },
    hours: { type: 'string' },
    limit: { type: 'string' },
    subject: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  help: [
    'Flags:',
    '  --attendees A,B     attendee addresses (matched to calendars by address, else by file order)',
    '  --duration 30m      meeting length (30m, 1h, 1h30m)',
    '  --calendars F...    one .ics per attendee (repeat the flag or list files after it)',
    '  --within TEXT       "next week", "tomorrow"...; or --from ISO --to ISO (default: the next 7 days)',
    "  --hours 09:00-17:00 working hours (default 09:00-17:00, Monday to Friday, in each attendee's zone)",
    '  --tz ZONE           zone for calendars that do not say theirs (default UTC)',
    '  --limit N           at most N slots (default 10)',
    '  -o invite.ics       write an invitation (METHOD:REQUEST) for the first slot',
  ].join('\n'),
  async run(context) {
    const attendees = (stringFlag(context, 'attendees') ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (attendees.length === 0)
      fail('bad_usage', 'Missing --attendees.', { hint: `Usage: officemate ${USAGE}` });
    const durationText = stringFlag(context, 'duration') ?? '30m';
    const duration = parseDuration(durationText);
    if (!duration)
      fail('bad_usage', `--duration "${durationText}" is not a length of time.`, {
        hint: 'Examples: 30m, 1h, 1h30m.',
      });
    const calendarFiles = [...listFlag(context, 'calendars'), ...context.positionals];
    if (calendarFiles.length === 0)
      fail('bad_usage', 'Missing --calendars: give one .ics file per attendee.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    const fallbackZone = stringFlag(context, 'tz') ?? 'UTC';
    if (!isValidTimeZone(fallbackZone))
      fail('bad_usage', `--tz ${fallbackZone} is not a time zone.`, {
        hint: 'Use an IANA name such as Europe/Berlin.',
      });
    const hoursText = stringFlag(context, 'hours') ?? '09:00-17:00';
    const hoursMatch = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(hoursText);
    if (!hoursMatch) fail('bad_usage', `--hours must look like 09:00-17:00, not "${hoursText}".`);
    const now = context.clock.now();
    const window = parseWindow(
      stringFlag(context, 'within'),
      stringFlag(context, 'from'),
      stringFlag(context, 'to'),
      now,
    );
    const readWindow = {
      start: new Date(window.start.getTime() - 86_400_000).toISOString(),
      end: new Date(window.end.getTime() + 86_400_000).toISOString(),
    };

    const calendars: Calendar[] = [];
    for (const file of calendarFiles) {
      const result = await readFile(file, { window: readWindow, now });
      if (!result.success) throw new OfficemateError(result.error);
      if (result.data.type !== 'calendar')
        fail('bad_usage', `${file} is not a calendar (.ics).`, { path: file });
      calendars.push(result.data);
    }
    const matches = matchCalendars(attendees, calendars);
    const attendeeCalendars: AttendeeCalendar[] = [];
    attendees.forEach((attendee, i) => {
      const index = matches[i];
      if (index === undefined) {
        context.log(`note: no calendar for ${attendee}; treating them as free during working hours.`);
        attendeeCalendars.push({
          attendee,
          timeZone: fallbackZone,
          events: [],
          workingHours: { start: hoursMatch![1]!, end: hoursMatch![2]!, days: [1, 2, 3, 4, 5] },
        });
        return;
      }
      const calendar = calendars[index]!;
      attendeeCalendars.push({
        attendee,
        timeZone: calendarTimeZone(calendar) ?? fallbackZone,
        events: calendar.events,
        workingHours: { start: hoursMatch![1]!, end: hoursMatch![2]!, days: [1, 2, 3, 4, 5] },
      });
    });
    const slots = findFreeSlots(attendeeCalendars, {
      durationMinutes: duration,
      window,
      limit: integerFlag(context, 'limit', { min: 1, max: 500 }) ?? 10,
    });

    const outPath = stringFlag(context, 'out');
    if (outPath && slots[0]) {
      const first = slots[0];
      const invite: CalendarEvent = {
        type: 'event',
        uid: `officemate-${first.start.replace(/\W/g, '')}-${attendees
          .join('-')
          .replace(/[^a-z0-9]/gi, '')
          .slice(0, 40)}@officemate`,
        summary: stringFlag(context, 'subject') ?? 'Meeting',
        start: first.start,
        end: first.end,
        allDay: false,
        organizer: { address: attendees[0]! },
        attendees: attendees.map((address) => ({ address, role: 'REQ-PARTICIPANT', status: 'NEEDS-ACTION' })),
        status: 'CONFIRMED',
        locator: {},
      };
      await writeFile(
        outPath,
        writeIcs([invite], { method: 'REQUEST', prodId: '-//Officemate//Officemate//EN', stamp: now }),
      );
    }
    if (context.json) {
      context.outJson({
        slots,
        window: { start: window.start.toISOString(), end: window.end.toISOString() },
        attendees: attendeeCalendars.map((item) => ({ attendee: item.attendee, timeZone: item.timeZone })),
        ...(outPath && slots[0] ? { invite: outPath } : {}),
      });
    } else if (slots.length === 0) {
      context.out(
        `No common free time of ${durationText} between ${window.start.toISOString()} and ${window.end.toISOString()}.`,
      );
    } else {
      context.out(`Free for all ${attendees.length} attendees (${durationText}):`);
      for (const slot of slots)
        context.out(
          `  ${slot.start}  to  ${slot.end}${slot.freeUntil !== slot.end ? `  (free until ${slot.freeUntil})` : ''}`,
        );
      if (outPath) context.out(`Invitation for the first slot written to ${outPath}.`);
    }
    return 0;
  },
};
