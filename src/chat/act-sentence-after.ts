/**
 * @module act-sentence-after
 * "Who is replacing Ana Ruiz as head of audit?": a notice names the person and the post in one
 * sentence ("Ana Ruiz, now head of audit, will lead the new desk with Bo Lind.") and says the act
 * asked a sentence or two later, with the answer ("Replacing Ana in her role will be Cy Moss.").
 * The first shares more of the question's words; the later one says what is asked. When the
 * sentence picked never says the act the question names, a sentence right after it in the same
 * passage that says the act, goes on with the question's topic and holds the kind of value asked
 * answers.
 */

import { foldedTerms } from './question-terms.ts';

/** How many sentences after the one picked the act may be said. */
const REACH = 2;

/** A sentence that asks, marked or not ("When is the signing day."). */
const ASKS =
  /\?\s*$|^\s*(?:when|what|where|which|who|whom|why|how)\s+(?:is|are|was|were|will|would|do|does|did|can|could|should|shall|has|have)\b/i;

/** What the rule reads of a ranked sentence (sentence-rank.ts's Candidate). */
type ActSentence = {
  readonly hit: unknown;
  readonly speaker?: string;
  readonly text: string;
  readonly role: string;
  readonly position: number;
  readonly typed: boolean;
  readonly unbound: boolean;
  readonly relevance: number;
};

/**
 * The sentence after `first`, within REACH of it in the same passage and the same part of a mail
 * (own text, quoted history), that says one of the question's acts (`acts`, as terms) and another
 * of the question's words (`asked`), and holds the kind of value asked when one is (`valueAsked`).
 * Undefined when `first` says an act itself, is a chat line, or no such sentence follows.
 */
export function actSentenceAfter<T extends ActSentence>(
  acts: ReadonlySet<string>,
  asked: ReadonlySet<string>,
  first: T,
  passage: readonly T[],
  valueAsked: boolean,
  minRelevance: number,
): T | undefined {
  if (acts.size === 0 || first.speaker) return undefined;
  const says = (line: T) => foldedTerms(line.text).some((term) => acts.has(term));
  if (says(first)) return undefined;
  return passage
    .filter(
      (line) =>
        line.hit === first.hit &&
        !line.speaker &&
        line.role === first.role &&
        line.position > first.position &&
        line.position - first.position <= REACH &&
        says(line) &&
        // "When is the closing date?" asks the act; it tells nothing of it.
        !ASKS.test(line.text) &&
        // The topic goes on: a word of the question besides the act ("Replacing Ana …").
        foldedTerms(line.text).some((term) => asked.has(term) && !acts.has(term)) &&
        (!valueAsked || (line.typed && !line.unbound)) &&
        line.relevance >= minRelevance,
    )
    .sort((a, b) => a.position - b.position)[0];
}
