import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/formats/read-file.ts';
import { CORPUS } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const CALENDARS = join(import.meta.dirname, '__fixtures__', 'calendars');

describe('officemate mail schedule', () => {
  it('finds the exact common slots across New York (after its DST change) and London, with recurrences, an EXDATE, a moved occurrence and a free event', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'officemate-schedule-')), 'invite.ics');
    const result = await runCli([
      'mail',
      'schedule',
      '--attendees',
      'ben@example.com,ana@example.com',
      '--duration',
      '1h',
      '--calendars',
      join(CALENDARS, 'ana-newyork.ics'),
      '--calendars',
      join(CALENDARS, 'ben-london.ics'),
      '--from',
      '2026-03-11T00:00:00Z',
      '--to',
      '2026-03-13T00:00:00Z',
      '--json',
      '-o',
      out,
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      slots: { start: string; end: string }[];
      attendees: { attendee: string; timeZone: string }[];
    };
    expect(json.attendees).toEqual([
      { attendee: 'ben@example.com', timeZone: 'Europe/London' },
      { attendee: 'ana@example.com', timeZone: 'America/New_York' },
    ]);
    // Wednesday: Ana's stand-up is cancelled (EXDATE), her dentist is 13:00-14:30 EDT, Ben's review 15:00-16:30 GMT.
    // Thursday: Ana's stand-up moved to 11:00-12:00 EDT (RECURRENCE-ID).
    // Each free stretch once (Wednesday 13:00-15:00, Thursday 13:00-15:00 and 16:00-17:00).
    expect(json.slots.map((slot) => slot.start)).toEqual([
      '2026-03-11T13:00:00Z',
      '2026-03-12T13:00:00Z',
      '2026-03-12T16:00:00Z',
    ]);
    expect(json.slots[0]?.end).toBe('2026-03-11T14:00:00Z');
    const invite = await readFile(out);
    expect(invite.success).toBe(true);
    if (!invite.success || invite.data.type !== 'calendar') throw new Error('invite is not a calendar');
    expect(invite.data.method).toBe('REQUEST');
    expect(invite.data.events[0]?.start).toBe('2026-03-11T13:00:00Z');
    expect(invite.data.events[0]?.attendees.map((attendee) => attendee.address).sort()).toEqual([
      'ana@example.com',
      'ben@example.com',
    ]);
  });

  it('understands --within "next week" relative to --now', async () => {
    const args = [
      'mail',
      'schedule',
      '--attendees',
      'ana@example.com',
      '--duration',
      '30m',
      '--calendars',
      join(CALENDARS, 'ana-newyork.ics'),
      '--within',
      'next week',
      '--now',
      '2026-03-12T12:00:00Z',
      '--limit',
      '2',
    ];
    const result = await runCli([...args, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      slots: { start: string }[];
      window: { start: string; end: string };
    };
    expect(json.window).toEqual({ start: '2026-03-16T00:00:00.000Z', end: '2026-03-23T00:00:00.000Z' });
    // Monday 16 March: 09:00-09:30 EDT is free, the stand-up runs 09:30-10:00.
    expect(json.slots.map((slot) => slot.start)).toEqual(['2026-03-16T13:00:00Z', '2026-03-16T14:00:00Z']);
    // Said in words for one attendee, not "all 1 attendees".
    const text = await runCli(args);
    expect(text.stdout).toContain('Free for the one attendee (30m), times in America/New_York:');
  });

  it('says which event of a calendar it could not read, since its hours would look free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'officemate-schedule-'));
    const calendar = join(dir, 'kiln-room.ics');
    writeFileSync(
      calendar,
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:glaze-firing',
        'DTSTART:20310304T::',
        'DTEND:20310304T160000Z',
        'SUMMARY:Glaze firing',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const result = await runCli([
      'mail',
      'schedule',
      '--attendees',
      'wren@example.com',
      '--duration',
      '1h',
      '--calendars',
      calendar,
      '--from',
      '2031-03-04T09:00:00Z',
      '--to',
      '2031-03-04T17:00:00Z',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { slots: unknown[]; warnings?: { message: string }[] };
    expect(json.slots.length).toBeGreaterThan(0);
    expect(json.warnings?.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^kiln-room\.ics: Event "Glaze firing" \(UID glaze-firing\) could not be read: /),
    ]);
    expect(result.stderr).toMatch(/warning: kiln-room\.ics: Event "Glaze firing"/);
  });

  it('rejects bad input with exit code 2', async () => {
    expect(
      (
        await runCli([
          'mail',
          'schedule',
          '--attendees',
          'a@example.com',
          '--duration',
          'soon',
          '--calendars',
          join(CALENDARS, 'ben-london.ics'),
          '--json',
        ])
      ).code,
    ).toBe(2);
    expect((await runCli(['mail', 'schedule', '--duration', '30m', '--json'])).code).toBe(2);
    const missing = await runCli([
      'mail',
      'schedule',
      '--attendees',
      'a@example.com',
      '--calendars',
      '/nonexistent.ics',
      '--json',
    ]);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe('file_not_found');
  });
  it('says when no time fits because the working hours never meet, not the calendars (real calendars in Pacific and Monaco time)', async () => {
    const corpus = join(CORPUS, 'calendar', 'node-ical');
    const args = [
      'mail',
      'schedule',
      '--attendees',
      'ana@example.com,ben@example.com',
      '--duration',
      '1h',
      '--calendars',
      join(corpus, 'vtodo-vfreebusy.ics'),
      '--calendars',
      join(corpus, 'utf8-french-calendar.ics'),
      '--from',
      '2002-11-25T00:00:00Z',
      '--to',
      '2002-11-29T23:00:00Z',
    ];
    const apart = await runCli(args);
    expect(apart.code).toBe(0);
    expect(apart.stdout).toMatch(/never overlap in this window.*try other --hours/s);
    expect(apart.stdout).toMatch(/US\/Pacific.*Europe\/Monaco/);
    // Longer hours meet: the slots come, and no such line.
    const meet = await runCli([...args, '--hours', '08:00-18:00', '--json']);
    const json = JSON.parse(meet.stdout) as { slots: unknown[]; noSlotReason?: string };
    expect(json.slots.length).toBeGreaterThan(0);
    expect(json.noSlotReason).toBeUndefined();
  });

  it("prints the slots on the first attendee's clock, not in UTC (icaljs recur_instances_finite, libical overlaps)", async () => {
    const result = await runCli([
      'mail',
      'schedule',
      '--attendees',
      'jlal@mozilla.com,me@example.com',
      '--duration',
      '30m',
      '--calendars',
      join(CORPUS, 'calendar', 'icaljs', 'samples__recur_instances_finite.ics'),
      join(CORPUS, 'calendar', 'libical', 'overlaps.ics'),
      '--from',
      '2012-11-05T00:00:00-08:00',
      '--to',
      '2012-11-07T00:00:00-08:00',
      '--tz',
      'America/Los_Angeles',
      '--limit',
      '2',
    ]);
    expect(result.code).toBe(0);
    // The series meets on Monday 5 November at 10:00 Pacific (an RDATE), 18:00 UTC.
    expect(result.stdout).toContain('times in America/Los_Angeles:');
    expect(result.stdout).toContain('  Mon 5 Nov 2012 09:00–09:30  (free until 10:00)');
    expect(result.stdout).toContain('  Mon 5 Nov 2012 10:30–11:00  (free until 17:00)');
    expect(result.stdout).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });
});
