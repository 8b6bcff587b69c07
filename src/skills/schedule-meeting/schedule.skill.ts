/**
 * @module schedule-skill
 * `mail-schedule`: meeting times free for every attendee, from their .ics calendars, and an
 * invitation (METHOD:REQUEST) for the first slot unless `invite` is false (a list to pick from).
 */
import { z } from 'zod';
import { writeIcs } from '../../formats/calendar/write-ics.ts';
import type { Calendar, CalendarEvent } from '../../formats/model.ts';
import { fail } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import { isValidTimeZone } from '../../lib/time-zones.ts';
import { readSourceOf, sourceWarnings } from '../read-source.ts';
import { defineSkill, FileRef, type SkillContext } from '../skill.ts';
import { type AttendeeCalendar, findFreeSlots, parseDuration } from './find-free-slots.ts';
import { calendarTimeZone, matchCalendars } from './match-calendars.ts';
import { windowFromText } from './parse-window.ts';

const DAY_MS = 86_400_000;

function parseWindow(
  input: { within?: string; from?: string; to?: string },
  now: Date,
): { start: Date; end: Date } {
  if (input.from || input.to) {
    const start = input.from ? new Date(input.from) : now;
    const end = input.to ? new Date(input.to) : new Date(start.getTime() + 7 * DAY_MS);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
      fail('bad_usage', '--from and --to must be ISO 8601 dates.', {
        hint: 'Example: --from 2026-03-16T00:00:00Z --to 2026-03-21T00:00:00Z',
      });
    if (end <= start) fail('bad_usage', '--to must be after --from.');
    return { start, end };
  }
  if (input.within) {
    const window = windowFromText(input.within, now);
    if (!window)
      fail('bad_usage', `Could not understand --within "${input.within}".`, {
        hint: 'Try "next week", "tomorrow", "this week" or use --from/--to.',
      });
    return { start: window.start, end: window.end };
  }
  return { start: now, end: new Date(now.getTime() + 7 * DAY_MS) };
}

async function readCalendars(
  context: SkillContext,
  refs: readonly string[],
  window: { start: Date; end: Date },
) {
  const readWindow = {
    start: new Date(window.start.getTime() - DAY_MS).toISOString(),
    end: new Date(window.end.getTime() + DAY_MS).toISOString(),
  };
  const calendars: Calendar[] = [];
  // An event a calendar could not read would show its hours as free: the slots say so beside them.
  const warnings: Warning[] = [];
  for (const ref of refs) {
    const read = await readSourceOf(context, ref, 'calendar', 'Give one .ics calendar per attendee.', {
      window: readWindow,
    });
    calendars.push(read.parsed);
    warnings.push(...sourceWarnings(read));
  }
  return { calendars, warnings };
}

export const scheduleSkill = defineSkill({
  id: 'mail-schedule',
  description: 'Find meeting times free for every attendee, from their .ics calendars.',
  input: z.object({
    attendees: z.array(z.string().min(1).max(320)).min(1).max(50),
    duration: z.string().max(20).default('30m').describe('30m, 1h, 1h30m'),
    calendars: z.array(FileRef).min(1).max(50).describe('One .ics per attendee.'),
    within: z.string().max(200).optional().describe('"next week", "tomorrow"; or from/to'),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    tz: z.string().max(64).default('UTC').describe('Zone for calendars that do not say theirs.'),
    hours: z.string().max(20).default('09:00-17:00'),
    limit: z.number().int().min(1).max(500).default(10),
    subject: z.string().max(200).default('Meeting'),
    invite: z.boolean().default(true).describe('Write invite.ics for the first slot.'),
  }),
  output: z.looseObject({
    slots: z.array(z.object({ start: z.string(), end: z.string(), freeUntil: z.string() }).loose()),
    window: z.object({ start: z.string(), end: z.string() }),
    attendees: z.array(z.object({ attendee: z.string(), timeZone: z.string() })),
    noSlotReason: z
      .literal('working-hours-apart')
      .optional()
      .describe('No slot because the working hours never overlap in the window, busy or not.'),
  }),
  async execute(input, context) {
    const duration = parseDuration(input.duration);
    if (!duration)
      fail('bad_usage', `--duration "${input.duration}" is not a length of time.`, {
        hint: 'Examples: 30m, 1h, 1h30m.',
      });
    if (!isValidTimeZone(input.tz))
      fail('bad_usage', `--tz ${input.tz} is not a time zone.`, {
        hint: 'Use an IANA name such as Europe/Berlin.',
      });
    const hours = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(input.hours);
    if (!hours) return fail('bad_usage', `--hours must look like 09:00-17:00, not "${input.hours}".`);
    const workingHours = { start: hours[1]!, end: hours[2]!, days: [1, 2, 3, 4, 5] };
    const now = context.clock.now();
    const window = parseWindow(input, now);
    const { calendars, warnings } = await readCalendars(context, input.calendars, window);
    const matches = matchCalendars(input.attendees, calendars);
    const attendeeCalendars: AttendeeCalendar[] = input.attendees.map((attendee, i) => {
      const index = matches[i];
      if (index === undefined) {
        context.log(`note: no calendar for ${attendee}; treating them as free during working hours.`);
        return { attendee, timeZone: input.tz, events: [], workingHours };
      }
      const calendar = calendars[index]!;
      return {
        attendee,
        timeZone: calendarTimeZone(calendar) ?? input.tz,
        events: calendar.events,
        workingHours,
      };
    });
    const slots = findFreeSlots(attendeeCalendars, { durationMinutes: duration, window, limit: input.limit });
    // With no slot, say whether the calendars are full or the working hours never meet (zones far apart).
    const hoursApart =
      slots.length === 0 &&
      findFreeSlots(
        attendeeCalendars.map((item) => ({ ...item, events: [] })),
        { durationMinutes: duration, window, limit: 1 },
      ).length === 0;
    const data = {
      slots,
      window: { start: window.start.toISOString(), end: window.end.toISOString() },
      attendees: attendeeCalendars.map((item) => ({ attendee: item.attendee, timeZone: item.timeZone })),
      ...(hoursApart ? { noSlotReason: 'working-hours-apart' as const } : {}),
    };
    const first = slots[0];
    if (!first || !input.invite) return { data, warnings };
    const invite: CalendarEvent = {
      type: 'event',
      uid: `officemate-${first.start.replace(/\W/g, '')}-${input.attendees
        .join('-')
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 40)}@officemate`,
      summary: input.subject,
      start: first.start,
      end: first.end,
      allDay: false,
      organizer: { address: input.attendees[0]! },
      attendees: input.attendees.map((address) => ({
        address,
        role: 'REQ-PARTICIPANT',
        status: 'NEEDS-ACTION',
      })),
      status: 'CONFIRMED',
      locator: {},
    };
    const ics = writeIcs([invite], {
      method: 'REQUEST',
      prodId: '-//Officemate//Officemate//EN',
      stamp: now,
    });
    return {
      data,
      artifacts: [{ name: 'invite.ics', bytes: Buffer.from(ics), contentType: 'text/calendar' }],
      warnings,
    };
  },
});
