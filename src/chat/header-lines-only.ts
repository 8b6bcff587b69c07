/**
 * @module header-lines-only
 * A quoted message's header lines ("ana.lee@example.com on 03/04/2031 05:12:40 PM", "cc: Subject:
 * Re: the March rota") tell who wrote it and when. "When did Ana say the rota would go out?" asks
 * the time of what she said would happen, not the time she wrote: an answer made of header lines
 * alone does not give it, nor does it answer anything but who wrote or when.
 */
import { partsBetweenMarks } from './citations.ts';
import { QUOTE_LEAD } from './quoted-source.ts';

/** A header line of a quoted message: its writer and the time ("… on 02/28/2031 04:57:52 PM"), or a field. */
const HEADER_LINE =
  /^(?:[\w.+-]+@[\w.-]+|[\p{L} .,'-]+(?:\/[\p{L}\p{N}-]+)+(?:@[\p{L}\p{N}-]+)?)\s+on\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\.?$|^(?:cc|bcc|to|subject|from|sent)\s*:/iu;

/** "Who …", "When did Ana send …", "… forwarded …": the writer or the time of writing asked. */
const WRITING_ASKED =
  /^\s*(?:(?:at|on|by)\s+)?(?:who|whom)\b|\b(?:sent|send|wrote|write|written|forward\w*)\b/i;

/** "When did Ana say the rota would go out?": the time of a reported act, not of the saying. */
const REPORTED_TIME_ASKED =
  /^\s*when\b[^?]*\b(?:say|said|tell|told|write|wrote|mention(?:ed)?|announce[d]?)\b[^?]*\b(?:would|will|could|was going to|were going to)\b/i;

/**
 * True when every part of the answer is a quoted message's header line and the question asks
 * neither who wrote nor when it was written (a reported act's time asked counts as neither).
 */
export function headerLinesOnly(question: string, answer: string): boolean {
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => HEADER_LINE.test(part))) return false;
  if (REPORTED_TIME_ASKED.test(question)) return true;
  return (
    !WRITING_ASKED.test(question) &&
    !/^\s*(?:(?:at|on|by)\s+)?when\b|\bwhat\s+(?:time|date|day)\b/i.test(question)
  );
}
