/**
 * @module sent-on-day
 * "What did Ines send me on March 4?" names the day of the mail asked for: a mail written days
 * later ("The rota for April is attached." of March 7) is another mail, however much it shares with
 * the question's other words, and what it says is not what was sent that day.
 */
import type { SearchHit } from '../index/types.ts';

/** A sending named by its day: "send me on March 4", "sent us on 3/4", "wrote on Friday". */
const SENT_ON =
  /\b(?:send|sent|e-?mail(?:ed)?|forward(?:ed)?|wrote|write|mail(?:ed)?)\s+(?:(?:me|us|you|him|her|them)\s+)?on\s+\S/i;

/** How far from the day asked a mail may be dated: time zones move a day's mail by up to a day. */
const SLACK = 36 * 3_600_000;

/**
 * True when the question asks what was sent on a day it names, and the mail answering is dated
 * more than a day from it.
 */
export function mailOfOtherDay(question: string, hit: SearchHit, day: Date): boolean {
  if (hit.type !== 'email' || hit.date === undefined || !SENT_ON.test(question)) return false;
  const written = Date.parse(hit.date);
  const asked = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
  return Number.isFinite(written) && Math.abs(written - asked) > SLACK;
}
