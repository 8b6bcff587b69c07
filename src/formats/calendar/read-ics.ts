/**
 * @module read-ics
 * iCalendar (.ics, vCalendar .vcs) into a Calendar of events through ical.js. Recurring
 * events (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) are expanded inside a window; times
 * come out in UTC, resolved through the file's VTIMEZONEs or, for TZIDs without one, through
 * IANA and Windows zone names. Malformed lines are dropped with a warning; a file with no
 * calendar in it is a typed error.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import ICAL from 'ical.js';
import { fail } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import { zonedTimeToUtc } from '../../lib/time-zones.ts';
import { budgetOf, DEFAULT_BUDGET, tooComplex } from '../budget.ts';
import type { Attendee, BusyPeriod, Calendar, CalendarEvent, FreeBusy, UndatedEvent } from '../model.ts';
import type { ReaderInput, ReadOptions } from '../reader.ts';
import { decodeText } from '../text/decode-text.ts';
import { resolveTimeZone } from './time-zones.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** Occurrences kept per recurring event inside the window. */
export const MAX_OCCURRENCES = DEFAULT_BUDGET.recurrenceInstances;
/** Recurrence steps taken per event before giving up (bounds FREQ=SECONDLY from 1970 and the like). */
export const MAX_ITERATIONS = 50_000;
const DAY_MS = 24 * 3600 * 1000;
const YEAR_MS = 365 * DAY_MS;

export type ParsedCalendar = { readonly calendar: Calendar; readonly warnings: readonly Warning[] };

function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The default window: a year either side of `now`. */
export function defaultWindow(options: ReadOptions): { start: string; end: string } {
  if (options.window) return { start: options.window.start, end: options.window.end };
  const now = (options.now ?? new Date()).getTime();
  return { start: isoInstant(now - YEAR_MS), end: isoInstant(now + YEAR_MS) };
}

/** The components read from a file's text, and what was dropped on the way. */
type LenientResult = { readonly jcals: unknown[]; readonly warnings: readonly Warning[] };

/** Unfolds, closes open components and parses; when ical.js rejects the text, lines it cannot read are dropped (with a warning). */
function parseLenient(source: string): LenientResult {
  const lines = markDateValues(source)
    .replace(/\r\n?/g, '\n')
    .replace(/\n{2,}/g, '\n') // empty lines mean nothing, so a fold after one still continues its property (old Mozilla exports)
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(unquoteValue);
  const parse = (kept: readonly string[]): unknown[] => {
    const parsed = ICAL.parse(balance(kept).join('\r\n')) as unknown;
    const list = isJcalList(parsed) ? parsed : [parsed];
    if (!list.every((item) => Array.isArray(item) && typeof item[0] === 'string'))
      throw new Error('no calendar component found');
    return list;
  };
  try {
    return { jcals: parse(lines), warnings: [] };
  } catch (first) {
    const kept: string[] = [];
    let dropped = 0;
    for (const raw of lines) {
      const line = raw.replace(/;(\w[\w-]*)="([^"]*?):([^"]*)"$/, ';$1="$2":$3'); // TZID="Zone:2020..." (an Exchange bug)
      if (/^(BEGIN|END):/i.test(line)) {
        kept.push(line);
        continue;
      }
      try {
        ICAL.parse.property(line);
        kept.push(line);
      } catch {
        dropped++;
      }
    }
    try {
      const jcals = parse(kept);
      return {
        jcals,
        warnings: dropped > 0 ? [{ type: 'skipped', message: `${dropped} malformed line(s) skipped.` }] : [],
      };
    } catch {
      throw first;
    }
  }
}

/**
 * A whole value quoted after `=` instead of `:` (`ORGANIZER="mailto:a@b.org"`, written by some
 * exporters) read as the plain value (`ORGANIZER:mailto:a@b.org`); other lines unchanged.
 */
function unquoteValue(line: string): string {
  const quoted = /^([A-Za-z][A-Za-z0-9-]*)="([^"]*)"$/.exec(line);
  return quoted ? `${quoted[1]}:${quoted[2]}` : line;
}

/** jCal (RFC 7265): the JSON form of iCalendar, one component or a list of them. */
function parseJcal(source: string): unknown[] {
  const parsed = JSON.parse(source) as unknown;
  const list = isJcalList(parsed) ? parsed : [parsed];
  if (!list.every((item) => Array.isArray(item) && typeof item[0] === 'string'))
    throw new Error('no calendar component found');
  return list;
}

/** Date-only values written without VALUE=DATE ("DTSTART:20220101", common in the wild) get the parameter. */
function markDateValues(text: string): string {
  return text.replace(
    /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:\n]*)?):(\d{8}(?:,\d{8})*)(\r?)$/gim,
    (line, name: string, params: string, value: string, cr: string) =>
      /VALUE=/i.test(params) ? line : `${name}${params};VALUE=DATE:${value}${cr}`,
  );
}

function isJcalList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]);
}

/** Drops END lines without a BEGIN and closes components left open (truncated files). */
function balance(lines: readonly string[]): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of lines) {
    const begin = /^BEGIN:(.+)$/i.exec(line);
    const end = /^END:(.+)$/i.exec(line);
    if (begin) {
      stack.push((begin[1] ?? '').trim().toUpperCase());
      out.push(line);
    } else if (end) {
      const name = (end[1] ?? '').trim().toUpperCase();
      const at = stack.lastIndexOf(name);
      if (at < 0) continue;
      while (stack.length > at + 1) out.push(`END:${stack.pop()}`);
      stack.pop();
      out.push(line);
    } else if (stack.length > 0) out.push(line);
  }
  while (stack.length) out.push(`END:${stack.pop()}`);
  return out;
}

