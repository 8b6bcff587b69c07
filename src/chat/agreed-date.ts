/**
 * @module agreed-date
 * "When did the board agree on the release rule?", "On what date did we decide to drop the
 * beta?" asked of talk (a chat log, a meeting transcript): the day the line that states the
 * agreement or decision was said, which the line itself seldom writes. "When did we agree to
 * meet?" asks for the time agreed, not the day it was agreed, and is not this question.
 */
import type { SearchHit } from '../index/types.ts';
import { writtenOn } from './act-date.ts';

/** The question asks on which day something was agreed or decided. */
const AGREED =
  /^\s*(?:when|on what (?:day|date)|what (?:day|date)|which day)\b.*?\b(?:did|was|were|had|have|has)\b.*?\b(?:agree|decide|decision|settle|approve|vote|conclude|reach\w*\s+(?:an?\s+)?(?:agreement|consensus|decision))/i;

/** A time set by the agreement ("agree to meet", "decide to launch"): the time agreed answers. */
const TIME_AGREED =
  /\b(?:to|on when to)\s+(?:meet|hold|schedule|reschedule|start|begin|launch|release|ship|deliver|finish|have|call|talk)\b|\b(?:would|will|should|going to)\b/i;

/** True when the question asks the day talk agreed or decided something. */
export function agreedDateAsked(question: string): boolean {
  return AGREED.test(question) && !TIME_AGREED.test(question);
}

/** A spoken line (a chat log's, a transcript's) with a known day. */
export const spokenWithDay = (hit: Pick<SearchHit, 'type' | 'date'>): boolean =>
  (hit.type === 'chat' || hit.type === 'transcript') && Boolean(hit.date);

/** The answer led by the day its line was said: "On Tuesday 20 October 2009: ana: agreed, …". */
export function withAgreedDate(answer: string, hit: SearchHit, timeZone?: string): string | undefined {
  if (!spokenWithDay(hit)) return undefined;
  const day = writtenOn(hit, timeZone);
  return day ? `On ${day}: ${answer}` : undefined;
}
