/**
 * @module teller-only
 * A body asked by its kind ("Which firm is Ada Brill moving to?") is not answered by a sentence
 * whose only names are of whoever tells the news: "Halvers Desk indicates she is sounding out rivals."
 * says where the word came from, not the firm she joins. A teller that speaks of itself
 * ("Korvel says it has joined the pool") names the body asked, and a question that asks who
 * said, told or reported something is answered by the teller: both are left alone, and so is a
 * sentence that names anyone else.
 */

import { answerWords } from './quoted-source.ts';
import { BODY_ASKED } from './which-named.ts';

/** Verbs of telling news, in the forms a sentence or a question writes them. */
const TELLING =
  '(?:indicate[sd]?|say|says|said|report(?:s|ed)?|note[sd]?|tell|tells|told|mention(?:s|ed)?|claim(?:s|ed)?|confirm(?:s|ed)?|state[sd]?|hear|hears|heard|understand(?:s)?|understood)';

/** A question that asks the teller: "Which bank said …?", "What firm reported …?". */
const TELLER_ASKED = new RegExp(String.raw`\b${TELLING}\b`, 'i');

/** A run of capitalised words: a name ("Halvers Desk", "Ines"), or a word opening a sentence. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*)*/gu;

/**
 * A verb of telling right after a name, and what it tells not said of the teller itself:
 * "Halvers Desk indicates she is …", not "Korvel says it has …" nor "… we will …".
 */
const TELLS_OF_OTHER = new RegExp(
  String.raw`^\s+(?:(?:also|now|just|has|had|have)\s+)?${TELLING}\b(?!\s+(?:that\s+)?(?:it|its|they|their|we|our|us|itself|themselves)\b)`,
  'i',
);

/** The words of a name, folded, as the question would write them ("Brill's" → "brill"). */
function nameWords(name: string): string[] {
  return name.split(/\s+/).map((word) =>
    word
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/[.'’]+$/u, ''),
  );
}

/**
 * True when a body is asked by its kind, the question asks no act of telling, and every name the
 * answer writes that the question does not is the subject of a verb of telling about another
 * ("Halvers Desk indicates she …"): the teller of the news, not the body asked. "I" names no one.
 */
export function tellerOnlyNamed(question: string, answer: string): boolean {
  if (!BODY_ASKED.test(question) || TELLER_ASKED.test(question)) return false;
  const asked = new Set(question.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []);
  const said = answerWords(answer);
  const names = [...said.matchAll(CAPITALISED_RUN)].filter(
    ([run]) => run !== 'I' && !nameWords(run).every((word) => asked.has(word)),
  );
  return (
    names.length > 0 &&
    names.every((name) => TELLS_OF_OTHER.test(said.slice((name.index ?? 0) + name[0].length)))
  );
}
