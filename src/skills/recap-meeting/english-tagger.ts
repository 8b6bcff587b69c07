/**
 * @module english-tagger
 * compromise's part-of-speech tagger for English, loaded on first use (it takes a few hundred
 * milliseconds), so modules that never render minutes or name topics do not pay for it. Only
 * the few calls recap uses are typed here.
 */
import { createRequire } from 'node:module';

type Conjugation = { readonly PastTense?: string };
export type TaggedVerbs = {
  readonly found: boolean;
  has(match: string): boolean;
  conjugate(): Conjugation[];
  toInfinitive(): { text(): string };
};
export type TaggedText = {
  verbs(): TaggedVerbs;
  has(match: string): boolean;
  out(format: 'tags'): Record<string, string[]>[];
  terms(): { json(): unknown[] };
};
export type Tagger = (text: string) => TaggedText;

let nlp: Tagger | undefined;

export function tagger(): Tagger {
  nlp ??= createRequire(import.meta.url)('compromise') as Tagger;
  return nlp;
}

/**
 * Whether a short phrase reads as a noun phrase ending on its noun ("ferry timetable",
 * "admission fee", "tidal energy"), not an adjective, an interjection, a verb form or a
 * preposition ("expensive", "oops", "thinking", "along"). A word the tagger reads alone as a
 * verb counts when it is a noun after "the" ("the pen", "sales [the] price").
 */
export function isNounPhrase(phrase: string): boolean {
  const nlp = tagger();
  const alone = tagsOf(nlp(phrase));
  const last = alone.at(-1);
  if (!last || alone.some((tags) => tags.some((tag) => NOT_IN_NOUN_PHRASE.has(tag)))) return false;
  if (!alone.slice(0, -1).every((tags) => tags.some((tag) => MODIFIER.has(tag)))) return false;
  if (last.includes('Noun')) return true;
  if (!last.includes('Verb') || last.includes('Adjective')) return false;
  const head = phrase.trim().split(/\s+/).at(-1) ?? '';
  return (tagsOf(nlp(`the ${head}`)).at(-1) ?? []).includes('Noun');
}

const NOT_IN_NOUN_PHRASE = new Set([
  'Expression',
  'Gerund',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Negative',
  'Adverb',
  'Determiner',
]);
const MODIFIER = new Set(['Adjective', 'Noun', 'Value']);

function tagsOf(doc: TaggedText): string[][] {
  return doc.out('tags').flatMap((sentence) => Object.values(sentence));
}