function text(component: Component, name: string): string | undefined {
  try {
    const value = component.getFirstPropertyValue(name);
    if (value === null || value === undefined) return undefined;
    const out = String(value).trim();
    return out ? out : undefined;
  } catch {
    return undefined;
  }
}

function person(component: Component, name: string): Attendee[] {
  return component.getAllProperties(name).flatMap((property) => {
    const value = String(property.getFirstValue() ?? '').trim();
    const address = value.replace(/^mailto:/i, '');
    const cn = property.getParameter('cn');
    const role = property.getParameter('role');
    const status = property.getParameter('partstat');
    const delegatedTo = addressesOf(property.getParameter('delegated-to'));
    const memberOf = addressesOf(property.getParameter('member'));
    if (!address && !cn) return [];
    return [
      {
        address,
        ...(typeof cn === 'string' && cn ? { name: cn.replace(/^"|"$/g, '') } : {}),
        ...(typeof role === 'string' ? { role } : {}),
        ...(typeof status === 'string' ? { status } : {}),
        ...(delegatedTo.length > 0 ? { delegatedTo } : {}),
        ...(memberOf.length > 0 ? { memberOf } : {}),
      },
    ];
  });
}

/** The addresses of a parameter that lists calendar users (DELEGATED-TO, MEMBER): one value or several, "mailto:" dropped. */
function addressesOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return values
    .map((item) =>
      String(item)
        .replace(/^"|"$/g, '')
        .replace(/^mailto:/i, '')
        .trim(),
    )
    .filter(Boolean);
}

const BUSY_KINDS: Readonly<Record<string, BusyPeriod['kind']>> = {
  BUSY: 'busy',
  'BUSY-UNAVAILABLE': 'unavailable',
  'BUSY-TENTATIVE': 'tentative',
  FREE: 'free',
};

/**
 * A free/busy list (VFREEBUSY) with its periods; undefined for a request, which gives none.
 * Whose time it is: the attendee a reply gives it for (RFC 5545 3.6.4), else the organizer
 * who publishes it.
 */
function readFreeBusy(item: Component, converter: TimeConverter): FreeBusy | undefined {
  const periods = item.getAllProperties('freebusy').flatMap((property) => {
    const kind = BUSY_KINDS[String(property.getParameter('fbtype') ?? 'BUSY').toUpperCase()] ?? 'busy';
    return (property.getValues() as { start?: Time; getEnd?: () => Time }[]).flatMap(
      (period): BusyPeriod[] => {
        const end = period.getEnd?.();
        if (!period.start || !end) return [];
        return [
          { start: converter.toIso(period.start, undefined), end: converter.toIso(end, undefined), kind },
        ];
      },
    );
  });
  if (periods.length === 0) return undefined;
  const owner = person(item, 'attendee')[0] ?? person(item, 'organizer')[0];
  const url = text(item, 'url');
  const comment = text(item, 'comment');
  return {
    uid: text(item, 'uid') ?? syntheticUid(item),
    ...(owner ? { owner } : {}),
    periods,
    ...(url ? { url } : {}),
    ...(comment ? { comment } : {}),
  };
}

/** RFC 7986 CONFERENCE properties: the URI to join by, its LABEL and FEATURE list. */
/** The event's CATEGORIES, every property and every value of each ("BUSINESS,HUMAN RESOURCES"). */
function categoriesOf(component: Component): string[] {
  const values = component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map((value) => String(value ?? '').trim()))
    .filter(Boolean);
  return [...new Set(values)];
}

/** The event's own ATTACH given as a link; inline data (ENCODING=BASE64) is no place to get it from. */
function attachmentsOf(component: Component): string[] {
  return component.getAllProperties('attach').flatMap((property) => {
    if (property.getParameter('encoding') || property.getParameter('value') === 'BINARY') return [];
    const uri = String(property.getFirstValue() ?? '').trim();
    return uri && /^[a-z][\w+.-]*:\S+$/i.test(uri) ? [uri] : [];
  });
}

function conferences(component: Component): NonNullable<CalendarEvent['conferences']> {
  return component.getAllProperties('conference').flatMap((property) => {
    const uri = String(property.getFirstValue() ?? '').trim();
    if (!uri) return [];
    const label = property.getParameter('label');
    const feature = property.getParameter('feature') as string | string[] | undefined;
    const features = (
      Array.isArray(feature) ? feature : typeof feature === 'string' ? feature.split(',') : []
    )
      .map((item) => item.trim().toUpperCase())
      .filter(Boolean);
    return [
      {
        uri,
        ...(typeof label === 'string' && label.trim() ? { label: label.trim() } : {}),
        ...(features.length > 0 ? { features } : {}),
      },
    ];
  });
}

/** The words alarm programs fill a reminder's text with, which say nothing of their own. */
const STOCK_ALARM_TEXT =
  /^(?:reminder|alarm|alarm notification|this is an event reminder|default \w+ description|event reminder|mozilla standardbeschreibung)\.?$/i;

type Alarm = NonNullable<CalendarEvent['alarms']>[number];

/** A VALARM outside any event, kept for its own title and text; undefined when it says nothing of its own. */
function looseAlarm(alarm: Component): UndatedEvent | undefined {
  const own = (value: string | undefined) => (value && !STOCK_ALARM_TEXT.test(value) ? value : undefined);
  const summary = own(text(alarm, 'summary'));
  const description = own(text(alarm, 'description'));
  if (!summary && !description) return undefined;
  return {
    uid: syntheticUid(alarm),
    summary: summary ?? '',
    ...(description ? { description } : {}),
    // An alarm's ATTENDEEs are whom it mails the reminder to, not people of a meeting.
    attendees: [],
  };
}

