/**
 * @module amount-act-line
 * "How much of the pipe capacity do we already hold?": of two lines of one mail that rank alike,
 * one that names the topic with a figure of something else ("we could buy 5 or 10 years of pipe
 * capacity from the coast") and one that writes the act asked with its figure ("we hold about 90
 * MW of it today"), the second answers. Only a line of the same passage that ranks close counts,
 * and only where the act takes the figure (a few words after it).
 */

import { analyze } from '../index/analyze.ts';
import { foldedTerms } from './question-terms.ts';

/** The fields of a ranked sentence the rule reads. */
type ActLine = {
  readonly hit: unknown;
  readonly text: string;
  readonly typed: boolean;
  readonly unbound: boolean;
  readonly relevance: number;
  readonly score: number;
};

/**
 * "How much … do we (already) hold", "How many … did Ana sell": the verb after the subject. A
 * nick or a name in capitals, a pronoun, or a noun phrase of up to three words stands as the subject.
 */
const AMOUNT_ACT =
  /^\s*[Hh]ow\s+(?:much|many)\b[^?]*?\b(?:do|does|did|will|would|can|could|should)\s+(?:I|we|you|he|she|they|it|the\s+\p{Ll}+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:(?:already|still|currently|actually|now|really|each|all)\s+)?(\p{Ll}{3,})\b/u;

/** Verbs that carry no act of their own ("how many trades did we do", "… did Ana say …"). */
const NO_ACT = new Set(
  analyze(
    'have has had be do does did get got make made need want say said tell told think know see mean expect',
  ),
);

/** How close to the first line's score a line that writes the act must rank. */
const ACT_MARGIN = 0.75;

/** The stem of the act an amount question asks about, if it names one. */
export function amountAct(question: string): string | undefined {
  const word = AMOUNT_ACT.exec(question)?.[1];
  const stem = word ? analyze(word)[0] : undefined;
  return stem && !NO_ACT.has(stem) ? stem : undefined;
}

/**
 * The line of `first`'s passage that writes the act the amount question asks about, with a figure
 * of its own, when `first` does not write it and that line ranks close; else undefined.
 */
export function amountActLine<T extends ActLine>(
  question: string,
  first: T,
  ranked: readonly T[],
  minRelevance: number,
): T | undefined {
  const act = amountAct(question);
  if (!act || foldedTerms(first.text).includes(act)) return undefined;
  return ranked.find(
    (candidate) =>
      candidate !== first &&
      candidate.hit === first.hit &&
      candidate.typed &&
      !candidate.unbound &&
      candidate.relevance >= minRelevance &&
      candidate.score >= first.score * ACT_MARGIN &&
      actTakesFigure(candidate.text, act),
  );
}

/** How many words may stand between the act and its figure ("own roughly 170 MW"). */
const FIGURE_REACH = 3;

/**
 * The text writes the act with a figure right after it ("we hold about 90 MW"), not an act of
 * another clause whose figure is something else's ("… and pay the rest (which comes to $9 billion)").
 */
function actTakesFigure(text: string, act: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.some(
    (word, i) =>
      foldedTerms(word)[0] === act &&
      words.slice(i + 1, i + 2 + FIGURE_REACH).some((next) => /^[$€£(]?\d/.test(next)),
  );
}
