/**
 * @module normal-forms
 * One spelling for the many ways a commitment or proposal is said, so that one pattern covers
 * them: contractions expanded ("I'm" → "I am", "we'll" → "we will", "gonna" → "going to",
 * "wanna" → "want to"), and classes for the words that vary inside a phrase (object pronouns
 * and bodies spoken to, determiners). Also whether a phrase opens with a verb, told by the
 * english tagger of compromise, so a commitment's task may start with any verb, not only listed ones.
 */
import { tagger } from './english-tagger.ts';

/** Contractions and spoken forms → their full form, applied in order. */
const EXPANSIONS: readonly (readonly [RegExp, string])[] = [
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'got to'],
  [/\bI'm\b/gi, 'I am'],
  [/\b(we|you|they)'re\b/gi, '$1 are'],
  [/\b(I|we|you|they|he|she|it|that|there)'ll\b/gi, '$1 will'],
  [/\b(I|we|you|they)'ve\b/gi, '$1 have'],
  [/\b(I|we|you|they|he|she)'d\b/gi, '$1 would'],
  [/\b(\p{L}+)'ll\b/giu, '$1 will'],
];

/** The text with contractions and spoken forms written out in full. */
export function normalForm(text: string): string {
  let out = text.replace(/\s+'/g, "'").replace(/\s+n't\b/g, "n't");
  for (const [pattern, full] of EXPANSIONS) out = out.replace(pattern, full);
  return out;
}

/** Whom a task is done for: an object pronoun or a body spoken to ("him", "the committee", "the member opposite"). */
export const OBJECT = String.raw`(?:him|her|them|you|us|everyone|everybody|(?:the|my|our|your) (?:committee|member|members|honourable member|colleague|group|team|office)(?: opposite)?)`;
/** A determiner before a task's object ("the", "that", "those", "our"). */
export const DETERMINER = String.raw`(?:the|that|this|those|these|our|my|your|their|his|her|a|an|some)`;

const verbCache = new Map<string, boolean>();

/**
 * The phrase opens with a verb in its base form ("rerun it", "protect my directories"), or with
 * "be" and a verb in -ing ("be looking at…"), as the tagger reads it after "I will".
 */
export function opensWithVerb(phrase: string): boolean {
  const head = phrase.trim().split(/\s+/).slice(0, 4).join(' ').toLowerCase();
  const cached = verbCache.get(head);
  if (cached !== undefined) return cached;
  const terms = tagger()(`I will ${head}`).terms().json() as { terms: { tags: string[] }[] }[];
  const tags = (at: number) => terms[at]?.terms[0]?.tags ?? [];
  const first = tags(2);
  const verb =
    first.includes('Verb') &&
    !first.includes('Modal') &&
    (!first.includes('Auxiliary') || (head.startsWith('be ') && tags(3).includes('Gerund')));
  verbCache.set(head, verb);
  return verb;
}

/** The verb in -ing opening a phrase, in its base form ("watching trends" → "watch trends"). */
export function baseOfGerund(phrase: string): string {
  const [head = '', ...rest] = phrase.trim().split(/\s+/);
  if (!/ing$/i.test(head)) return phrase;
  const base = tagger()(head).verbs().toInfinitive().text() || head;
  return [base, ...rest].join(' ');
}
