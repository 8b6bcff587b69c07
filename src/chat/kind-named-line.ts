/**
 * @module kind-named-line
 * "Which engineer did I tell Dario is on the Elm Street job?": of a mail's sentences, the one that
 * names the engineer as such ("our engineer is Brink & Sons in Harwick") answers, over a sentence
 * that only shares the question's other words ("A builder on Elm Street has quoted me too").
 */
import { askedNoun } from './answer-type.ts';

/** What the rule needs of a ranked sentence. */
export type KindLine = {
  readonly text: string;
  readonly speaker?: string;
};

/** After the kind's noun, what names one of that kind: "is Brink", "will be the Vela Studio", ": Brink". */
const NAMING_AFTER = /^s?(?:\s*[:,]\s*|\s+(?:is|are|was|were|will\s+be)\s+)(?:the\s+)?\p{Lu}/u;

/** True when the sentence names one of the kind by a capitalised name after the kind's noun. */
function namesOfKind(text: string, noun: string): boolean {
  const at = new RegExp(`\\b${noun}`, 'gi');
  for (const match of text.matchAll(at)) {
    if (NAMING_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) return true;
  }
  return false;
}

/**
 * The line of the first sentence's passage that names one of the kind a "which <noun> …" question
 * asks, when the first sentence names none; else undefined.
 */
export function kindNamedLine<T extends KindLine>(
  question: string,
  first: T,
  passage: readonly T[],
): T | undefined {
  const noun = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s/i.test(question)
    ? askedNoun(question)
    : undefined;
  if (!noun || !/^[a-z-]+$/.test(noun) || first.speaker || namesOfKind(first.text, noun)) return undefined;
  return passage.find((line) => line !== first && !line.speaker && namesOfKind(line.text, noun));
}