/** Whom a reminder that goes out by e-mail (ACTION:EMAIL) is sent to: its ATTENDEEs' addresses. */
function mailedTo(alarm: Component): string[] {
  if (String(alarm.getFirstPropertyValue('action') ?? '').toUpperCase() !== 'EMAIL') return [];
  return alarm
    .getAllProperties('attendee')
    .map((property) =>
      String(property.getFirstValue() ?? '')
        .replace(/^mailto:/i, '')
        .trim(),
    )
    .filter((address) => address.length > 0);
}

/** An event's VALARM reminders: when each goes off (before its start or end, or at a moment) and what it says. */
function alarmsOf(item: Component, converter: TimeConverter): NonNullable<CalendarEvent['alarms']> {
  return item.getAllSubcomponents('valarm').flatMap((alarm): Alarm[] => {
    const trigger = alarm.getFirstProperty('trigger');
    let value: unknown;
    try {
      value = trigger?.getFirstValue();
    } catch {
      // A TRIGGER that is neither a duration nor a time ("120000"): no moment to tell.
      return [];
    }
    const said = text(alarm, 'description');
    const title = text(item, 'summary');
    const description = said && !STOCK_ALARM_TEXT.test(said) && said !== title ? said : undefined;
    const mailTo = mailedTo(alarm);
    const told = { ...(description ? { description } : {}), ...(mailTo.length > 0 ? { mailTo } : {}) };
    if (value instanceof ICAL.Time)
      return [{ at: converter.toIso(value, tzidOf(alarm, 'trigger')), ...told }];
    if (value === null || value === undefined) return [];
    const written = String(value);
    const seconds = durationSeconds(written);
    if (!Number.isFinite(seconds)) return [];
    const related = String(trigger?.getParameter('related') ?? '').toUpperCase() === 'END';
    return [
      {
        before: written.trim().startsWith('-') ? seconds : -seconds,
        ...(related ? { related: 'end' as const } : {}),
        ...told,
      },
    ];
  });
}

/**
 * False when a zoned time lies within its VTIMEZONE's observances; else the UTC offset in
 * seconds that the earliest observance changes from (the offset in force before it).
 */
function beforeObservances(time: Time): false | number {
  const component = (time.zone as { component?: Component } | undefined)?.component;
  if (!component) return false;
  let earliest: { start: Time; from: number } | undefined;
  for (const observance of [
    ...component.getAllSubcomponents('standard'),
    ...component.getAllSubcomponents('daylight'),
  ]) {
    const start = observance.getFirstPropertyValue('dtstart');
    const from = observance.getFirstPropertyValue('tzoffsetfrom');
    if (!(start instanceof ICAL.Time) || !(from instanceof ICAL.UtcOffset)) continue;
    if (!earliest || start.compare(earliest.start) < 0) earliest = { start, from: from.toSeconds() };
  }
  if (!earliest) return false;
  const wall = ICAL.Time.fromData({
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  });
  const start = ICAL.Time.fromData({
    year: earliest.start.year,
    month: earliest.start.month,
    day: earliest.start.day,
    hour: earliest.start.hour,
    minute: earliest.start.minute,
    second: earliest.start.second,
  });
  return wall.compare(start) < 0 ? earliest.from : false;
}

/**
 * Converts ical.js times to our strings, resolving zones and noting what could not be resolved
 * (each zone once per file); `takeWarnings` hands those notes over.
 */
class TimeConverter {
  private readonly noted = new Set<string>();
  private pending: Warning[] = [];
  constructor(private readonly registered: ReadonlySet<string>) {}

  /** The warnings noted since the last call, each handed over once. */
  takeWarnings(): Warning[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** Milliseconds since the epoch, or a plain date for all-day values. */
  toIso(time: Time, tzid: string | undefined): string {
    if (time.isDate) return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
    return isoInstant(this.toMs(time, tzid));
  }

  toMs(time: Time, tzid: string | undefined): number {
    const zoneId = time.zone?.tzid;
    if (zoneId === 'UTC' || zoneId === 'Z') return time.toUnixTime() * 1000;
    // A VTIMEZONE says nothing about times before its first observance (ical.js reads them as
    // UTC): such times use the zone's name, else the offset the first observance changes from.
    const before = zoneId && this.registered.has(zoneId) ? beforeObservances(time) : false;
    if (zoneId && this.registered.has(zoneId) && before === false) return time.toUnixTime() * 1000;
    const zone = resolveTimeZone(tzid);
    if (zone)
      return zonedTimeToUtc(
        time.year,
        time.month,
        time.day,
        time.hour,
        time.minute,
        zone,
        time.second,
      ).getTime();
    if (typeof before === 'number')
      return (
        Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second) - before * 1000
      );
    const key = tzid ?? '(floating)';
    if (!this.noted.has(key)) {
      this.noted.add(key);
      this.pending.push({
        type: 'lossy',
        message: tzid
          ? `Unknown time zone "${tzid}": its times were read as UTC.`
          : 'Floating times (no time zone) were read as UTC.',
      });
    }
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  }
}

