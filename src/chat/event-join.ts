/**
 * @module event-join
 * How to join an event, from its RFC 7986 CONFERENCE lines (a dial-in, a video or chat link,
 * each with its label and features): "What's the dial-in for the budget call?", "What's the
 * conference link for my event on 4 May?", "What's the moderator dial-in code?". The event is the
 * best-ranked retrieved one that has such lines (held on the day asked, when a day is asked);
 * a kind the question names ("moderator", "chat") keeps the lines of that kind only.
 */
import type { CalendarEvent, UndatedEvent } from '../formats/model.ts';
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { eventOf, occurrenceOn } from './event-answers.ts';
import type { StructuredAnswer } from './structured-answers.ts';

type Conference = NonNullable<CalendarEvent['conferences']>[number];

/** A question on how to join a meeting: a dial-in, a conference, meeting or video link, a chat room. */
const JOIN_ASKED =
  /\bdial[- ]?ins?\b|\b(?:conference|meeting|video|call|join(?:ing)?|zoom|teams)\s+(?:links?|url|address|number|code|pin)\b|\bchat\s*rooms?\b|\bhow (?:do|can) i (?:join|dial)\b/i;

/** The kinds a CONFERENCE line's label or FEATURE list names, as a question may name them. */
const KINDS = ['moderator', 'attendee', 'chat', 'audio', 'video', 'phone', 'screen', 'feed'];

/** How many of the best-ranked passages an event must be among to be the one asked about. */
const TOP = 3;

export function joinAsked(question: string): boolean {
  return JOIN_ASKED.test(question);
}

/** An undated event's fields as its passage keeps them (data of type "undated-event"). */
function undatedOf(hit: Pick<SearchHit, 'data'>): UndatedEvent | undefined {
  const data = hit.data as (Partial<UndatedEvent> & { type?: string }) | undefined;
  return data?.type === 'undated-event' && Array.isArray(data.attendees) ? (data as UndatedEvent) : undefined;
}

/** The words of a line's label and features ("Moderator dial-in", PHONE,MODERATOR). */
const kindWords = (line: Conference) =>
  new Set(analyze([line.label ?? '', ...(line.features ?? [])].join(' ')));

/** The lines of the kind the question names, or all of them when it names none. */
function linesAsked(question: string, lines: readonly Conference[]): Conference[] {
  const asked = new Set(analyze(question));
  const kinds = KINDS.flatMap((kind) => analyze(kind)).filter((kind) => asked.has(kind));
  if (kinds.length === 0) return [...lines];
  return lines.filter((line) => kinds.every((kind) => kindWords(line).has(kind)));
}

/** Answers how to join from the best-ranked event with CONFERENCE lines; undefined when none fits. */
export function answerJoin(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  day?: Date,
  askerZone?: string,
): StructuredAnswer | undefined {
  if (!joinAsked(question)) return undefined;
  for (const hit of hits.slice(0, TOP)) {
    const dated = eventOf(hit);
    const event: UndatedEvent | undefined = dated ?? undatedOf(hit);
    if (!event?.conferences?.length) continue;
    // A day asked is the day of the event meant: an undated one, or one held another day, is not it.
    if (day && !(dated && occurrenceOn(dated, day, askerZone))) continue;
    const lines = linesAsked(question, event.conferences);
    if (lines.length === 0) continue;
    const told = lines.map((line) => `${line.label ?? 'Conference'}: ${line.uri}`).join('; ');
    const name = event.summary || 'The event';
    const n = citations.cite(hit, told);
    return { answer: `${name}: ${told}. [${n}]`, found: true };
  }
  return undefined;
}
