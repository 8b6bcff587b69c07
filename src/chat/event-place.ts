/**
 * @module event-place
 * An event's place as an answer may give it: a LOCATION that names no place yet ("TBD", "to be
 * announced", "Location: TBC", "n/a", "?") is no place, so "where is it?" says the event has none
 * instead of answering "TBD".
 */
import type { CalendarEvent } from '../formats/model.ts';

/** The words that say a place is not decided yet ("TBD", "to be announced"), as a pattern source. */
export const NOT_DECIDED_YET =
  'tbd|tba|tbc|to be (?:decided|determined|announced|confirmed|arranged|advised)';

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