function tzidOf(component: Component, name: string): string | undefined {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

const SYNTHETIC_UID_DOMAIN = '@officemate.invalid';

function syntheticUid(component: Component): string {
  return `${createHash('sha1').update(component.toString()).digest('hex').slice(0, 20)}${SYNTHETIC_UID_DOMAIN}`;
}

/**
 * An event as a warning names it, so the user can find it in their calendar: its title and
 * UID, else whichever it has ("Event \"Kiln firing\" (UID k-17)"). A UID made up here for an
 * event without one is never shown: it is in no calendar program.
 */
function eventName(uid: string, component: Component | undefined): string {
  const summary = component ? text(component, 'summary') : undefined;
  const ownUid = uid.endsWith(SYNTHETIC_UID_DOMAIN) ? undefined : uid;
  if (summary && ownUid) return `Event "${summary}" (UID ${ownUid})`;
  if (summary) return `Event "${summary}"`;
  return ownUid ? `Event ${ownUid}` : 'An event with no title or UID';
}

type EventParts = {
  readonly uid: string;
  readonly item: Component;
  readonly start: Time;
  readonly end: Time;
  readonly recurrenceId?: string;
  readonly rrule?: string;
  readonly extraRules?: readonly string[];
  readonly seriesStart?: string;
  readonly excluded?: readonly string[];
  readonly rdates?: readonly string[];
};

function buildEvent(parts: EventParts, converter: TimeConverter): CalendarEvent {
  const { item } = parts;
  const tzid = tzidOf(item, 'dtstart');
  const endTzid = tzidOf(item, 'dtend') ?? tzid;
  const allDay = parts.start.isDate;
  const start = converter.toIso(parts.start, tzid);
  let end = converter.toIso(parts.end, endTzid);
  if (end < start) end = start;
  const timeZone = allDay
    ? undefined
    : (resolveTimeZone(tzid) ?? (parts.start.zone?.tzid === 'UTC' ? 'UTC' : undefined));
  const organizer = person(item, 'organizer')[0];
  const status = text(item, 'status');
  const transp = text(item, 'transp')?.toUpperCase();
  const description = text(item, 'description');
  const location = text(item, 'location');
  const joinBy = conferences(item);
  const alarms = alarmsOf(item, converter);
  const categories = categoriesOf(item);
  const attachments = attachmentsOf(item);
  return {
    type: 'event',
    uid: parts.uid,
    summary: text(item, 'summary') ?? '',
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    start,
    end,
    allDay,
    ...(timeZone ? { timeZone } : {}),
    ...(organizer ? { organizer } : {}),
    attendees: person(item, 'attendee'),
    ...(joinBy.length > 0 ? { conferences: joinBy } : {}),
    ...(alarms.length > 0 ? { alarms } : {}),
    ...(parts.recurrenceId ? { recurrenceId: parts.recurrenceId } : {}),
    ...(parts.rrule ? { rrule: parts.rrule } : {}),
    ...(parts.extraRules?.length ? { extraRules: parts.extraRules } : {}),
    ...(parts.seriesStart ? { seriesStart: parts.seriesStart } : {}),
    ...(parts.excluded?.length ? { excluded: parts.excluded } : {}),
    ...(parts.rdates?.length ? { rdates: parts.rdates } : {}),
    ...(status ? { status: status.toUpperCase() } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(transp === 'TRANSPARENT'
      ? { transparency: 'transparent' as const }
      : transp === 'OPAQUE'
        ? { transparency: 'opaque' as const }
        : {}),
    locator: { eventUid: parts.uid },
  };
}

/** A property's date or date-time, when it holds one. */
function timeOf(component: Component, name: string): Time | undefined {
  try {
    const value = component.getFirstPropertyValue(name);
    return value && typeof value === 'object' && 'isDate' in value ? (value as Time) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A to-do (VTODO) as an item of the calendar: placed at its start (DTSTART), else when it is
 * due, else when it was completed, with its due and completion dates kept. A to-do with none
 * of these dates has no place in time and is left out. Recurring to-dos are read as their
 * first occurrence.
 */
function readTodo(item: Component, converter: TimeConverter): CalendarEvent | undefined {
  const startTime = timeOf(item, 'dtstart');
  const dueTime = timeOf(item, 'due');
  const completedTime = timeOf(item, 'completed');
  const iso = (time: Time | undefined, name: string) =>
    time ? converter.toIso(time, tzidOf(item, name)) : undefined;
  const due = iso(dueTime, 'due');
  const completed = iso(completedTime, 'completed');
  const first = startTime ?? dueTime ?? completedTime;
  if (!first) return undefined;
  const percent = Number(text(item, 'percent-complete'));
  const uid = text(item, 'uid') ?? syntheticUid(item);
  const event = buildEvent(
    { uid, item, start: first, end: dueTime && startTime ? dueTime : first },
    converter,
  );
  const { rrule: _rrule, extraRules: _extraRules, seriesStart: _seriesStart, ...single } = event;
  const zoneName = startTime ? undefined : dueTime ? tzidOf(item, 'due') : tzidOf(item, 'completed');
  const timeZone = single.timeZone ?? (zoneName && !first.isDate ? resolveTimeZone(zoneName) : undefined);
  // Each date read in its own zone (buildEvent reads the start in DTSTART's).
  const start = iso(startTime, 'dtstart') ?? due ?? completed ?? single.start;
  return {
    ...single,
    start,
    end: startTime && due && due > start ? due : start,
    ...(timeZone ? { timeZone } : {}),
    todo: {
      ...(due ? { due } : {}),
      ...(completed ? { completed } : {}),
      ...(Number.isFinite(percent) && text(item, 'percent-complete') ? { percentComplete: percent } : {}),
    },
  };
}

/**
 * A journal entry (VJOURNAL: minutes, notes of a day) as an item of the calendar, marked
 * `journal`: placed at its start (DTSTART), else when it was written (DTSTAMP); without either
 * it is left out. One without a SUMMARY is titled by the first line of its text.
 */
function readJournal(item: Component, converter: TimeConverter): CalendarEvent | undefined {
  const first = timeOf(item, 'dtstart') ?? timeOf(item, 'dtstamp');
  if (!first) return undefined;
  const uid = text(item, 'uid') ?? syntheticUid(item);
  const event = buildEvent({ uid, item, start: first, end: first }, converter);
  const { rrule: _rrule, extraRules: _extraRules, seriesStart: _seriesStart, ...single } = event;
  const heading = single.description?.split('\n')[0]?.trim().slice(0, 120) ?? '';
  return { ...single, summary: single.summary || heading, journal: true };
}

function endOf(event: InstanceType<typeof ICAL.Event>, start: Time): Time {
  try {
    const end = event.endDate;
    if (end) return end;
  } catch {
    // fall through to the default length
  }
  const end = start.clone();
  if (start.isDate) end.day += 1;
  return end;
}

/** Exchange writes RECURRENCE-ID as a date-time even for all-day series; match it by its date. */
function dateOnlyRecurrenceId(exception: Component): void {
  const property = exception.getFirstProperty('recurrence-id');
  const value = property?.getFirstValue() as Time | null | undefined;
  if (!property || !value || value.isDate) return;
  property.removeParameter('tzid');
  property.setValue(
    ICAL.Time.fromData({ year: value.year, month: value.month, day: value.day, isDate: true }),
  );
}

/**
 * One override per occurrence: when a file holds several for the same RECURRENCE-ID (an
 * organizer's updates appended), the one with the highest SEQUENCE wins, the later one on a tie.
 */
function latestOverrides(exceptions: readonly Component[]): Component[] {
  const byId = new Map<string, Component>();
  const sequence = (component: Component) => Number(component.getFirstPropertyValue('sequence') ?? 0) || 0;
  for (const exception of exceptions) {
    const id = String(exception.getFirstPropertyValue('recurrence-id') ?? '');
    const known = byId.get(id);
    if (!known || sequence(exception) >= sequence(known)) byId.set(id, exception);
  }
  return exceptions.filter(
    (exception) => byId.get(String(exception.getFirstPropertyValue('recurrence-id') ?? '')) === exception,
  );
}

/** What one series or group of events gave: its events, and warnings in the order they arose. */
type SeriesResult = { readonly events: CalendarEvent[]; readonly warnings: readonly Warning[] };

/** The warning for an event that could not be read, saying why. */
function unreadable(uid: string, component: Component | undefined, thrown: unknown): Warning {
  return {
    type: 'skipped',
    message: `${eventName(uid, component)} could not be read: ${(thrown as Error).message}`,
  };
}

/** An event's start or end (a date, or a time in ISO 8601) as milliseconds. */
function instantOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * Expands one series (a master and its overrides) inside the window. One that cannot be
 * expanded gives no events, only what was noted before it failed and a warning that says why.
 */
function expandSeries(
  master: Component,
  allExceptions: readonly Component[],
  uid: string,
  window: { startMs: number; endMs: number; maxOccurrences: number },
  converter: TimeConverter,
): SeriesResult {
  const warnings: Warning[] = [];
  // Each warning after the time notes made before it, so that they keep the order they arose in.
  const note = (warning: Warning) => warnings.push(...converter.takeWarnings(), warning);
  try {
    const exceptions = latestOverrides(allExceptions);
    const masterStart = master.getFirstPropertyValue('dtstart') as Time | null;
    if (masterStart?.isDate) for (const exception of exceptions) dateOnlyRecurrenceId(exception);
    const event = new ICAL.Event(master, { exceptions: [...exceptions], strictExceptions: false });
    // Every RRULE of the series: the first is `rrule`, the others `extraRules`.
    const [rrule, ...extraRules] = master
      .getAllProperties('rrule')
      .map((property) => String(property.getFirstValue()));
    const tzid = tzidOf(master, 'dtstart');
    const seriesStart = masterStart ? converter.toIso(masterStart, tzid) : undefined;
    // Starts the rule would give that are not held there: EXDATEs and moved occurrences.
    const excluded = [
      ...master
        .getAllProperties('exdate')
        .flatMap((property) => property.getValues() as Time[])
        .map((time) => converter.toIso(time, tzidOf(master, 'exdate') ?? tzid)),
      ...exceptions.flatMap((exception) => {
        const id = exception.getFirstPropertyValue('recurrence-id') as Time | null;
        return id ? [converter.toIso(id, tzidOf(exception, 'recurrence-id') ?? tzid)] : [];
      }),
    ];
    // Starts the RDATE lists add (their periods already read as starts): kept on each occurrence,
    // so that a series is expanded by them around any date asked, as by its rules.
    const rdates = master
      .getAllProperties('rdate')
      .flatMap((property) =>
        (property.getValues() as unknown[]).filter(
          (value): value is Time => typeof value === 'object' && value !== null && 'isDate' in value,
        ),
      )
      .map((time) => converter.toIso(time, tzidOf(master, 'rdate') ?? tzid));
    const out: CalendarEvent[] = [];
    const iterator = event.iterator();
    let first: CalendarEvent | undefined;
    let steps = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++steps > MAX_ITERATIONS) {
        note({
          type: 'skipped',
          message: `Recurring event "${event.summary ?? uid}" has too many occurrences; expansion stopped after ${MAX_ITERATIONS} steps.`,
        });
        break;
      }
      // Wall time read as UTC is within 14 hours of the real instant: skip far-away occurrences cheaply.
      const approximateMs = Date.UTC(
        next.year,
        next.month - 1,
        next.day,
        next.hour,
        next.minute,
        next.second,
      );
      if (first && approximateMs > window.endMs + DAY_MS) break;
      if (first && approximateMs < window.startMs - 60 * DAY_MS) continue;
      const details = event.getOccurrenceDetails(next);
      const itemEvent = details.item;
      const recurrenceId = converter.toIso(details.recurrenceId, tzid);
      const built = buildEvent(
        {
          uid,
          item: itemEvent.component,
          start: details.startDate,
          end: details.endDate ?? endOf(itemEvent, details.startDate),
          recurrenceId,
          ...(rrule ? { rrule, extraRules } : {}),
          ...(seriesStart ? { seriesStart } : {}),
          excluded,
          rdates,
        },
        converter,
      );
      first ??= built;
      const startMs = instantOf(built.start);
      const endMs = instantOf(built.end);
      if (startMs >= window.endMs) break;
      if (endMs >= window.startMs && startMs < window.endMs) {
        out.push(built);
        if (out.length >= window.maxOccurrences) {
          note({
            type: 'skipped',
            message: `Recurring event "${built.summary || uid}" has over ${window.maxOccurrences} occurrences in the window; the rest were left out.`,
          });
          break;
        }
      }
    }
    // DTSTART is always the first occurrence (RFC 5545), even when the rule gives none (an UNTIL
    // before it): such a series is still read, at its start.
    const atStart = () =>
      masterStart
        ? buildEvent(
            {
              uid,
              item: master,
              start: masterStart,
              end: endOf(event, masterStart),
              recurrenceId: converter.toIso(masterStart, tzid),
              ...(rrule ? { rrule, extraRules } : {}),
              ...(seriesStart ? { seriesStart } : {}),
              excluded,
              rdates,
            },
            converter,
          )
        : undefined;
    if (!first) first = atStart();
    else if (!rrule) {
      // A series listed by RDATE alone: the calendar engine steps over its DTSTART and gives the
      // listed dates only, so the first occurrence is added here unless the list or an override holds it.
      const own = atStart();
      const ownMs = own ? instantOf(own.start) : Number.NaN;
      const held = [first, ...out].some((occurrence) => instantOf(occurrence.start) === ownMs);
      if (own && !held && !excluded.some((value) => instantOf(value) === ownMs)) {
        if (instantOf(own.end) >= window.startMs && ownMs < window.endMs) {
          const at = out.findIndex((occurrence) => instantOf(occurrence.start) > ownMs);
          out.splice(at < 0 ? out.length : at, 0, own);
        }
        if (ownMs < instantOf(first.start)) first = own;
      }
    }
    // A series with no occurrence in the window is still listed, by its first occurrence and by
    // its moved occurrences (they may carry their own title, time and place).
    if (out.length === 0 && first) {
      out.push(first);
      for (const exception of exceptions) {
        const start = exception.getFirstPropertyValue('dtstart') as Time | null;
        const id = exception.getFirstPropertyValue('recurrence-id') as Time | null;
        if (!start || !id) continue;
        const moved = new ICAL.Event(exception);
        out.push(
          buildEvent(
            {
              uid,
              item: exception,
              start,
              end: moved.endDate ?? endOf(moved, start),
              recurrenceId: converter.toIso(id, tzidOf(exception, 'recurrence-id') ?? tzid),
              ...(rrule ? { rrule, extraRules } : {}),
              ...(seriesStart ? { seriesStart } : {}),
              excluded,
            },
            converter,
          ),
        );
      }
    }
    return { events: out, warnings: [...warnings, ...converter.takeWarnings()] };
  } catch (thrown) {
    return {
      events: [],
      warnings: [...warnings, ...converter.takeWarnings(), unreadable(uid, master, thrown)],
    };
  }
}

const SECONDS: Record<string, number> = { W: 604_800, D: 86_400, H: 3600, M: 60, S: 1 };
const FREQUENCY_SECONDS: Record<string, number> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3600,
  DAILY: 86_400,
  WEEKLY: 604_800,
  MONTHLY: 2_678_400,
  YEARLY: 31_622_400,
};

/** Seconds in an iCalendar duration ("P1W", "-PT15M", "P1DT2H"); NaN when it is not one. */
export function durationSeconds(value: string): number {
  const match = /^[+-]?P((?:\d+[WD])*)(?:T((?:\d+[HMS])*))?$/i.exec(value.trim());
  if (!match) return Number.NaN;
  let total = 0;
  for (const [, digits, unit] of `${match[1]}${match[2] ?? ''}`.matchAll(/(\d+)([WDHMS])/gi))
    total += Number(digits) * (SECONDS[(unit as string).toUpperCase()] ?? 0);
  return total;
}

/** The span a property asks the calendar engine to step over, in seconds (0 when none). */
function spanOf(property: unknown[]): number {
  const [name, , type, ...values] = property;
  let longest = 0;
  for (const value of values) {
    if ((type === 'duration' || name === 'duration') && typeof value === 'string')
      longest = Math.max(longest, durationSeconds(value) || 0);
    if (name === 'rrule' && value && typeof value === 'object') {
      const rule = value as { freq?: unknown; interval?: unknown };
      const step = FREQUENCY_SECONDS[String(rule.freq).toUpperCase()] ?? 0;
      longest = Math.max(longest, step * (Number(rule.interval) || 1));
    }
  }
  return longest;
}

/**
 * Refuses durations and recurrence steps longer than the budget before the calendar engine
 * sees them: it normalises times day by day, so `DURATION:P999999999999999999W` would run forever.
 */
function checkSpans(jcals: readonly unknown[], limit: number, name: string): void {
  const stack: unknown[] = [...jcals];
  while (stack.length > 0) {
    const component = stack.pop();
    if (!Array.isArray(component)) continue;
    const [, properties, children] = component as [unknown, unknown, unknown];
    for (const property of Array.isArray(properties) ? properties : []) {
      if (!Array.isArray(property)) continue;
      const span = spanOf(property);
      if (span > limit)
        tooComplex(name, `${String(property[0]).toUpperCase()} spans ${span} seconds`, `${limit} seconds`);
    }
    if (Array.isArray(children)) stack.push(...children);
  }
}

/** Reads iCalendar text into a Calendar, with warnings for what was skipped or guessed. */
export function parseIcs(source: string, options: ReadOptions = {}, name = 'calendar'): ParsedCalendar {
  const window = defaultWindow(options);
  let parsed: LenientResult;
  try {
    parsed = /^\s*\[/.test(source) ? { jcals: parseJcal(source), warnings: [] } : parseLenient(source);
  } catch (thrown) {
    return fail('file_corrupt', `${name} is not a valid iCalendar file: ${(thrown as Error).message}`, {
      hint: 'Export the calendar again from the program that made it.',
    });
  }
  const { jcals } = parsed;
  const warnings: Warning[] = [...parsed.warnings];
  checkSpans(jcals, budgetOf(options.budget).durationSeconds, name);
  let roots: Component[];
  try {
    roots = jcals.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]));
  } catch (thrown) {
    return fail('file_corrupt', `${name} is not a valid iCalendar file: ${(thrown as Error).message}`, {
      hint: 'Export the calendar again from the program that made it.',
    });
  }
  const calendars = roots.flatMap((root) => {
    if (root.name === 'vcalendar') return [root];
    const nested = root.getAllSubcomponents('vcalendar');
    if (nested.length > 0) return nested;
    // A bare component (a lone VEVENT, VTODO, VJOURNAL, VTIMEZONE, VALARM or VFREEBUSY, or an unknown wrapper): read what it holds.
    if (['vevent', 'vtodo', 'vjournal', 'vtimezone', 'valarm', 'vfreebusy'].includes(root.name)) {
      const wrapper = new ICAL.Component('vcalendar');
      wrapper.addSubcomponent(root);
      return [wrapper];
    }
    return [root];
  });
  if (calendars.length === 0) {
    return fail('file_corrupt', `${name} has no VCALENDAR in it.`, {
      hint: 'Check that it is an iCalendar (.ics) file.',
    });
  }
  const registered = new Set<string>();
  const events: CalendarEvent[] = [];
  const undated: UndatedEvent[] = [];
  const freeBusy: FreeBusy[] = [];
  const converter = new TimeConverter(registered);
  const windowMs = {
    startMs: Date.parse(window.start),
    endMs: Date.parse(window.end),
    maxOccurrences: budgetOf(options.budget).recurrenceInstances,
  };
  try {
    for (const calendar of calendars) {
      for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
        try {
          const zone = new ICAL.Timezone(vtimezone);
          if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) {
            ICAL.TimezoneService.register(zone);
            registered.add(zone.tzid);
          }
        } catch {
          warnings.push({
            type: 'skipped',
            message: 'A VTIMEZONE could not be read; its times use the zone name instead.',
          });
        }
      }
    }
    for (const calendar of calendars) {
      const byUid = new Map<string, { master?: Component; exceptions: Component[] }>();
      const order: string[] = [];
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        const uid = text(vevent, 'uid') ?? syntheticUid(vevent);
        let group = byUid.get(uid);
        if (!group) {
          group = { exceptions: [] };
          byUid.set(uid, group);
          order.push(uid);
        }
        if (vevent.hasProperty('recurrence-id')) group.exceptions.push(vevent);
        else if (group.master) {
          // A second master with the same UID (a later SEQUENCE, or a duplicate): read it as its own event.
          const extra = `${uid}#${order.length}`;
          byUid.set(extra, { master: vevent, exceptions: [] });
          order.push(extra);
        } else group.master = vevent;
      }
      for (const vtodo of calendar.getAllSubcomponents('vtodo')) {
        const todo = readTodo(vtodo, converter);
        if (todo) events.push(todo);
      }
      // A reminder written outside any event (an alarm-only export): what it says, at no date.
      for (const valarm of calendar.getAllSubcomponents('valarm')) {
        const said = looseAlarm(valarm);
        if (said) undated.push(said);
      }
      for (const vjournal of calendar.getAllSubcomponents('vjournal')) {
        const journal = readJournal(vjournal, converter);
        if (journal) events.push(journal);
      }
      for (const vfreebusy of calendar.getAllSubcomponents('vfreebusy')) {
        const list = readFreeBusy(vfreebusy, converter);
        if (list) freeBusy.push(list);
      }
      warnings.push(...converter.takeWarnings());
      for (const key of order) {
        const group = byUid.get(key);
        if (!group) continue;
        const read = readGroup(key.replace(/#\d+$/, ''), group, windowMs, converter);
        events.push(...read.events);
        undated.push(...read.undated);
        warnings.push(...read.warnings);
      }
    }
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
  const first = calendars[0] as Component;
  const calendarName = text(first, 'x-wr-calname') ?? text(first, 'name');
  const method = text(first, 'method');
  return {
    calendar: {
      type: 'calendar',
      format: 'ics',
      ...(calendarName ? { name: calendarName } : {}),
      ...(method ? { method: method.toUpperCase() } : {}),
      events,
      ...(undated.length > 0 ? { undated } : {}),
      ...(freeBusy.length > 0 ? { freeBusy } : {}),
      window,
    },
    warnings,
  };
}

