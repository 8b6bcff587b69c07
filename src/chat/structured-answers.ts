/**
 * @module structured-answers
 * Calendar and contact questions answered from the parsed events and vCards in the index,
 * not from text: the next meeting with a person, a day's agenda, a person's phone or e-mail.
 */

import { isSeries, occurrencesBetween } from '../formats/calendar/recurrence.ts';
import type { CalendarEvent, Contact } from '../formats/model.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { listItems } from '../index/search.ts';
import type { SearchHit } from '../index/types.ts';
import { describeVcardDate, MONTH_NAMES as MONTHS, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { wallClock, zoneLabel } from '../lib/time-zones.ts';
import { blogAddress } from './blog-address.ts';
import type { CitationList } from './citations.ts';
import { indexedEvents } from './event-list.ts';
import { allDayOn, dayIn, ownerZones, timedOnDay, zoneReader } from './event-zones.ts';
import type { ContactField, FieldKind, PhoneType } from './question-kind.ts';

export type StructuredAnswer = { readonly answer: string; readonly found: boolean };

const WEEKDAYS = WEEKDAY_NAMES;

/** "Wednesday 15 October 1997": the day an instant falls on in a zone, as answers write it. */
export function dayLabel(date: Date, zone: string): string {
  const wall = wallClock(date, zone);
  return `${WEEKDAYS[wall.weekday]} ${wall.day} ${MONTHS[wall.month - 1]} ${wall.year}`;
}

function clock(date: Date, zone: string): string {
  const wall = wallClock(date, zone);
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** "Thursday 12 March 2026, 13:00–13:30 (America/Los_Angeles)" or "Friday 13 March 2026 (all day)". */
export function describeWhen(event: CalendarEvent, zone: string): string {
  if (event.allDay) {
    const [y, m, d] = event.start.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
    return `${dayLabel(date, 'UTC')} (all day)`;
  }
  const start = new Date(event.start);
  return `${dayLabel(start, zone)}, ${timeSpan(event, zone)} (${zoneLabel(zone)})`;
}

/** "2024-03-05 08:00": an event's start as its line shows it, sortable. */
function shownStart(event: CalendarEvent, zone: string): string {
  const start = new Date(event.start);
  return `${dayIn(start, zone)} ${clock(start, zone)}`;
}

/** "10:00–11:00", or "10:00" for an event that ends when it starts (or has no end). */
export function timeSpan(event: Pick<CalendarEvent, 'start' | 'end'>, zone: string): string {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const from = clock(start, zone);
  const to = clock(end, zone);
  return end.getTime() > start.getTime() && to !== from ? `${from}–${to}` : from;
}

/**
 * An event's times on one day (YYYY-MM-DD) of a day's agenda, read in the zone: one begun on an
 * earlier day runs "until 02:00 (from Friday 01:00)", one going on to a later day runs "22:00
 * until Sunday 03:00"; one that ends at midnight ends that day. Else its start and end times.
 */
export function timeSpanOn(event: Pick<CalendarEvent, 'start' | 'end'>, day: string, zone: string): string {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const firstDay = dayIn(start, zone);
  const lastDay = dayIn(new Date(Math.max(start.getTime(), end.getTime() - 1)), zone);
  const weekday = (isoDay: string) => WEEKDAY_NAMES[new Date(`${isoDay}T12:00:00Z`).getUTCDay()] ?? isoDay;
  if (firstDay < day) return `until ${clock(end, zone)} (from ${weekday(firstDay)} ${clock(start, zone)})`;
  if (lastDay > day) return `${clock(start, zone)} until ${weekday(lastDay)} ${clock(end, zone)}`;
  return timeSpan(event, zone);
}

/** True when the person is the event's organizer or an attendee, or its title names them. */
function mentions(event: CalendarEvent, person: string): boolean {
  return attends(event, person) || nameMatches(event.summary, person);
}

function nameMatches(value: string | undefined, person: string): boolean {
  const needle = person.toLowerCase();
  const parts = needle.split(/\s+/);
  const hay = (value ?? '').toLowerCase();
  return (
    hay.includes(needle) ||
    parts.every((part) => new RegExp(`\\b${part.replace(/[^\p{L}\p{N}]/gu, '')}`, 'u').test(hay))
  );
}

/** True when the person is the event's organizer or one of its attendees (by name or address). */
function attends(event: CalendarEvent, person: string): boolean {
  const people = [...event.attendees, ...(event.organizer ? [event.organizer] : [])];
  const asked = person.trim().toLowerCase();
  return people.some((attendee) => {
    const address = attendee.address.toLowerCase();
    const login = address.split('@')[0] ?? '';
    // Named by address or login as written ("kvoss@example.org", "k_voss"), or by name.
    return (
      address === asked ||
      login === asked ||
      nameMatches(attendee.name, person) ||
      nameMatches(login.replace(/[._]/g, ' '), person)
    );
  });
}

/**
 * Events overlapping [since, until): those indexed there, and occurrences of every recurring
 * series expanded there from its first start (indexing expands series only around the day it ran).
 */
async function events(
  index: SearchIndex,
  since: string,
  until: string,
  asUser: string | undefined,
): Promise<{ hit: SearchHit; event: CalendarEvent }[]> {
  const all = await indexedEvents(index, asUser);
  const from = new Date(since.length === 10 ? `${since}T00:00:00Z` : since);
  const to = new Date(until.length === 10 ? `${until}T00:00:00Z` : until);
  const out = new Map<string, { hit: SearchHit; event: CalendarEvent }>();
  for (const { hit, event, chunk } of all) {
    const start = chunk.date ? Date.parse(chunk.date) : Number.NaN;
    const end = chunk.endDate ? Date.parse(chunk.endDate) : start;
    if (start < to.getTime() && end >= from.getTime()) out.set(`${event.uid}|${event.start}`, { hit, event });
  }
  const series = new Set<string>();
  for (const { hit, event } of all) {
    if (!isSeries(event) || series.has(event.uid)) continue;
    series.add(event.uid);
    for (const occurrence of occurrencesBetween(event, from, to, 50))
      if (!out.has(`${event.uid}|${occurrence.start}`))
        out.set(`${event.uid}|${occurrence.start}`, { hit, event: occurrence });
  }
  return [...out.values()];
}

function eventQuote(event: CalendarEvent, zone: string): string {
  return `${event.summary}, ${describeWhen(event, zone)}${event.location ? `, ${event.location}` : ''}`;
}

export async function answerNextMeeting(
  index: SearchIndex,
  person: string,
  now: Date,
  asUser: string | undefined,
  citations: CitationList,
  askerZone?: string,
): Promise<StructuredAnswer> {
  const until = new Date(now.getTime() + 366 * 86_400_000).toISOString();
  const all = await events(index, now.toISOString().slice(0, 10), until, asUser);
  const zoneOf = zoneReader(ownerZones(await indexedEvents(index, asUser)), askerZone);
  const today = now.toISOString().slice(0, 10);
  // An all-day event is a meeting with the person when they attend it, not when its title names them (a birthday).
  const upcoming = all
    .filter(({ event }) =>
      event.allDay
        ? event.start >= today && attends(event, person)
        : new Date(event.start).getTime() >= now.getTime() && mentions(event, person),
    )
    .sort((a, b) => a.event.start.localeCompare(b.event.start));
  const first = upcoming[0];
  if (!first) return { answer: `I found no upcoming meeting with ${person} in your calendar.`, found: false };
  const zone = zoneOf(first);
  const n = citations.cite(first.hit, eventQuote(first.event, zone));
  const where = first.event.location ? ` in ${first.event.location}` : '';
  return {
    answer: `Your next meeting with ${person} is "${first.event.summary}" on ${describeWhen(first.event, zone)}${where}. [${n}]`,
    found: true,
  };
}

/**
 * What is on a day: all-day items of that date, and timed ones that fall on it read in the
 * asker's zone when known, else each in its calendar owner's zone (see event-zones.ts); times
 * are shown in that zone, named once when all share it, else on each line.
 */
export async function answerDayAgenda(
  index: SearchIndex,
  day: Date,
  asUser: string | undefined,
  citations: CitationList,
  askerZone?: string,
): Promise<StructuredAnswer> {
  const around = await events(
    index,
    new Date(day.getTime() - 2 * 86_400_000).toISOString().slice(0, 10),
    new Date(day.getTime() + 3 * 86_400_000).toISOString().slice(0, 10),
    asUser,
  );
  const zoneOf = zoneReader(ownerZones(await indexedEvents(index, asUser)), askerZone);
  const isoDay = day.toISOString().slice(0, 10);
  const onDay = around
    .filter((item) =>
      item.event.allDay ? allDayOn(item.event, isoDay) : timedOnDay(item.event, isoDay, zoneOf(item)),
    )
    // All-day items first, then by the time each line shows (lines in several zones read in order).
    .map((item) => ({ item, shown: item.event.allDay ? '' : shownStart(item.event, zoneOf(item)) }))
    .sort((a, b) => a.shown.localeCompare(b.shown) || a.item.event.start.localeCompare(b.item.event.start))
    .map(({ item }) => item);
  const label = dayLabel(new Date(`${isoDay}T12:00:00Z`), 'UTC');
  if (onDay.length === 0) return { answer: `Nothing is on your calendar on ${label}.`, found: true };
  const zones = new Set(onDay.filter((item) => !item.event.allDay).map(zoneOf));
  const shared = zones.size <= 1 ? ([...zones][0] ?? askerZone) : undefined;
  const lines = onDay.map((item) => {
    const { hit, event } = item;
    const zone = zoneOf(item);
    const n = citations.cite(hit, eventQuote(event, zone));
    const when = event.allDay
      ? 'all day'
      : `${timeSpanOn(event, isoDay, zone)}${shared ? '' : ` (${zoneLabel(zone)})`}`;
    return `${when} ${event.summary}${event.location ? ` (${event.location})` : ''} [${n}]`;
  });
  return {
    answer: `On ${label}${shared ? ` (${zoneLabel(shared)})` : ''} you have ${onDay.length === 1 ? 'one item' : `${onDay.length} items`}: ${lines.join('; ')}.`,
    found: true,
  };
}

/** The contact cards that name a person: every word of the name is a word of the card's name, nickname or address. */
export async function cardsNaming(
  index: SearchIndex,
  person: string,
  asUser: string | undefined,
): Promise<{ hit: SearchHit; contact: Contact }[]> {
  const hits = await listItems(index, {
    type: 'contact',
    person,
    limit: 20,
    ...(asUser !== undefined ? { asUser } : {}),
  });
  const needle = person.toLowerCase();
  const cards = (items: readonly SearchHit[]) =>
    items
      .map((hit) => ({ hit, contact: hit.data as Contact | undefined }))
      .filter((item): item is { hit: SearchHit; contact: Contact } => item.contact?.type === 'contact');
  const found = cards(hits).filter(({ contact }) => namesPerson(contact, needle));
  if (found.length > 0) return found;
  // A nickname ("Tove") is on the card but not among the indexed people: read the cards.
  return cards(
    await listItems(index, { type: 'contact', limit: 2000, ...(asUser !== undefined ? { asUser } : {}) }),
  ).filter(({ contact }) => nicknames(contact).includes(needle));
}

export async function answerContact(
  index: SearchIndex,
  person: string,
  field: ContactField,
  asUser: string | undefined,
  citations: CitationList,
  phoneType?: PhoneType,
  fieldKind?: FieldKind,
  imService?: string,
  label?: string,
): Promise<StructuredAnswer> {
  const needle = person.toLowerCase();
  const found = await cardsNaming(index, person, asUser);
  const ofType = (c: Contact) => phonesOfType(c, phoneType);
  // Several cards for one name: the one named most exactly (its full name or a nickname), then
  // one that has the field asked.
  const named = (c: Contact) => c.fullName.toLowerCase().includes(needle) || nicknames(c).includes(needle);
  const has = (c: Contact) => hasField(c, field, ofType(c), imService, label);
  found.sort(
    (a, b) =>
      Number(named(b.contact)) - Number(named(a.contact)) || Number(has(b.contact)) - Number(has(a.contact)),
  );
  const best = found[0];
  if (!best) return { answer: `I found no contact card for ${person}.`, found: false };
  const first = cardField(best.contact, field, phoneType, fieldKind, imService, label);
  if (!first.found) return { answer: first.missing, found: false };
  // Cards of different people that the name fits as well ("Kit" the nickname on two cards)
  // and that give different values: each is told, by its card's name, rather than one picked.
  const alike = found.filter(
    ({ contact }) => named(contact) === named(best.contact) && has(contact) === has(best.contact),
  );
  const told = new Map<string, { hit: SearchHit; contact: Contact; said: string }>();
  for (const item of alike) {
    const read = cardField(item.contact, field, phoneType, fieldKind, imService, label);
    if (read.found && ![...told.values()].some((other) => sameValue(other.said, read.said)))
      told.set(item.hit.uri, { ...item, said: read.said });
  }
  const cite = (item: { hit: SearchHit; contact: Contact }) =>
    citations.cite(
      item.hit,
      [
        item.contact.fullName,
        item.contact.organization,
        phonesOf(ofType(item.contact)),
        item.contact.emails.join(', '),
      ]
        .filter(Boolean)
        .join(' · '),
    );
  const sentence = (name: string, said: string, n: number) =>
    `${name}: ${said}${said.endsWith('.') ? '' : '.'} [${n}]`;
  if (told.size > 1)
    return {
      answer: `${told.size} contact cards fit ${person}: ${[...told.values()]
        .map((item) => sentence(item.contact.fullName, item.said, cite(item)))
        .join(' ')}`,
      found: true,
    };
  return { answer: sentence(best.contact.fullName, first.said, cite(best)), found: true };
}

/** Two cards' values alike but for how they are written ("tel:+1-418-262-6501", "+1 418 262 6501"). */
function sameValue(a: string, b: string): boolean {
  const plain = (value: string) => value.toLowerCase().replace(/\btel:|[^\p{L}\p{N}]/gu, '');
  return plain(a) === plain(b);
}

/** Kinds of number that are not a phone one speaks on: a "work phone" is not the work fax. */
const NOT_SPOKEN = ['fax', 'pager'];

function phonesOfType(c: Contact, phoneType: PhoneType | undefined): Contact['phones'] {
  if (!phoneType) return c.phones;
  const types = (phone: Contact['phones'][number]) => (phone.type ?? '').toLowerCase().split(/[,;\s]+/);
  return c.phones.filter(
    (phone) =>
      types(phone).includes(phoneType) &&
      (phoneType !== 'work' && phoneType !== 'home'
        ? true
        : !types(phone).some((type) => NOT_SPOKEN.includes(type))),
  );
}

function phonesOf(phones: Contact['phones']): string {
  return phones.map((phone) => `${phone.value}${phone.type ? ` (${phone.type})` : ''}`).join(', ');
}

const PHONE_WORD = {
  cell: 'mobile number',
  fax: 'fax number',
  pager: 'pager number',
  work: 'work phone',
  home: 'home phone',
} as const;

/** What one card says of the field asked ("phone +1-919-676-9515 (work)"), or why it says nothing. */
function cardField(
  c: Contact,
  field: ContactField,
  phoneType: PhoneType | undefined,
  fieldKind: FieldKind | undefined,
  imService?: string,
  label?: string,
): { found: true; said: string } | { found: false; missing: string } {
  const typed = phonesOfType(c, phoneType);
  if (field === 'phone' && phoneType && typed.length === 0)
    return { found: false, missing: `${c.fullName}'s contact card has no ${PHONE_WORD[phoneType]}.` };
  const phones = phonesOf(typed);
  const parts: string[] = [];
  if (field === 'org' && c.organization) parts.push(`${c.organization}${c.title ? ` (${c.title})` : ''}`);
  if (field === 'department' && c.department) parts.push(`department ${c.department}`);
  if ((field === 'phone' || field === 'any') && phones) parts.push(`phone ${phones}`);
  // A kind of e-mail, address or web page asked ("work e-mail", "home address") on a card that
  // tells them apart: that kind only, and none of it is an answer too.
  const kinded = field === 'email' || field === 'address' || field === 'url' ? KINDED[field] : undefined;
  const asked = kinded && fieldKind ? valuesOfKind(kinded.values(c), kinded.kinds(c), fieldKind) : undefined;
  if (kinded && fieldKind && asked === undefined)
    return { found: false, missing: `${c.fullName}'s contact card has no ${fieldKind} ${kinded.word}.` };
  // A kind the card names in its own words ("customtype" for "custom", "school"): those e-mails.
  const labelled = field === 'email' && !asked && label ? emailsLabelled(c, label) : [];
  const emails = field === 'email' && asked ? asked.values : labelled.length > 0 ? labelled : c.emails;
  if ((field === 'email' || field === 'any') && emails.length) parts.push(`e-mail ${emails.join(', ')}`);
  const addresses = field === 'address' && asked ? asked.values : c.addresses;
  const kindWord = asked?.typed ? `${fieldKind} ` : '';
  if ((field === 'address' || field === 'any') && addresses.length)
    parts.push(`${field === 'address' ? kindWord : ''}address ${addresses.join('; ')}`);
  if ((field === 'title' || field === 'any') && c.title)
    parts.push(`${c.title}${c.organization ? `, ${c.organization}` : ''}`);
  if (field === 'birthday' && c.birthday) parts.push(`birthday ${describeVcardDate(c.birthday)}`);
  if (field === 'anniversary' && c.anniversary) parts.push(`anniversary ${describeVcardDate(c.anniversary)}`);
  if (field === 'timezone' && c.timeZone) parts.push(`time zone ${describeZone(c.timeZone)}`);
  const urls = field === 'url' && asked ? asked.values : c.urls;
  if (field === 'url' && urls.length)
    parts.push(`${kindWord ? `${kindWord}web page` : 'web'} ${urls.join(', ')}`);
  // ROLE and TITLE are different fields: a card with a title and no role has no role.
  if (field === 'role' && c.role) parts.push(`role ${c.role}`);
  if (field === 'nickname' && c.nickname) parts.push(`nickname ${c.nickname}`);
  const ims = imsOn(c, imService);
  if (field === 'im' && ims.length)
    parts.push(ims.map((im) => `${IM_WORD[im.service] ?? im.service} ${im.value}`).join(', '));
  if (field === 'categories' && c.categories?.length) parts.push(`filed under ${c.categories.join(', ')}`);
  // A part of the address asked ("zip code", "city"): that part of each address of the kind asked.
  const part = ADDRESS_PART[field];
  if (part) {
    const read = addressPart(c, part, fieldKind);
    if (read === 'no-kind')
      return { found: false, missing: `${c.fullName}'s contact card has no ${fieldKind} address.` };
    if (read.length > 0) parts.push(`${FIELD_WORD[field] ?? field} ${read.join('; ')}`);
    // An address whose parts the card does not split (a printed LABEL) holds the part somewhere.
    else if (c.addresses.length > 0 && !c.addressParts?.length)
      parts.push(`address ${c.addresses.join('; ')}`);
  }
  // Another field by its label ("mail program Mozilla Thunderbird"); a card without it has none.
  const other = field === 'other' ? otherField(c, label) : undefined;
  if (other) parts.push(`${other.label} ${other.value}`);
  if (field === 'other' && !other)
    return { found: false, missing: `${c.fullName}'s contact card has no ${label ?? 'such field'}.` };
  if (field === 'im' && imService && ims.length === 0)
    return {
      found: false,
      missing: `${c.fullName}'s contact card has no ${IM_WORD[imService] ?? imService} name.`,
    };
  if (parts.length === 0)
    return { found: false, missing: `${c.fullName}'s contact card has no ${FIELD_WORD[field] ?? field}.` };
  return { found: true, said: parts.join('; ') };
}

type Kinds = Contact['emailKinds'];

/** The e-mails whose kind on the card is the word asked or begins with it ("custom" in "customtype"). */
function emailsLabelled(c: Contact, word: string): string[] {
  const asked = word.toLowerCase();
  return (c.emailKinds ?? [])
    .filter((item) =>
      item.type
        .toLowerCase()
        .split(/[,;\s]+/)
        .some((type) => type.startsWith(asked)),
    )
    .map((item) => item.value);
}

/** The fields whose values a card may give a kind ("home", "work"): where their values and kinds are, and their word. */
const KINDED: Readonly<
  Record<
    'email' | 'address' | 'url',
    { values: (c: Contact) => readonly string[]; kinds: (c: Contact) => Kinds; word: string }
  >
> = {
  email: { values: (c) => c.emails, kinds: (c) => c.emailKinds, word: 'e-mail' },
  address: { values: (c) => c.addresses, kinds: (c) => c.addressKinds, word: 'address' },
  url: { values: (c) => c.urls, kinds: (c) => c.urlKinds, word: 'web page' },
};

/**
 * The values of the kind asked: those whose kind includes it ("work,postal" is work), told as
 * of that kind; every value when the card gives none a kind (it cannot tell them apart), told
 * as they are; undefined when it gives kinds and none is the one asked, or it has no value.
 */
function valuesOfKind(
  values: readonly string[],
  kinds: Kinds,
  kind: FieldKind,
): { values: readonly string[]; typed: boolean } | undefined {
  if (values.length === 0) return undefined;
  if (!kinds?.length) return { values, typed: false };
  const ofKind = kinds.filter((item) =>
    item.type
      .toLowerCase()
      .split(/[,;\s]+/)
      .includes(kind),
  );
  return ofKind.length > 0 ? { values: ofKind.map((item) => item.value), typed: true } : undefined;
}

/** How an answer names a field whose identifier is not a word. */
const FIELD_WORD: Partial<Record<ContactField, string>> = {
  im: 'instant-messaging name',
  categories: 'category',
  postcode: 'postal code',
  region: 'state or region',
};

type PartName = 'postalCode' | 'city' | 'region' | 'country';

/** The part of an ADR each address field asks. */
const ADDRESS_PART: Partial<Record<ContactField, PartName>> = {
  postcode: 'postalCode',
  city: 'city',
  region: 'region',
  country: 'country',
};

/**
 * The part asked of the card's addresses of the kind asked (each value once); 'no-kind' when the
 * card types its addresses and none is of that kind. An address with no type is of any kind.
 */
function addressPart(c: Contact, part: PartName, kind: FieldKind | undefined): string[] | 'no-kind' {
  const all = c.addressParts ?? [];
  const typed = all.filter((address) => address.type !== undefined);
  const ofKind =
    kind && typed.length > 0
      ? all.filter((address) => (address.type ?? kind).split(',').includes(kind))
      : all;
  if (ofKind.length === 0 && all.length > 0) return 'no-kind';
  return [...new Set(ofKind.map((address) => address[part]).filter((value) => value !== undefined))];
}

const IM_WORD: Readonly<Record<string, string>> = {
  skype: 'Skype',
  aim: 'AIM',
  gtalk: 'Google Talk',
  yahoo: 'Yahoo',
  msn: 'MSN',
  icq: 'ICQ',
  jabber: 'Jabber',
  qq: 'QQ',
  sip: 'SIP',
  im: 'IM',
};

/** The card's messaging handles on the service asked, or all of them when none was named. */
function imsOn(c: Contact, service: string | undefined): NonNullable<Contact['ims']> {
  return (c.ims ?? []).filter((im) => !service || im.service === service);
}

/** The card's other field of the label asked ("mail program"), if it has one. */
function otherField(
  c: Contact,
  label: string | undefined,
): NonNullable<Contact['fields']>[number] | undefined {
  if (label === 'middle name') {
    const middle = middleNameOf(c);
    return middle ? { label, value: middle } : undefined;
  }
  const labelled = label === undefined ? undefined : c.fields?.find((field) => field.label === label);
  if (labelled || label !== 'blog') return labelled;
  // No page labelled a blog: a web address of the card that names one ("https://blog.example.org").
  const blog = blogAddress(c.urls ?? []);
  return blog ? { label, value: blog } : undefined;
}

/**
 * The words a card's full name writes between its given and its family name ("Ana María Ruiz"
 * with N "Ruiz;Ana" → "María"): its middle name. None when the full name writes nothing between
 * them, or does not write both.
 */
export function middleNameOf(c: Pick<Contact, 'fullName' | 'givenName' | 'familyName'>): string | undefined {
  const given = c.givenName?.trim();
  const family = c.familyName?.trim();
  if (!given || !family) return undefined;
  const start = c.fullName.indexOf(given);
  const end = c.fullName.lastIndexOf(family);
  if (start < 0 || end < start + given.length) return undefined;
  const middle = c.fullName.slice(start + given.length, end).trim();
  return middle || undefined;
}

/** A vCard TZ: a zone name as written, a UTC offset ("-0500", "-05:00") as "UTC-05:00". */
function describeZone(value: string): string {
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(value.trim());
  return offset ? `UTC${offset[1]}${offset[2]}:${offset[3]}` : value.trim();
}

function namesPerson(contact: Contact, needle: string): boolean {
  const words = new Set(
    [contact.fullName, ...nicknames(contact), ...contact.emails]
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  return needle
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((word) => words.has(word));
}

function nicknames(contact: Contact): string[] {
  return (contact.nickname ?? '')
    .split(/\s*,\s*/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

function hasField(
  contact: Contact,
  field: ContactField,
  phones: readonly unknown[],
  imService?: string,
  label?: string,
): boolean {
  if (field === 'other') return otherField(contact, label) !== undefined;
  if (field === 'phone') return phones.length > 0;
  if (field === 'email') return contact.emails.length > 0;
  if (field === 'address') return contact.addresses.length > 0;
  if (field === 'org') return Boolean(contact.organization);
  if (field === 'department') return Boolean(contact.department);
  if (field === 'title') return Boolean(contact.title);
  if (field === 'role') return Boolean(contact.role);
  if (field === 'nickname') return Boolean(contact.nickname);
  if (field === 'im') return imsOn(contact, imService).length > 0;
  if (field === 'categories') return Boolean(contact.categories?.length);
  if (field === 'birthday') return Boolean(contact.birthday);
  if (field === 'anniversary') return Boolean(contact.anniversary);
  if (field === 'timezone') return Boolean(contact.timeZone);
  if (field === 'url') return contact.urls.length > 0;
  const part = ADDRESS_PART[field];
  if (part) return (contact.addressParts ?? []).some((address) => address[part] !== undefined);
  return true;
}

/** The most items a period's answer lists. */
const PERIOD_LINES = 30;

/**
 * What was on the calendar over a period gone ("Which meetings did I miss last week?"): each
 * item that started in it before now, by day and time, read like a day's agenda (event-zones.ts).
 */
export async function answerPeriodAgenda(
  index: SearchIndex,
  from: Date,
  until: Date,
  now: Date,
  asUser: string | undefined,
  citations: CitationList,
  askerZone?: string,
): Promise<StructuredAnswer> {
  const end = new Date(Math.min(until.getTime(), now.getTime()));
  const zoneOf = zoneReader(ownerZones(await indexedEvents(index, asUser)), askerZone);
  const startOf = (event: CalendarEvent) =>
    Date.parse(event.allDay ? `${event.start}T00:00:00Z` : event.start);
  const held = (await events(index, from.toISOString(), end.toISOString(), asUser))
    .filter(({ event }) => startOf(event) >= from.getTime() && startOf(event) < end.getTime())
    .sort((a, b) => startOf(a.event) - startOf(b.event) || a.event.summary.localeCompare(b.event.summary));
  const last = new Date(end.getTime() - 1);
  const span = `from ${dayLabel(from, 'UTC')} to ${dayLabel(last, 'UTC')}`;
  if (held.length === 0) return { answer: `I found nothing on your calendar ${span}.`, found: false };
  const lines = held.slice(0, PERIOD_LINES).map((item) => {
    const { hit, event } = item;
    const zone = zoneOf(item);
    const n = citations.cite(hit, eventQuote(event, zone));
    return `${describeWhen(event, zone)} ${event.summary} [${n}]`;
  });
  const more = held.length > PERIOD_LINES ? `; and ${held.length - PERIOD_LINES} more` : '';
  return {
    answer: `${span[0]?.toUpperCase()}${span.slice(1)} your calendar had ${held.length === 1 ? 'one item' : `${held.length} items`}: ${lines.join('; ')}${more}.`,
    found: true,
  };
}
