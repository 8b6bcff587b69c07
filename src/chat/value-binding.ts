/**
 * @module value-binding
 * Whether the value a sentence holds belongs to the thing the question asks about, not to
 * something named beside it: "Which version of the Foo tool …?" is not answered by "(post
 * v3.1, …) the Foo tool cannot …", where the version is another product's, nor by a version
 * line that names nothing the question asks about.
 */

import { analyze } from '../index/analyze.ts';
import { VERSION_NUMBER } from './answer-type.ts';

/** Where one clause of a sentence ends: a comma, a semicolon, a bracket, a dash, a full stop. */
const CLAUSE_BREAK = /[,;()[\]{}]|\s[-–—]\s|[.!?](?:\s|$)/;

/** Words that only name the kind of value, or what anyone does with it: they bind nothing. */
const KIND_WORDS = new Set(
  analyze('version release number use using run running install installed need require'),
);

/**
 * A version the sentence gives for the thing asked: some clause of it holds a version number
 * and one of the question's own words (its product, its feature), not only the word "version".
 */
export function versionBound(text: string, wanted: ReadonlySet<string>): boolean {
  return text
    .split(CLAUSE_BREAK)
    .some(
      (clause) =>
        VERSION_NUMBER.test(clause) &&
        analyze(clause).some((term) => wanted.has(term) && !KIND_WORDS.has(term)),
    );
}

/** A question about a figure paid, received or accepted: "how much did Ana get", "what were the fees paid". */
const REALIZED_ASKED =
  /\b(?:did|was|were|has|have)\b[^?]*\b(?:get|got|receive[ds]?|received|earn(?:ed)?|paid|pay|make|made|award(?:ed)?|given|spen[dt]|accept(?:ed)?)\b/i;

/** Words around a figure offered or planned, not paid: a range of minimum to maximum, a proposal, an offer to buy, a target. */
const PLANNED =
  /\b(?:minimum|maximum|propos(?:e|ed|al|ing)|offer(?:s|ed|ing)?\s+(?:to\s+(?:buy|pay|purchase|sell)|(?:US)?[$€£¥]\s?\d)|recommend(?:s|ed|ation)?|target(?:ed)?|budget(?:ed)?|forecast|would like|my thoughts|should (?:get|receive|be paid))\b/i;

/** The same verbs under a modal ("what price could she accept"): a figure someone would take, asked as such. */
const HYPOTHETICAL_ASKED =
  /\b(?:could|would|can|might|may|will|should)\s+(?:\w+\s+)?(?:get|receive|earn|pay|make|accept|take)\b/i;

export function asksRealized(question: string): boolean {
  return REALIZED_ASKED.test(question) && !HYPOTHETICAL_ASKED.test(question);
}

/** A figure compared against ("greater than $2.5 MM", "in excess of 40,000"): a threshold, not a sum paid. */
const COMPARED =
  /\b(?:(?:greater|more|less|fewer|higher|lower)\s+than|in excess of|exceed(?:s|ed|ing)?)\s+(?:US)?[$€£¥]?\s?\d/i;

export function statesThreshold(text: string): boolean {
  return COMPARED.test(text);
}

/** The text proposes or plans a figure: it does not say what was paid. */
export function statesPlanned(text: string): boolean {
  return PLANNED.test(text);
}

/** Capitalised words that head a figure as its label or unit, not as the name of whose it is. */
const NOT_OWNERS = new Set(
  analyze(
    'total base price cost fee fees rate rates amount balance sum net gross approx approximately about est estimated ' +
      'january february march april may june july august september october november december ' +
      'monday tuesday wednesday thursday friday saturday sunday q1 q2 q3 q4 fy us usd cad eur gbp',
  ),
);

/** A name of two or more capitalised words right before a figure, with no label colon between: "Harbor Gas Partners 40%". */
const OWNER_BEFORE_FIGURE =
  /((?:[\p{Lu}][\p{L}&'.-]*\s+){1,3}[\p{Lu}][\p{L}&'.-]*)\s+(?:US)?[$€£¥]?\d[\d,.]*\s*(?:%|percent|MM|[kKmM]\b|million|billion)?/gu;

/**
 * The figure a sentence gives is another party's: it stands right after a name of two or more
 * capitalised words that the question does not ask about ("What share does Tidewater own?" is not
 * answered by "Harbor Gas Partners 40% (… their Tidewater merger)").
 */
export function figureOfOther(text: string, asked: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(OWNER_BEFORE_FIGURE)) {
    const words = analyze(match[1] ?? '');
    if (words.length < 2) continue;
    if (words.some((word) => asked.has(word) || NOT_OWNERS.has(word))) continue;
    // Only when the question asks about some name of its own ("Tidewater") the figure could be that one's.
    return true;
  }
  return false;
}

/**
 * "What IRR did I calculate …?", "What was my bid for …?", "What does the cover cost?": a
 * question whose asked noun is a measure only a figure gives, though its answer type is not
 * read as an amount. A sentence that names the measure without a figure ("I tried to calculate
 * the IRR on …") repeats the question; it does not answer it.
 */
const FIGURE_NOUN_ASKED =
  /^\s*what(?:'s|\s+(?:is|was|are|were|will\s+be)\s+(?:the|my|our|his|her|their|its|your)|\s+(?:the|my|our|his|her|their|its|your))?\s+(?:[\p{L}-]+\s+)?(irr|npv|price|cost|bid|fee|salary|premium|balance|percentage|total|downpayment|deposit)s?\b(?!\s+(?:about|like|for what)\b)/iu;
const COST_ASKED = /^\s*what\s+(?:does|do|did|will|would)\b[^?]*\b(cost)\b/i;

export function asksFigure(question: string): boolean {
  return figureNounAsked(question) !== undefined;
}

/** The measure a figure question asks for ("What bid did I show …?" → "bid"), or none. */
export function figureNounAsked(question: string): string | undefined {
  return (FIGURE_NOUN_ASKED.exec(question)?.[1] ?? COST_ASKED.exec(question)?.[1])?.toLowerCase();
}

/** A figure in the text, other than one in a name or code the question itself writes ("the P100 risk"). */
export function holdsFigure(text: string, question: string): boolean {
  const own = new Set((question.match(/[\p{L}\p{N}_.-]+/gu) ?? []).map((word) => word.toLowerCase()));
  return (text.match(/[\p{L}\p{N}_.-]+/gu) ?? []).some(
    (word) => /\p{N}/u.test(word) && !own.has(word.toLowerCase().replace(/\.$/, '')),
  );
}
