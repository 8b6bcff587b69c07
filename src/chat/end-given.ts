/**
 * @module end-given
 * "When does the match end?" asked of an event two calendars hold alike (a reply to an
 * invitation and the organizer's later update, a copy and its original): the copy that writes an
 * end answers it over one written with its start only, whichever of them is nearer to now.
 */
import type { CalendarEvent } from '../formats/model.ts';
import { asksEndTime } from './answer-type.ts';

/** A timed event written with an end after its start (one with a start only ends as it begins). */
function hasEnd(event: CalendarEvent): boolean {
  return event.allDay || Date.parse(event.end) > Date.parse(event.start);
}

/**
 * Between two events that fit the question alike, whether `candidate` is the one to tell (true),
 * `best` is (false), or the end does not decide (undefined: the question asks no end, or both or
 * neither write one).
 */
export function endDecides(
  question: string,
  candidate: CalendarEvent,
  best: CalendarEvent,
): boolean | undefined {
  if (!asksEndTime(question)) return undefined;
  const mine = hasEnd(candidate);
  return mine === hasEnd(best) ? undefined : mine;
}
