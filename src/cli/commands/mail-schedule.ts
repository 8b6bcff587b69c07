/**
 * @module mail-schedule
 * `officemate mail schedule --attendees A,B --duration 30m --calendars X.ics Y.ics
 *   [--within "next week" | --from ISO --to ISO] [-o invite.ics]`
 */
import { fail } from '../../lib/errors.ts';
import { wallClock } from '../../lib/time-zones.ts';
import { integerFlag, listFlag, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type ScheduleData = {
  slots: { start: string; end: string; freeUntil: string }[];
  window: { start: string; end: string };
  attendees: { attendee: string; timeZone: string }[];
  noSlotReason?: 'working-hours-apart';
};

const USAGE =
  'mail schedule --attendees A,B,... --duration 30m --calendars FILE.ics... [--within "next week" | --from ISO --to ISO] [-o invite.ics]';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "Mon 5 Nov 2012 09:00–09:30 (free until 10:00)" on the zone's clock; a later day is named. */
export function slotLine(slot: { start: string; end: string; freeUntil?: string }, zone: string): string {
  const day = (iso: string) => {
    const clock = wallClock(new Date(iso), zone);
    return `${DAYS[clock.weekday]} ${clock.day} ${MONTHS[clock.month - 1]} ${clock.year}`;
  };
  const time = (iso: string) => {
    const clock = wallClock(new Date(iso), zone);
    return `${two(clock.hour)}:${two(clock.minute)}`;
  };
  const at = (iso: string) => (day(iso) === day(slot.start) ? time(iso) : `${day(iso)} ${time(iso)}`);
  const until = slot.freeUntil && slot.freeUntil !== slot.end ? `  (free until ${at(slot.freeUntil)})` : '';
  return `${day(slot.start)} ${time(slot.start)}–${at(slot.end)}${until}`;
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
    output: { type: 'string', short: 'o' },
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
    '  -o, --output invite.ics  write an invitation (METHOD:REQUEST) for the first slot',
    '  --subject TEXT      the invitation\'s title (default "Meeting")',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { scheduleSkill } = await import('../../skills/schedule-meeting/schedule.skill.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const attendees = (stringFlag(context, 'attendees') ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (attendees.length === 0)
      fail('bad_usage', 'Missing --attendees.', { hint: `Usage: officemate ${USAGE}` });
    const calendars = [...listFlag(context, 'calendars'), ...context.positionals];
    if (calendars.length === 0)
      fail('bad_usage', 'Missing --calendars: give one .ics file per attendee.', {
        hint: `Usage: officemate ${USAGE}`,
      });
    const durationText = stringFlag(context, 'duration') ?? '30m';
    const hoursText = stringFlag(context, 'hours') ?? '09:00-17:00';
    const optional = (flag: string, key = flag) => {
      const value = stringFlag(context, flag);
      return value === undefined ? {} : { [key]: value };
    };
    const limit = integerFlag(context, 'limit', { min: 1, max: 500 });
    const schedule = await runCliSkill<ScheduleData>(context, scheduleSkill, {
      attendees,
      duration: durationText,
      calendars,
      ...optional('within'),
      ...optional('from'),
      ...optional('to'),
      ...optional('tz'),
      ...optional('hours'),
      ...optional('subject'),
      ...(limit !== undefined ? { limit } : {}),
    });
    const { slots, window } = schedule.data;
    const outPath = stringFlag(context, 'output');
    const invite = outPath && schedule.artifacts.length ? outPath : undefined;
    if (invite) await writeArtifact(schedule, invite);
    if (context.json) {
      context.outJson({ ...schedule.data, ...(invite ? { invite } : {}) });
    } else if (slots.length === 0) {
      context.out(`No common free time of ${durationText} between ${window.start} and ${window.end}.`);
      if (schedule.data.noSlotReason === 'working-hours-apart')
        context.out(
          `The working hours (${hoursText}, in each attendee's zone: ${schedule.data.attendees
            .map((item) => `${item.attendee} ${item.timeZone}`)
            .join(
              ', ',
            )}) never overlap in this window, whatever the calendars hold; try other --hours, or --tz for calendars that do not name their zone.`,
        );
    } else {
      // Shown on the first attendee's clock (the zone their calendar or --tz gives), not in UTC.
      const zone = schedule.data.attendees[0]?.timeZone ?? 'UTC';
      const who = attendees.length === 1 ? 'the one attendee' : `all ${attendees.length} attendees`;
      context.out(`Free for ${who} (${durationText}), times in ${zone}:`);
      for (const slot of slots) context.out(`  ${slotLine(slot, zone)}`);
      if (outPath) context.out(`Invitation for the first slot written to ${outPath}.`);
    }
    return 0;
  },
};
