/**
 * @module chat-pointers
 * Chat lines that carry a question's words but not its answer: one that points back to its
 * speaker's link a line before ("that's a handy walkthrough for shared printers" after the link),
 * one that says its speaker does not know the thing asked of them ("I don't know what
 * "spoolmon" is"), and one in which the one asked only says what they want ("no, I mean, I
 * want to see two zones in one clock"), which is the question again, not the way to do it.
 */
import type { SearchHit } from '../index/types.ts';
import { givesLocation, pastAddress } from './chat-lines.ts';

/** A line that opens by pointing back: "this is …", "that's …", "it is …", "this one is …". */
const POINTS_BACK = /^(?:this|that|it)(?:['’]s|\s+(?:one\s+)?(?:is|was))\b/i;

/** How many lines before the pointing one the speaker's link may stand. */
const BACK_REACH = 3;

/** What pointedBackLine reads of a chat line (sentence-rank.ts's Candidate). */
type PointerLine = {
  readonly hit: Pick<SearchHit, 'chunkId' | 'path' | 'text'>;
  readonly speaker?: string;
  readonly text: string;
  readonly line: number;
  readonly position: number;
};

/**
 * The speaker's own line a few lines before, with a link or a path, that a picked line pointing
 * back without one ("that's a handy walkthrough for …") speaks of; undefined otherwise.
 */
export function pointedBackLine<T extends PointerLine>(
  picked: T,
  lines: readonly T[],
  speakers: ReadonlySet<string>,
): T | undefined {
  if (!picked.speaker || givesLocation(picked.text)) return undefined;
  if (!POINTS_BACK.test(pastAddress(picked.text, speakers).trim())) return undefined;
  // A line of the file's passage before counts back from the start of the picked one's.
  const before = (line: T): number | undefined =>
    line.hit === picked.hit
      ? picked.line - line.line
      : line.hit.path === picked.hit.path && line.hit.chunkId === picked.hit.chunkId - 1
        ? picked.line + line.hit.text.split('\n').length - line.line
        : undefined;
  return lines
    .map((line) => ({ line, gap: before(line) }))
    .filter(
      ({ line, gap }) => gap !== undefined && gap > 0 && gap <= BACK_REACH && line.speaker === picked.speaker,
    )
    .sort((a, b) => (a.gap ?? 0) - (b.gap ?? 0) || b.line.position - a.line.position)
    .find(({ line }) => givesLocation(line.text))?.line;
}

/** "I don't know what "spoolmon" is.", "dunno what a chord file means": the thing asked is unknown to the speaker. */
const THING_UNKNOWN =
  /^(?:(?:sorry|well|hmm+|no)[,.!]*\s+)*(?:i\s+)?(?:do\s*n[o'’]?t|dont|do not|dunno|have no idea)(?:\s+know)?\s+what\s+(?:a\s+|an\s+|the\s+)?["'“‘]?[^"”’?]{1,40}["'”’]?\s+(?:is|are|means?)\s*[.!]*\s*$/i;

export function saysThingUnknown(text: string): boolean {
  return THING_UNKNOWN.test(text.replace(/^\s*@?[^\s:,]+[:,]\s+/, '').trim());
}

/**
 * A line in which its speaker only says what they want to do ("no, I mean, I want to see two
 * zones in one clock", "I'd like to keep the old kernel"), or what the one they speak for wants
 * ("he wants to keep the player open after he quits"): asked how it is done, it is the question.
 */
const OWN_WANT =
  /^(?:(?:no|nope|well|sorry|ok|okay|i\s+mean|so|but)[,.!]*\s+)*(?:(?:i|we)\s*(?:want|wanna|need|would\s+like|['’]d\s+like)|(?:he|she|they)\s*(?:wants?|needs?|would\s+like|['’]d\s+like))\s+to\b/i;

export function statesOwnWant(text: string): boolean {
  return OWN_WANT.test(text.replace(/^\s*@?[^\s:,]+[:,]\s+/, '').trim());
}
