/**
 * @module free-busy
 * Questions a calendar's free/busy lists and delegations answer, which no appointment holds:
 * "When is Ana busy on 16 March?", "How long am I unavailable on Friday?" (the periods of a
 * VFREEBUSY on the day asked, read in the asker's zone), "Who has Ana delegated the meeting
 * to?" (an attendee's DELEGATED-TO) and "Which groups is Ana a member of?" (an attendee's MEMBER). The person is named by address, the address's user part or
 * name; "I" is the owner of a list that names nobody, or the asker.
 */
import type { Attendee, BusyPeriod } from '../formats/model.ts';
import type { SearchIndex } from '../index/open-index.ts';
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { lengthWords } from '../lib/text/length-words.ts';
import { zoneLabel } from '../lib/time-zones.ts';
import type { CitationList } from './citations.ts';
import { indexedAttendees, indexedFreeBusy } from './event-list.ts';
import { dayIn, timedOnDay } from './event-zones.ts';
import { askedDay } from './question-kind.ts';
import { dayLabel, type StructuredAnswer, timeSpanOn } from './structured-answers.ts';

/** "When is …  busy", "how long am I unavailable", "what times is … free": the time asked, then the state. */
const BUSY_ASKED =
  /^\s*(?:when|(?:at\s+)?what\s+times?|which\s+(?:times|hours)|how\s+long|how\s+many\s+hours)\b.*?\b(busy|unavailable|free|available|booked)\b/i;

const LENGTH_ASKED = /^\s*how\s+(?:long|many\s+hours)\b/i;

/** The question speaks of the asker. */
const OWN = /\b(?:I|me|my)\b/;

