/**
 * @module event-place
 * An event's place as an answer may give it: a LOCATION that names no place yet ("TBD", "to be
 * announced", "Location: TBC", "n/a", "?") is no place, so "where is it?" says the event has none
 * instead of answering "TBD"; and a "where" that asks for a document of the event, not its place.
 */
import type { CalendarEvent } from '../formats/model.ts';
import type { SearchHit } from '../index/types.ts';
import type { AnswerType } from './answer-type.ts';
import { NOT_DECIDED_YET } from './not-decided-yet.ts';

const UNDECIDED = new RegExp(
  String.raw`^[\s\p{P}]*(?:(?:location|venue|room|place)\s*:?\s*)?(?:${NOT_DECIDED_YET}|n\/?a|none|unknown|\?+|-+)[\s\p{P}]*$`,
  'iu',
);

/** The event without a location that names no place; the event itself otherwise. */
export function withDecidedPlace(event: CalendarEvent): CalendarEvent {
  if (event.location === undefined || !UNDECIDED.test(event.location)) return event;
  const { location: _undecided, ...rest } = event;
  return rest;
}

/**
 * "Where can I get the slides for the review?", "where do I find the background paper of the
 * planning meeting?": where to get a document of the event, which its place does not say.
 */
const DOCUMENT_ASKED =
  /\bwhere\b[^?]*\b(?:get|find|download|fetch|obtain|read)\b[^?]*\b(?:documents?|docs?|files?|attachments?|papers?|slides?|decks?|handouts?|minutes|notes|materials?|reports?|pdfs?|copy|copies|recordings?)\b/i;

export function asksForDocument(question: string): boolean {
  return DOCUMENT_ASKED.test(question);
}

/** A link or a path: where a document may be got. */
const LINK = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|(?:^|\s)~?\/[\w.-]+\/[\w.-]+/i;

/**
 * A line of an event's text given for where to get a document of it: its place ("Location:
 * Room 4") or its time is no such answer; only a link or a path is.
 */
export function eventLineNotDocument(
  question: string,
  type: AnswerType | undefined,
  hit: Pick<SearchHit, 'type'>,
  answer: string,
): boolean {
  return hit.type === 'event' && type === 'place' && asksForDocument(question) && !LINK.test(answer);
}
