import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../model.ts';
import { parseIcs } from './read-ics.ts';
import { foldLine, writeIcs } from './write-ics.ts';

const EVENTS: CalendarEvent[] = [
  {
    type: 'event',
    uid: 'kickoff-1@officemate',
    summary: 'Project kickoff; budget, scope & plan',
    description: 'Agenda:\n1. Goals\n2. Owners, dates',
    location: 'Room 4, Floor 2',
    start: '2025-03-04T09:00:00Z',
    end: '2025-03-04T10:00:00Z',
    allDay: false,
    organizer: { name: 'Ana Lima', address: 'ana@example.com' },
    attendees: [
      { name: 'Lin, Wei', address: 'wei@example.com', role: 'REQ-PARTICIPANT', status: 'NEEDS-ACTION' },
      { address: 'omar@example.com', role: 'OPT-PARTICIPANT', status: 'ACCEPTED' },
    ],
    status: 'CONFIRMED',
    transparency: 'opaque',
    locator: { eventUid: 'kickoff-1@officemate' },
  },
  {
    type: 'event',
    uid: 'offsite@officemate',
    summary: 'Team offsite — 東京',
    start: '2025-04-10',
    end: '2025-04-12',
    allDay: true,
    attendees: [],
    locator: { eventUid: 'offsite@officemate' },
  },
  {
    type: 'event',
    uid: 'weekly@officemate',
    summary: 'Weekly sync',
    start: '2025-03-03T15:00:00Z',
    end: '2025-03-03T15:30:00Z',
    allDay: false,
    rrule: 'FREQ=WEEKLY;COUNT=4',
    attendees: [],
    locator: { eventUid: 'weekly@officemate' },
  },
];

const WINDOW = { start: '2025-01-01T00:00:00Z', end: '2026-01-01T00:00:00Z' };
const strip = ({ locator, ...event }: CalendarEvent) => ({ ...event, locator });

describe('writeIcs', () => {
  it('writes an invitation that our reader parses back into the same events', () => {
    const text = writeIcs(EVENTS, { method: 'REQUEST', prodId: '-//Officemate//Officemate 0.1//EN' });
    expect(text).toContain('METHOD:REQUEST\r\n');
    expect(text.replace(/\r\n /g, '')).toContain(
      'ATTENDEE;CN="Lin, Wei";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wei@example.com',
    );
    expect(text).toContain('SUMMARY:Project kickoff\\; budget\\, scope & plan');
    const { calendar, warnings } = parseIcs(text, { window: WINDOW });
    expect(warnings).toEqual([]);
    expect(calendar.method).toBe('REQUEST');
    const [kickoff, offsite, ...weekly] = calendar.events;
    expect(kickoff).toEqual({ ...strip(EVENTS[0] as CalendarEvent), timeZone: 'UTC' });
    expect(offsite).toEqual(strip(EVENTS[1] as CalendarEvent));
    expect(weekly.map((event) => event.start)).toEqual([
      '2025-03-03T15:00:00Z',
      '2025-03-10T15:00:00Z',
      '2025-03-17T15:00:00Z',
      '2025-03-24T15:00:00Z',
    ]);
    expect(weekly[0]).toMatchObject({
      summary: 'Weekly sync',
      rrule: 'FREQ=WEEKLY;COUNT=4',
      uid: 'weekly@officemate',
    });
  });

  it('is deterministic and writes valid lines (CRLF, folded at 75 octets)', () => {
    const options = { prodId: '-//Officemate//Officemate 0.1//EN' };
    const long = { ...(EVENTS[0] as CalendarEvent), description: 'Ünïcödé '.repeat(40) };
    const first = writeIcs([long], options);
    expect(writeIcs([long], options)).toBe(first);
    expect(first.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of first.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(first.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const back = parseIcs(first, { window: WINDOW }).calendar.events[0];
    expect(back?.description).toBe(long.description?.trim());
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('writes every RRULE of a series, and they read back as the same rules', () => {
    const series: CalendarEvent = {
      ...(EVENTS[2] as CalendarEvent),
      rrule: 'FREQ=WEEKLY;COUNT=4',
      extraRules: ['FREQ=MONTHLY;COUNT=2;BYDAY=1SU'],
    };
    const text = writeIcs([series], { prodId: 'p' });
    expect(text.match(/^RRULE:/gm)).toHaveLength(2);
    const back = parseIcs(text, { window: WINDOW }).calendar.events[0];
    expect([back?.rrule, ...(back?.extraRules ?? [])]).toEqual([series.rrule, ...(series.extraRules ?? [])]);
  });

  it('writes expanded occurrences with RECURRENCE-ID, and they read back as such', () => {
    const expanded = parseIcs(writeIcs([EVENTS[2] as CalendarEvent], { prodId: 'p' }), { window: WINDOW })
      .calendar.events;
    const text = writeIcs(expanded, { prodId: 'p', stamp: new Date('2025-01-01T00:00:00Z') });
    expect(text).toContain('DTSTAMP:20250101T000000Z');
    const again = parseIcs(text, { window: WINDOW }).calendar.events;
    expect(again.map((event) => [event.start, event.recurrenceId])).toEqual(
      expanded.map((event) => [event.start, event.recurrenceId]),
    );
  });
});
