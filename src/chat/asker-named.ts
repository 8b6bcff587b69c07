/**
 * @module asker-named
 * Lines that name the asker, for questions put in the first person ("What time am I meeting …?",
 * "Which room is my meeting in?"). A visit's agenda lists each slot with the person met ("11:00
 * Ann Lee - budget", "11:30 Bo Day - trading"): the asker's slot is the line that names them,
 * not another slot that shares more of the question's words. And a sentence that states a
 * value for everyone but the asker ("All visits but Ann's and Bo's take place in Room 12")
 * states none for them.
 */

import { resolvePerson } from '../index/people.ts';
import type { Person } from '../index/types.ts';
import { closedSentence } from '../lib/text/sentences.ts';

/** A question about the asker's own doings: "I", "me", "my", "mine". */
const FIRST_PERSON = /\b(?:i|me|my|mine|i'm|i've)\b/i;

/** Whether a question is put in the first person, about the asker's own doings. */
export function firstPersonAsked(question: string): boolean {
  return FIRST_PERSON.test(question);
}

/**
 * The words that name the asker in text: the first name and surname of the person the index
 * knows by the asking address, or else the parts of the address's local part ("ann.lee@…").
 */
export function askerNames(people: readonly Person[], asUser: string | undefined): string[] {
  if (asUser === undefined) return [];
  const known = resolvePerson(people, asUser).flatMap((person) => person.name.split(/\s+/));
  const local = asUser.includes('@') ? (asUser.split('@')[0] ?? '').split(/[._-]+/) : [];
  const words = known.length > 0 ? known : local;
  return [...new Set(words.map((word) => word.toLowerCase()).filter((word) => /^\p{L}{3,}$/u.test(word)))];
}

/** Whether a text names one of `names` as a whole word. */
function names(text: string, wanted: readonly string[]): boolean {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return wanted.some((name) => words.has(name));
}

/** A clause that sets people or things apart: "with the exception of …", "except for …", "other than …". */
const EXCEPTION =
  /\b(?:with the exception of|except(?:\s+for)?|other than|excluding|apart from|save for)\s+([^.;:,]+)/gi;

/**
 * Whether `sentence`, the answer to a first-person question, sets the asker apart from what it
 * states ("Except for the talks with Omar and Ann, …" asked as Ann).
 */
export function exceptsAsker(question: string, sentence: string, asker: readonly string[]): boolean {
  if (asker.length === 0 || !FIRST_PERSON.test(question)) return false;
  for (const match of sentence.matchAll(EXCEPTION)) if (names(match[1] ?? '', asker)) return true;
  return false;
}

/** A slot of an agenda: a line that opens with a clock time ("11:30 Ann Lee - trading", "2:00 pm: tour"). */
const SLOT = /^\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–:]\s*)?(?=\p{L})/iu;

/**
 * For a first-person question answered by one slot of an agenda, the slot of the same agenda
 * that names the asker, when the answer's slot does not: the asker's own appointment. Undefined
 * when the answer is no slot, names the asker already, or no other slot (exactly one) names them.
 */
export function askerSlot(
  question: string,
  answer: string,
  passage: string,
  asker: readonly string[],
): string | undefined {
  if (asker.length === 0 || !FIRST_PERSON.test(question)) return undefined;
  // The answer's line without its citation marks and closing stop, spaced as the passage's lines are.
  const bare = (line: string) =>
    line
      .replace(/(?:\s*\[\d+\])+\s*$/, '')
      .replace(/\.$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const picked = bare(answer);
  if (!SLOT.test(picked) || names(picked, asker)) return undefined;
  const slots = passage
    .split('\n')
    .map(bare)
    .filter((line) => SLOT.test(line));
  // The picked line must be one of this agenda's slots.
  if (!slots.includes(picked)) return undefined;
  const mine = slots.filter((line) => names(line, asker));
  return mine.length === 1 ? mine[0] : undefined;
}

/** The asker's slot said as the answer, with the citation marks the replaced answer ended on. */
export function slotAnswer(slot: string, replaced: string): string {
  const marks = /(?:\s*\[\d+\])+\s*$/.exec(replaced)?.[0].trim();
  return marks ? `${closedSentence(slot)} ${marks}` : closedSentence(slot);
}
