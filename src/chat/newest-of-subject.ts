/**
 * @module newest-of-subject
 * "What's the order number of my latest order?" asked of a mailbox where the same notice came
 * several times ("Your Quillby receipt" in March and in June): the answer is read from the
 * newest one written by the time of asking, and "the first …" from the oldest. Only mail that
 * bears the very same subject, from the same sender, counts as another of the same notice.
 */

import type { SearchHit } from '../index/types.ts';

/** Words of a span of time: "last week", "the first quarter" name a period, not one of several mails. */
const PERIOD = String.raw`(?:week|weekend|month|year|quarter|night|time|times|day|days|few|two|three|several|couple|half|minute|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday|name|floor|round|step|page|line|item|one)s?\b`;

/** "the latest order", "my last order", "the most recent notice"; "the first reminder", "the earliest offer". */
const NEWEST_ASKED = new RegExp(
  String.raw`\b(?:the|my|our|his|her|their|your)\s+(?:latest|last|most recent|newest)\s+(?!${PERIOD})[\p{L}]`,
  'iu',
);
const OLDEST_ASKED = new RegExp(
  String.raw`\b(?:the|my|our|his|her|their|your)\s+(?:first|earliest|oldest)\s+(?!${PERIOD})[\p{L}]`,
  'iu',
);

/** Which end of a run of the same notice the question asks for, if any. */
export function endAsked(question: string): 'newest' | 'oldest' | undefined {
  if (NEWEST_ASKED.test(question)) return 'newest';
  if (OLDEST_ASKED.test(question)) return 'oldest';
  return undefined;
}

/**
 * Another mail of the same subject as `hit`, among `hits`, written later (newest asked) or earlier
 * (oldest asked) than it and not after `now`: the one at that end. Undefined when `hit` is it.
 */
export function otherOfSubject(
  question: string,
  hit: SearchHit,
  hits: readonly SearchHit[],
  now: Date,
): SearchHit | undefined {
  const end = endAsked(question);
  if (!end || hit.type !== 'email' || !hit.date || !hit.title.trim()) return undefined;
  const limit = now.toISOString();
  const sender = senderOf(hit);
  const same = hits.filter(
    (other) =>
      other.type === 'email' &&
      other.uri !== hit.uri &&
      other.title.trim() === hit.title.trim() &&
      senderOf(other) === sender &&
      other.date !== undefined &&
      other.date <= limit,
  );
  const beyond = same.filter((other) =>
    end === 'newest' ? (other.date ?? '') > (hit.date ?? '') : (other.date ?? '') < (hit.date ?? ''),
  );
  return beyond.sort((a, b) =>
    end === 'newest'
      ? (b.date ?? '').localeCompare(a.date ?? '')
      : (a.date ?? '').localeCompare(b.date ?? ''),
  )[0];
}

/** The address (else the name) a mail is from, lower-cased. */
function senderOf(hit: SearchHit): string {
  const from = hit.people.find((person) => person.role === 'from');
  return (from?.address ?? from?.name ?? '').toLowerCase();
}
