/**
 * @module translated-terms
 * A question asked in one language over a passage written in another shares few of its words
 * ("the Kestrovets institute" and "Кестровецкого института"):
 * a sentence of such a passage carries a word of the question when it writes that word
 * respelled or translated (see lib/text/cross-language), and is scored as if it wrote it.
 */

import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { inOtherLanguage, translates } from '../lib/text/cross-language.ts';
import { fold } from './question-terms.ts';

/**
 * "according to the garden care deck": words that name the file the answer is in, which its
 * title and every line of it share; a line that writes them translated says nothing more of what is asked.
 */
const FILE_NAMED =
  /\baccording to (?:the|a|an|this|that)\s+[^,?]*?\b(?:deck|slides?|presentation|document|report|sheet|spreadsheet|workbook|file|guide|paper)\b/giu;

/** The words of the question as written, each with the term it stands for among those wanted. */
function wantedWords(question: string, wanted: ReadonlySet<string>): [string, string][] {
  const words: [string, string][] = [];
  for (const word of question.replace(FILE_NAMED, ' ').match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const term = analyze(word)[0];
    if (term !== undefined && wanted.has(fold(term))) words.push([word, fold(term)]);
  }
  return words;
}

/**
 * The words a sentence writes, and the parts of those it joins with a hyphen: "Rucksack-Faktor"
 * writes "Faktor" too, as a compound closed up would not say apart.
 */
function writtenWords(text: string): string[] {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.flatMap((word) => {
    const parts = word.split('-').filter((part) => part.length > 0);
    return parts.length > 1 ? [word, ...parts] : [word];
  });
}

/**
 * Adds to each sentence's terms the question's terms that it writes in its own language, for the
 * sentences of passages in another language than the question's; `terms` is changed in place.
 */
export function addTranslatedTerms(
  question: string,
  wanted: ReadonlySet<string>,
  sentences: readonly { readonly hit: SearchHit; readonly text: string }[],
  terms: readonly Set<string>[],
): void {
  const asked = wantedWords(question, wanted);
  if (asked.length === 0) return;
  const foreign = new Map<SearchHit, boolean>();
  sentences.forEach((sentence, i) => {
    let other = foreign.get(sentence.hit);
    if (other === undefined) {
      other = inOtherLanguage(question, `${sentence.hit.title}\n${sentence.hit.text}`);
      foreign.set(sentence.hit, other);
    }
    if (!other) return;
    const words = writtenWords(sentence.text);
    for (const [word, term] of asked)
      if (!terms[i]?.has(term) && words.some((written) => translates(word, written))) terms[i]?.add(term);
  });
}
