/**
 * @module spoken-names
 * Names said in a meeting whose speakers are labelled by role ("Project Manager", "Grad B"),
 * mapped to the speaker they belong to: a self-introduction ("I'm Mike, the interface
 * designer") settles a name at once; being addressed by name ("Dana, what do you think?",
 * "Okay, Dana.") and answering in the next turn counts as one vote, and a name goes to a
 * speaker with at least two votes and twice as many as anyone else. A name is a capitalised word
 * the transcript never writes in lower case, so "Sorry," or "Right," never count.
 */
import type { Transcript } from '../../formats/model.ts';
import { STOP_WORDS } from './text-terms.ts';

/** How many answered addresses settle a name without a self-introduction. */
const MIN_VOTES = 2;
/** A self-introduction weighs as much as this many answered addresses. */
const INTRODUCTION_VOTES = 2;

/** Sound marks, gaps and restarts of a turn removed. */
const plain = (raw: string) =>
  raw
    .replace(/\{[a-z_]+\}|\[[a-z ]+\]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Words that open a turn before a name is said to someone: "Okay, Dana", "Uh Dana". */
const OPENERS =
  /^(?:(?:okay|ok|so|um+|uh+|and|well|right|yeah|yes|hello|hi|hey|sorry|now|then|alright)[\s,.]+)*/i;
const NAME = '([A-Z][a-z]{2,})';
/** "Dana , what do you think" / "Okay . Dana ." at the start of a turn. */
const ADDRESS_FIRST = new RegExp(`^${NAME}\\s*[,.?!]`);
/** "What do you think , Dana ?" at the end of a turn. */
const ADDRESS_LAST = new RegExp(`[,.]\\s*(?:(?:uh|um)\\s+)?${NAME}\\s*[?.!]?$`);
/** "I'm Dana , the …", "my name is Dana", "I am Dana and …". */
const INTRODUCTION = new RegExp(
  `\\b(?:I'm|I 'm|I am|my name is|my name 's|my name's)\\s+${NAME}(?=\\s*(?:[,.!]|$|\\s+(?:and|the|your|from|here)\\b))`,
);

/**
 * The names of the transcript's speakers as said in it, lowercase → speaker label. Nothing is
 * learned when speakers already carry their names (committee hearings).
 */
export function spokenNames(
  transcript: Transcript,
  isRoleLabel: (label: string) => boolean,
): Map<string, string> {
  const turns = transcript.turns;
  const labels = new Set(turns.map((turn) => turn.speaker));
  if (![...labels].every(isRoleLabel)) return new Map();
  const lowerWords = new Set<string>();
  const labelWords = new Set<string>();
  for (const label of labels) for (const word of label.toLowerCase().split(/\s+/)) labelWords.add(word);
  for (const turn of turns)
    for (const word of turn.text.match(/\b[a-z][a-z']+\b/g) ?? []) lowerWords.add(word);
  // A name is said inside a sentence at least once ("like Dana said"); "Wow." and "Oops." never are.
  const inside = new Set<string>();
  for (const turn of turns)
    for (const match of plain(turn.text).matchAll(/\b[a-z][a-z']*\s+([A-Z][a-z]{2,})\b/g))
      if (match[1]) inside.add(match[1]);
  const isName = (word: string) => {
    const lower = word.toLowerCase();
    return inside.has(word) && !lowerWords.has(lower) && !STOP_WORDS.has(lower) && !labelWords.has(lower);
  };
  const votes = new Map<string, Map<string, number>>();
  const vote = (name: string, speaker: string, weight: number) => {
    const bySpeaker = votes.get(name) ?? new Map<string, number>();
    bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + weight);
    votes.set(name, bySpeaker);
  };
  for (const [index, turn] of turns.entries()) {
    const text = plain(turn.text);
    const introduced = INTRODUCTION.exec(text)?.[1];
    if (introduced && isName(introduced)) vote(introduced, turn.speaker, INTRODUCTION_VOTES);
    // Someone is addressed as the turn opens, or as it ends: its last sentence opens or closes with their name.
    const last = text.split(/(?<=[.?!])\s+(?=\S)/).at(-1) ?? text;
    const addressed = [
      ADDRESS_FIRST.exec(text.replace(OPENERS, ''))?.[1],
      ADDRESS_FIRST.exec(last.replace(OPENERS, ''))?.[1],
      ADDRESS_LAST.exec(text)?.[1],
    ].find((word) => word !== undefined && isName(word));
    if (!addressed) continue;
    const answer = turns.slice(index + 1, index + 3).find((later) => /\p{L}/u.test(plain(later.text)));
    if (answer && answer.speaker !== turn.speaker) vote(addressed, answer.speaker, 1);
  }
  const out = new Map<string, string>();
  for (const [name, bySpeaker] of votes) {
    const [first, second] = [...bySpeaker.entries()].sort((a, b) => b[1] - a[1]);
    if (first && first[1] >= MIN_VOTES && first[1] >= 2 * (second?.[1] ?? 0))
      out.set(name.toLowerCase(), first[0]);
  }
  return out;
}
