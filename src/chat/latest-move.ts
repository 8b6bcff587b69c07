/**
 * @module latest-move
 * A running note of one thing moved again and again ("asked to move it to 1/29", then "moved to
 * 3:30", then "moved to 2:30 on 2/1"): asked where or when it was moved to, the last move the
 * note writes holds, not the first one. Only lines of the same passage that rank alike count.
 */

import type { Candidate } from './sentence-rank.ts';

/** A question about where or when something was moved: "When was the review moved to?". */
const MOVE_ASKED =
  /\b(?:mov(?:e|ed|ing)|reschedul\w*|push(?:ed)? back|postpon\w*|re-?set|shift(?:ed)?|chang(?:e|ed))\b[^?]*\bto\b|\b(?:mov|reschedul|postpon)\w*\s*\??\s*$/i;

/** A line that states a move: "moved to 3:30", "rescheduled for Monday", "push it to Friday". */
const STATES_MOVE = /\b(?:mov(?:e|ed|ing)|reschedul\w*|push(?:ed)?|postpon\w*|shift(?:ed)?|chang(?:e|ed))\b/i;

/** How close to the first line's score a later line must be to count as its equal. */
const TIE = 0.98;

/**
 * The last line of the first one's passage that states a move, when the question asks for the
 * place or time something was moved to and that line ranks with the first; else undefined.
 */
export function latestMove(
  question: string,
  first: Candidate,
  ranked: readonly Candidate[],
): Candidate | undefined {
  if (!MOVE_ASKED.test(question) || !STATES_MOVE.test(first.text)) return undefined;
  let latest: Candidate | undefined;
  for (const candidate of ranked)
    if (
      candidate.hit === first.hit &&
      candidate.position > (latest ?? first).position &&
      candidate.typed === first.typed &&
      candidate.score >= first.score * TIE &&
      STATES_MOVE.test(candidate.text)
    )
      latest = candidate;
  return latest;
}
