/**
 * @module initialism-meaning
 * "What does HSB stand for?": a document spells an initialism out once, where it first uses it
 * ("… the Harbour Safety Board (HSB) …"), and later sentences use the letters alone. Those
 * later sentences may share more of the question's words, but only the sentence that sets the
 * words beside the letters says what they stand for.
 */

import type { SearchHit } from '../index/types.ts';
import { closedSentence, splitSentences } from '../lib/text/sentences.ts';
import type { CitationList } from './citations.ts';
import { spelledOut } from './initialism.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';

/** "What does HSB stand for?", "What is HSB short for?", "What do the letters HSB mean?". */
const INITIALISM_ASKED: readonly RegExp[] = [
  /^\s*[Ww]hat\s+(?:does|do|did)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initialism\s+|letters\s+)?["“']?([A-Z](?:&?[A-Z]){1,5})["”']?\s+(?:stand|stands)\s+for\b/,
  /^\s*[Ww]hat\s+(?:is|was)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?["“']?([A-Z](?:&?[A-Z]){1,5})["”']?\s+(?:short\s+for|an?\s+(?:abbreviation|acronym)\s+(?:for|of))\b/,
  /^\s*[Ww]hat\s+(?:does|do)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initialism\s+|letters\s+)?["“']?([A-Z](?:&?[A-Z]){1,5})["”']?\s+mean\b/,
];

/** The initialism a question asks the words of, without "&" ("P&L" → "PL"); else undefined. */
export function initialismAsked(question: string): string | undefined {
  for (const pattern of INITIALISM_ASKED) {
    const letters = pattern.exec(question)?.[1];
    if (letters) return letters.replace(/&/g, '');
  }
  return undefined;
}

/** Passages of talk, whose lines the other rules read with their speakers. */
const SPOKEN: ReadonlySet<string> = new Set(['chat', 'transcript']);

/** How far down the ranking the passage that spells it out may stand. */
const DEPTH = 5;

/**
 * The sentence of the first passages that spells out the initialism asked, else undefined (and
 * the question is answered as any other).
 */
export function initialismAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
): ExtractiveAnswer | undefined {
  const initials = initialismAsked(question);
  if (!initials) return undefined;
  for (const hit of hits.slice(0, DEPTH)) {
    // A chat line is read with its speaker by the other rules ("kit: bug tracking system").
    if (SPOKEN.has(hit.type)) continue;
    for (const span of splitSentences(hit.text)) {
      // A mail's hard wraps fall inside the words spelled out: read the sentence as one line.
      const sentence = span.text.replace(/\s+/g, ' ').trim();
      if (!spelledOut(sentence, initials)) continue;
      const n = citations.cite(hit, sentence);
      return { answer: `${closedSentence(sentence)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
    }
  }
  return undefined;
}