/** What an event without a start says: its title, notes, place, people and how to join. */
function undatedEvent(uid: string, item: Component): UndatedEvent | undefined {
  const summary = text(item, 'summary') ?? '';
  const description = text(item, 'description');
  const location = text(item, 'location');
  const organizer = person(item, 'organizer')[0];
  const attendees = person(item, 'attendee');
  const joinBy = conferences(item);
  if (!summary && !description && !location && !organizer && attendees.length === 0 && joinBy.length === 0)
    return undefined;
  return {
    uid,
    summary,
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    ...(organizer ? { organizer } : {}),
    attendees,
    ...(joinBy.length > 0 ? { conferences: joinBy } : {}),
  };
}

/**
 * RDATE given as periods ("20310304T150000/20310304T153000"): the calendar engine steps over the
 * periods themselves, not their starts. Each period is read as its start; the length of every
 * occurrence is the event's own (DTSTART to DTEND).
 */
function rdatePeriodStarts(component: Component): void {
  for (const property of component.getAllProperties('rdate')) {
    if (property.type !== 'period') continue;
    const starts = (property.getValues() as { start?: Time }[])
      .map((period) => period.start)
      .filter((start): start is Time => start !== undefined);
    property.resetType('date-time');
    property.setValues(starts);
  }
}

