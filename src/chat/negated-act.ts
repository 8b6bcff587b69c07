/**
 * @module negated-act
 * "Since which version can you embed the logo?" is not answered by "version 2 does not offer a
 * way of embedding the logo", nor "What were the tractors' noise levels in the survey?" by
 * "… their readings were not surveyed": a line of a file that says the thing asked is not done states no
 * value of it. Such a line is no answer to a question that asks what, which, when or how much of
 * that act and does not itself ask about something not done.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { questionTerms } from './question-terms.ts';

/** Passages of files: a report or a manual states what is not done in so many words. */
const FILE_TYPES: ReadonlySet<SearchHit['type']> = new Set(['document', 'slide', 'sheet']);

/** A negation and the words after it, up to six: "does not offer a way of embedding". */
const NEGATED =
  /\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|shall)\s*(?:not|n't)\s+((?:[\p{L}\p{N}'’-]+[\s,]+){0,5}[\p{L}\p{N}'’-]+)|\b(?:cannot|never|no longer)\s+((?:[\p{L}\p{N}'’-]+[\s,]+){0,5}[\p{L}\p{N}'’-]+)/giu;

/** A question that asks about something not done, or a yes-or-no question, or why. */
const NOT_A_VALUE_ASKED =
  /\b(?:not|no|never|n't|without|nobody|none|cannot)\b|^\s*(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b|\bwhy\b/i;

/** A question that asks a value: what, which, when, where, how much or many, since which, who. */
const VALUE_ASKED =
  /^\s*(?:(?:on|in|at|from|since|until|by|to|for)\s+)?(?:what|which|when|where|who|whom|how\s+(?:much|many|long|often))\b/i;

/** The first five letters of a word: "survey" and "surveyed", "embed" and "embedding" meet. */
const stem = (word: string) => word.toLowerCase().slice(0, 5);

/**
 * True when the answer's first sentence, from a file's passage, negates an act the question asks
 * about: one of the question's words of five letters or more (its stem) is the negated verb or a
 * verb form ("-ing", "-ed") within six words after the negation.
 */
export function negatesAskedAct(question: string, hit: Pick<SearchHit, 'type'>, answer: string): boolean {
  if (!FILE_TYPES.has(hit.type) || !VALUE_ASKED.test(question) || NOT_A_VALUE_ASKED.test(question))
    return false;
  const first = splitSentences(answer.replace(/\s*\[\d+\][\s\S]*$/, ''))[0]?.text ?? '';
  // The question's own words (not their stems) that are terms of it: "embed", not "emb".
  const terms = new Set(questionTerms(question));
  const asked = new Set(
    (question.match(/[\p{L}\p{N}'’-]+/gu) ?? [])
      .filter((word) => word.length >= 5 && analyze(word).some((term) => terms.has(term)))
      .map(stem),
  );
  if (asked.size === 0) return false;
  for (const match of first.matchAll(NEGATED)) {
    const after = (match[1] ?? match[2] ?? '').split(/[\s,]+/);
    // The negated verb itself, or a verb form after it ("… a way of embedding"): not a noun
    // that a clause about another act names ("could not find past field survey owners").
    const acts = after.filter((word, at) => at === 0 || /(?:ing|ed)$/i.test(word));
    if (acts.some((word) => word.length >= 5 && asked.has(stem(word)))) return true;
  }
  return false;
}
