/**
 * @module write-ics
 * CalendarEvents into iCalendar text (RFC 5545): CRLF lines folded at 75 octets, text
 * escaped, UTC times, all-day dates, organizer and attendees (RSVP requested for METHOD:REQUEST
 * invitations). Output is deterministic: the same events and options give the same bytes.
 */
import type { Attendee, CalendarEvent } from '../model.ts';

export type WriteIcsOptions = {
  /** iTIP method: "REQUEST" for invitations, "PUBLISH" for plain calendars (omitted when unset). */
  readonly method?: string;
  /** PRODID, e.g. "-//Officemate//Officemate 0.1//EN". */
  readonly prodId: string;
  /** DTSTAMP for every event; defaults to each event's start, which keeps the output deterministic. */
  readonly stamp?: Date;
  readonly name?: string;
};

/** Escapes a TEXT value (RFC 5545 section 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function quoteParam(value: string): string {
  const clean = value.replace(/["\r\n]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line at 75 octets without splitting UTF-8 characters. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const width = Buffer.byteLength(char, 'utf8');
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: string): string {
  return date.slice(0, 10).replace(/-/g, '');
}

function basicUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`"${iso}" is not an ISO 8601 time.`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function timeProperty(name: string, value: string, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${basicDate(value)}` : `${name}:${basicUtc(value)}`;
}

function personProperty(name: 'ORGANIZER' | 'ATTENDEE', person: Attendee, rsvp: boolean): string {
  const params: string[] = [];
  if (person.name) params.push(`CN=${quoteParam(person.name)}`);
  if (name === 'ATTENDEE') {
    params.push(`ROLE=${quoteParam(person.role ?? 'REQ-PARTICIPANT')}`);
    params.push(`PARTSTAT=${quoteParam(person.status ?? 'NEEDS-ACTION')}`);
    if (rsvp) params.push('RSVP=TRUE');
  }
  return `${name}${params.map((param) => `;${param}`).join('')}:mailto:${person.address}`;
}

function eventLines(event: CalendarEvent, options: WriteIcsOptions): string[] {
  const rsvp = options.method?.toUpperCase() === 'REQUEST';
  const stamp = options.stamp
    ? options.stamp.toISOString()
    : event.allDay
      ? `${event.start.slice(0, 10)}T00:00:00Z`
      : event.start;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${basicUtc(stamp)}`,
    timeProperty('DTSTART', event.start, event.allDay),
  ];
  if (event.end && event.end !== event.start) lines.push(timeProperty('DTEND', event.end, event.allDay));
  if (event.recurrenceId)
    lines.push(timeProperty('RECURRENCE-ID', event.recurrenceId, event.recurrenceId.length === 10));
  else if (event.rrule)
    for (const rule of [event.rrule, ...(event.extraRules ?? [])]) lines.push(`RRULE:${rule}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.organizer) lines.push(personProperty('ORGANIZER', event.organizer, false));
  for (const attendee of event.attendees) lines.push(personProperty('ATTENDEE', attendee, rsvp));
  if (event.status) lines.push(`STATUS:${event.status.toUpperCase()}`);
  if (event.transparency) lines.push(`TRANSP:${event.transparency.toUpperCase()}`);
  lines.push('SEQUENCE:0', 'END:VEVENT');
  return lines;
}

/** Writes events as one VCALENDAR. */
export function writeIcs(events: readonly CalendarEvent[], options: WriteIcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN'];
  if (options.method) lines.push(`METHOD:${options.method.toUpperCase()}`);
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event, options));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
