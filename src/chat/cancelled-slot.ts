/**
 * @module cancelled-slot
 * A notice that calls a meeting off and sets it again ("The kiln review is called off for today.
 * We try again on 3/9 at 10:00 a.m."): asked when it meets, the line that calls it off
 * names only the day it no longer happens, and the slot that holds is the one the notice gives
 * after it. Unless the question asks about the calling off itself ("When was it canceled?").
 */

import { MONTH_DAY_PATTERN } from '../lib/text/calendar-names.ts';
import { carriesClockTime } from './answer-type.ts';

/** The fields of a ranked sentence the rule reads. */
type SlotLine = {
  readonly hit: unknown;
  readonly text: string;
  readonly position: number;
  readonly typed: boolean;
  readonly relevance: number;
};

/** A line that calls something off: "has been canceled", "is cancelled for today", "called off". */
const CALLS_OFF = /\b(?:cancel(?:l)?ed|called off|scrapped)\b/i;

/**
 * A question whose "when" asks about the calling off itself: "When was the call canceled?". One that
 * tells of it first asks when the thing happens now: "The call got canceled - when is it now?".
 */
const CANCEL_ASKED = /\b(?:when|what time|what day|which day)\b[^?]*\b(?:cancel\w*|called off|scrapped)\b/i;

/** A question that asks when something still happens: "when does it meet", "what time is it now". */
const WHEN_ASKED = /\b(?:when|what time|what day|which day)\b/i;

/** A day given as a date: "3/9", "March 9", "9 March", "Mar. 9th". */
const DATE_GIVEN = new RegExp(String.raw`\b\d{1,2}\/\d{1,2}\b|\b(?:${MONTH_DAY_PATTERN})`, 'i');

/** The line gives a slot: a clock time or a date. */
const givesSlot = (text: string) => carriesClockTime(text) || DATE_GIVEN.test(text);

/**
 * The line after `first` in its passage that gives the slot that holds, when `first` only calls
 * the asked thing off (it gives no clock time and no date) and the question asks when it happens,
 * not about the calling off; else undefined.
 */
export function slotAfterCancel<T extends SlotLine>(
  question: string,
  first: T,
  ranked: readonly T[],
  minRelevance: number,
): T | undefined {
  if (!WHEN_ASKED.test(question) || CANCEL_ASKED.test(question)) return undefined;
  if (!CALLS_OFF.test(first.text) || givesSlot(first.text)) return undefined;
  let next: T | undefined;
  for (const candidate of ranked)
    if (
      candidate.hit === first.hit &&
      candidate.position > first.position &&
      candidate.typed &&
      candidate.relevance >= minRelevance &&
      !CALLS_OFF.test(candidate.text) &&
      givesSlot(candidate.text) &&
      (!next || candidate.position < next.position)
    )
      next = candidate;
  return next;
}