/** What one group of events (a UID's master and overrides) gave: its events, those kept without a date, and warnings. */
type GroupResult = SeriesResult & { readonly undated: readonly UndatedEvent[] };

/**
 * Reads one group of events. One that cannot be read gives no events, only what was noted
 * before it failed and a warning that says why.
 */
function readGroup(
  uid: string,
  group: { master?: Component; exceptions: Component[] },
  window: { startMs: number; endMs: number; maxOccurrences: number },
  converter: TimeConverter,
): GroupResult {
  const warnings: Warning[] = [];
  const undated: UndatedEvent[] = [];
  // Each warning after the time notes made before it, so that they keep the order they arose in.
  const note = (warning: Warning) => warnings.push(...converter.takeWarnings(), warning);
  // A series is the last thing read of its group: one that fails says why among its own warnings.
  const series = (first: Component, exceptions: readonly Component[]): CalendarEvent[] => {
    const read = expandSeries(first, exceptions, uid, window, converter);
    warnings.push(...read.warnings);
    return read.events;
  };
  const standalone = (component: Component): CalendarEvent[] => {
    if (!component.hasProperty('dtstart')) {
      // No start: no day to place it at, but its people, dial-ins and notes are still told.
      const kept = undatedEvent(uid, component);
      if (kept) undated.push(kept);
      note({
        type: 'skipped',
        message: kept
          ? `${eventName(uid, component)} has no start time (DTSTART); it is kept without a date.`
          : `${eventName(uid, component)} has no start time (DTSTART); it was skipped.`,
      });
      return [];
    }
    const event = new ICAL.Event(component);
    const recurrence = component.getFirstPropertyValue('recurrence-id');
    const recurrenceId =
      recurrence && typeof recurrence === 'object' && 'isDate' in recurrence
        ? converter.toIso(recurrence as Time, tzidOf(component, 'recurrence-id'))
        : undefined;
    return [
      buildEvent(
        {
          uid,
          item: component,
          start: event.startDate,
          end: endOf(event, event.startDate),
          ...(recurrenceId ? { recurrenceId } : {}),
        },
        converter,
      ),
    ];
  };
  const eventsOf = (): CalendarEvent[] => {
    const { master } = group;
    if (master) rdatePeriodStarts(master);
    for (const exception of group.exceptions) rdatePeriodStarts(exception);
    // A lone override that carries its own recurrence ("this and future" occurrences, given by an
    // RRULE or RDATE list, with no series in the file): its dates are the series.
    const [lone, ...others] = group.exceptions;
    if (!master && lone && others.length === 0 && (lone.hasProperty('rrule') || lone.hasProperty('rdate')))
      return lone.hasProperty('dtstart') ? series(lone, []) : standalone(lone);
    if (!master) return group.exceptions.flatMap(standalone);
    if (!master.hasProperty('dtstart')) return standalone(master);
    const recurring = master.hasProperty('rrule') || master.hasProperty('rdate');
    if (!recurring) return [...standalone(master), ...group.exceptions.flatMap(standalone)];
    return series(master, group.exceptions);
  };
  try {
    const events = eventsOf();
    return { events, undated, warnings: [...warnings, ...converter.takeWarnings()] };
  } catch (thrown) {
    return {
      events: [],
      undated,
      warnings: [
        ...warnings,
        ...converter.takeWarnings(),
        // Named by the series' own title: an override's title may be one day's only.
        unreadable(uid, group.master, thrown),
      ],
    };
  }
}

export async function readIcs(input: ReaderInput): Promise<Calendar> {
  const parsed = parseIcs(decodeText(input.bytes), input.options, basename(input.path));
  for (const warning of parsed.warnings) input.warn?.(warning);
  return parsed.calendar;
}
