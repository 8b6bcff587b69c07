/**
 * @module hearing
 * Whether a meeting is a hearing: a committee or a house whose speakers each speak for their own
 * body (a minister for the government, a witness for a council or a charity). There a speaker's
 * "we" is their own organisation, not the group holding the meeting, and minutes say "they".
 */
import type { Transcript } from '../../formats/model.ts';

/** How a hearing's speakers address its chair or name the committee ("Madam Chair", "Chair, …", "this committee"). */
const FORMAL_ADDRESS =
  /\b(?:(?:madam|mister|mr\.?)\s+(?:chair|speaker|president)(?:man|woman|person)?\b|chair(?:man|woman|person)?,|(?:the|this|our)\s+committee(?:'s)?\b|members\s+of\s+(?:the|this)\s+committee\b)/i;

/** Fewest turns, and least share of the turns, that address the chair or name the committee. */
const MIN_TURNS = 3;
const MIN_SHARE = 0.02;

const known = new WeakMap<Transcript, boolean>();

/** A meeting where three or more turns, and at least 2% of them, address the chair or name the committee. */
export function isHearing(transcript: Transcript): boolean {
  let value = known.get(transcript);
  if (value === undefined) {
    const formal = transcript.turns.filter((turn) => FORMAL_ADDRESS.test(turn.text)).length;
    value = formal >= MIN_TURNS && formal >= MIN_SHARE * transcript.turns.length;
    known.set(transcript, value);
  }
  return value;
}