/** True when the question names the person: by address, by the address's user part, or by every word of the name. */
export function namesAttendee(
  question: string,
  person: Pick<Attendee, 'name' | 'address'>,
  strict = false,
): boolean {
  const asked = question.toLowerCase();
  const address = person.address.toLowerCase();
  if (address && asked.includes(address)) return true;
  const user = address.split('@')[0] ?? '';
  if (user.length >= 3 && new RegExp(`(?<![\\w.-])${escapeRegExp(user)}(?![\\w-]|@)`, 'u').test(asked))
    return true;
  if (strict) return false;
  const words = (person.name ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return (
    words.length > 0 && words.every((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'u').test(asked))
  );
}

/** The kinds of period a state word asks for: "busy" any busy time, "unavailable" that first, "free" the free periods. */
function kindsAsked(word: string): {
  readonly first: readonly BusyPeriod['kind'][];
  readonly otherwise: readonly BusyPeriod['kind'][];
} {
  const state = word.toLowerCase();
  if (state === 'free' || state === 'available') return { first: ['free'], otherwise: [] };
  if (state === 'unavailable') return { first: ['unavailable'], otherwise: ['busy', 'tentative'] };
  return { first: ['busy', 'unavailable', 'tentative'], otherwise: [] };
}

/**
 * The periods of the free/busy lists of the person asked about on the day asked; undefined when
 * the question asks no such thing, or the workspace holds no list of that person.
 */
export async function answerFreeBusy(
  index: SearchIndex,
  question: string,
  now: Date,
  asUser: string | undefined,
  citations: CitationList,
  askerZone?: string,
): Promise<StructuredAnswer | undefined> {
  const asked = BUSY_ASKED.exec(question);
  const day = asked ? askedDay(question, now) : undefined;
  if (!asked?.[1] || !day) return undefined;
  const lists = await indexedFreeBusy(index, asUser);
  const named = lists.filter((item) => item.list.owner && namesAttendee(question, item.list.owner));
  const own = OWN.test(question)
    ? lists.filter(
        (item) =>
          !item.list.owner?.address || item.list.owner.address.toLowerCase() === asUser?.toLowerCase(),
      )
    : [];
  const chosen = named.length > 0 ? named : own;
  if (chosen.length === 0) return undefined;
  const zone = askerZone ?? 'UTC';
  const isoDay = dayIn(day.date, zone);
  // A period several lists give (copies of one calendar) is told once, citing each list.
  const onDay = (kinds: readonly BusyPeriod['kind'][]) => {
    const byPeriod = new Map<string, { period: BusyPeriod; items: typeof chosen }>();
    for (const item of chosen)
      for (const period of item.list.periods) {
        if (!kinds.includes(period.kind) || !timedOnDay(period, isoDay, zone)) continue;
        const key = `${period.start}|${period.end}`;
        const held = byPeriod.get(key) ?? { period, items: [] };
        if (!held.items.some((other) => other.hit.path === item.hit.path)) held.items.push(item);
        byPeriod.set(key, held);
      }
    return [...byPeriod.values()].sort((a, b) => a.period.start.localeCompare(b.period.start));
  };
  const { first, otherwise } = kindsAsked(asked[1]);
  const found = onDay(first);
  const periods = found.length > 0 ? found : onDay(otherwise);
  const owner = named.length > 0 ? chosen[0]?.list.owner : undefined;
  const who = owner ? (owner.name ?? owner.address) : 'You';
  const state = asked[1].toLowerCase();
  const date = dayLabel(day.date, zone);
  const [top] = chosen;
  if (!top) return undefined;
  if (periods.length === 0) {
    const n = citations.cite(top.hit, top.hit.title);
    return {
      answer: `${who} ${owner ? 'is' : 'are'} not ${state} on ${date} in the free/busy list. [${n}]`,
      found: false,
    };
  }
  const spans = periods.map(({ period, items }) => {
    const cited = items.map(
      (item) => `[${citations.cite(item.hit, `${item.hit.title}: ${period.start} to ${period.end}`)}]`,
    );
    return `${timeSpanOn(period, isoDay, zone)} ${cited.join('')}`;
  });
  const verb = `${owner ? 'is' : 'are'} ${state}`;
  if (LENGTH_ASKED.test(question)) {
    const total = periods.reduce(
      (sum, { period }) => sum + Date.parse(period.end) - Date.parse(period.start),
      0,
    );
    return {
      answer: `${who} ${verb} for ${lengthWords(total)} on ${date}: ${spans.join(', ')} (${zoneLabel(zone)}).`,
      found: true,
    };
  }
  return { answer: `${who} ${verb} on ${date}: ${spans.join(', ')} (${zoneLabel(zone)}).`, found: true };
}

/** "Who has Ana delegated the meeting to?", "whom did Ana delegate to": a delegation asked. */
const DELEGATION_ASKED = /^\s*(?:who|whom|to\s+whom)\b.*\bdelegat(?:e|es|ed|ing)\b(?!.*\bfrom\b)/i;

/**
 * Whom the attendee the question names handed an invitation on to (DELEGATED-TO); told as not
 * done when the question names an attendee by address who delegated nothing. Undefined when no
 * delegation is asked or no attendee of the calendar is named.
 */
export async function answerDelegation(
  index: SearchIndex,
  question: string,
  asUser: string | undefined,
  citations: CitationList,
): Promise<StructuredAnswer | undefined> {
  if (!DELEGATION_ASKED.test(question)) return undefined;
  const events = await indexedAttendees(index, asUser);
  const told = new Set<string>();
  const lines: string[] = [];
  for (const event of events) {
    for (const attendee of event.attendees) {
      if (!attendee.delegatedTo?.length || !namesAttendee(question, attendee)) continue;
      const what = event.summary ? `"${event.summary}"` : 'the invitation';
      const line = `${attendee.name ?? attendee.address} delegated ${what} to ${attendee.delegatedTo.join(', ')}`;
      if (told.has(line)) continue;
      told.add(line);
      lines.push(`${line} [${citations.cite(event.hit, line)}]`);
    }
  }
  if (lines.length > 0) return { answer: `${lines.join('; ')}.`, found: true };
  return toldNone(events, question, citations, 'has delegated nothing in your calendar');
}

/** "Which groups is Ana a member of?", "what lists does Ana belong to": the groups of an attendee asked. */
const MEMBERSHIP_ASKED =
  /^\s*(?:which|what)\s+(?:groups?|lists?|teams?|distribution\s+lists?)\b.*\b(?:members?\s+of|belongs?\s+to|belong)\b/i;

/**
 * The groups the attendee the question names is invited as a member of (MEMBER); told as none
 * when the question names an attendee by address who is a member of nothing, since another
 * attendee's groups are no answer. Undefined when no membership is asked or no attendee of the
 * calendar is named.
 */
export async function answerMembership(
  index: SearchIndex,
  question: string,
  asUser: string | undefined,
  citations: CitationList,
): Promise<StructuredAnswer | undefined> {
  if (!MEMBERSHIP_ASKED.test(question)) return undefined;
  const events = await indexedAttendees(index, asUser);
  // Each group once, however many events list the attendee in it, citing each event.
  const groups = new Map<string, { group: string; cites: number[] }>();
  let who: string | undefined;
  for (const event of events)
    for (const attendee of event.attendees) {
      if (!attendee.memberOf?.length || !namesAttendee(question, attendee)) continue;
      who ??= attendee.name ?? attendee.address;
      for (const group of attendee.memberOf) {
        const held = groups.get(group.toLowerCase()) ?? { group, cites: [] };
        const n = citations.cite(event.hit, `${attendee.address} is a member of ${group}`);
        if (!held.cites.includes(n)) held.cites.push(n);
        groups.set(group.toLowerCase(), held);
      }
    }
  if (who !== undefined) {
    const told = [...groups.values()].map(
      ({ group, cites }) => `${group} ${cites.map((n) => `[${n}]`).join('')}`,
    );
    return { answer: `${who} is a member of ${told.join(', ')}.`, found: true };
  }
  return toldNone(events, question, citations, 'is invited as a member of no group in your calendar');
}

/**
 * The answer for an attendee the question names by address who has none of what is asked: the
 * attendee's name and `says`, citing the event that lists them, `found: false`. Undefined when the
 * question names no attendee of the calendar by address.
 */
function toldNone(
  events: Awaited<ReturnType<typeof indexedAttendees>>,
  question: string,
  citations: CitationList,
  says: string,
): StructuredAnswer | undefined {
  const attendee = events
    .flatMap((event) => event.attendees.map((person) => ({ event, person })))
    .find(({ person }) => namesAttendee(question, person, true));
  if (!attendee) return undefined;
  const n = citations.cite(attendee.event.hit, attendee.event.hit.title);
  return { answer: `${attendee.person.name ?? attendee.person.address} ${says}. [${n}]`, found: false };
}
