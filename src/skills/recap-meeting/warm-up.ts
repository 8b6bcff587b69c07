/**
 * @module warm-up
 * An ice-breaker at a meeting's start (each draws their favourite animal on the whiteboard, tries
 * the pens, laughs): what is "decided" there ("let's make it a cat") and what is said ("I'll take
 * the green pen") is play, not the meeting's business. Told by the stretch's own words: turns
 * about drawing, pens, the whiteboard or favourite animals, close together, amid laughter, in the
 * first part of the meeting.
 */
import type { Transcript } from '../../formats/model.ts';

const GAME_WORD = /\b(?:draw|draws|drawing|drew|whiteboard|pens?|animals?|favou?rite)\b/i;
const LAUGHTER = /\{vocalsound\}|\blaugh(?:s|ter|ing)?\b|\bhaha\b/i;
/** Game turns at most this many turns apart belong to one stretch. */
const GAP = 30;
/** A stretch needs at least this many game turns. */
const MIN_GAME_TURNS = 6;
/** …and laughter in at least this share of its turns. */
const MIN_LAUGHTER = 0.15;
/** …and must start within this share of the meeting. */
const START_SHARE = 0.3;

export type TurnSpan = { readonly from: number; readonly to: number };

/** The warm-up stretch of turns, when the meeting opens with one. */
export function warmUp(transcript: Transcript): TurnSpan | undefined {
  const turns = transcript.turns;
  const game = turns.flatMap((turn, i) => (GAME_WORD.test(turn.text) ? [i] : []));
  let start = 0;
  for (let end = 0; end < game.length; end++) {
    const next = game[end + 1];
    if (next !== undefined && next - (game[end] ?? 0) <= GAP) continue;
    const run = game.slice(start, end + 1);
    start = end + 1;
    const from = run[0] ?? 0;
    const to = run.at(-1) ?? 0;
    if (run.length < MIN_GAME_TURNS || from > turns.length * START_SHARE) continue;
    const laughed = turns.slice(from, to + 1).filter((turn) => LAUGHTER.test(turn.text)).length;
    if (laughed >= (to - from + 1) * MIN_LAUGHTER) return { from, to };
  }
  return undefined;
}

/** Whether the turn lies in the span. */
export const within = (span: TurnSpan | undefined, turn: number) =>
  span !== undefined && turn >= span.from && turn <= span.to;
