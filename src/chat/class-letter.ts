/**
 * @module class-letter
 * Classes told apart by a letter: "the D members", "class B shares", "Tier A suppliers". A
 * question that asks of one lettered class ("… for the D members?") is not answered by a line
 * that gives the figure of other letters before the same noun ("the E and F members … 15-18%")
 * and never the letter asked. The noun is matched through a writer's slip ("memebrs" for
 * members: the same letters, the first and last kept, or one letter off).
 */

import { withoutMarks } from './citations.ts';
import { editDistance } from './name-spelling.ts';

/** A class asked by its letter: "the D members", "class B shares", "tier A suppliers". */
const LETTER_ASKED = /\b(?:the|class|tier|type|group|category|grade)\s+([A-HJ-Z])\s+(\p{Ll}{4,})\b/u;

/** Letters, one or several, before a word: "B and A ", "A, B or D ", "C ". */
const LETTERS_BEFORE = /(?:^|[^\p{L}\d])((?:\p{Lu}(?:\s*,\s*|\s+(?:and|or|&)\s+))*\p{Lu})\s+$/u;

/** The same letters in another order, the first and last kept. */
function sameLetters(a: string, b: string): boolean {
  const sorted = (word: string) => [...word].sort().join('');
  return a[0] === b[0] && a.at(-1) === b.at(-1) && sorted(a) === sorted(b);
}

/** Whether a word of the text is the noun asked, or a slip of it. */
function sameNoun(word: string, noun: string): boolean {
  const said = word.toLowerCase();
  if (said === noun) return true;
  if (said[0] !== noun[0] || noun.length < 6) return false;
  return sameLetters(said, noun) || editDistance(said, noun, 1) <= 1;
}

/**
 * True when the question asks of a lettered class and the answer writes the noun after other
 * letters only ("the E and F memebrs") and never after the letter asked.
 */
export function otherClassLetter(question: string, answer: string): boolean {
  const asked = LETTER_ASKED.exec(question);
  const letter = asked?.[1];
  const noun = asked?.[2]?.toLowerCase();
  if (letter === undefined || noun === undefined) return false;
  const said = withoutMarks(answer);
  const letters = [...said.matchAll(/\p{L}+/gu)].flatMap((word) => {
    if (!sameNoun(word[0], noun)) return [];
    const run = LETTERS_BEFORE.exec(said.slice(0, word.index))?.[1];
    return run === undefined ? [] : (run.match(/\p{Lu}/gu) ?? []);
  });
  return letters.length > 0 && !letters.includes(letter);
}
