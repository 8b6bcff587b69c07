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

/** Words that open a clause inside a sentence: what follows them is not its main clause. */
const SUBORDINATOR =
  /^(?:that|which|who|whom|whose|what|where|when|whether|if|as|because|cause|'cause|since|unless|although|though|while|whereas)$/i;

/** A finite verb: one that carries tense or a modal, not an infinitive or an -ing form. */
const isFiniteVerb = (tags: readonly string[]) =>
  tags.some((tag) => tag === 'Modal' || tag === 'Copula' || tag === 'Auxiliary' || tag === 'PastTense') ||
  (tags.includes('PresentTense') && !tags.includes('Infinitive') && !tags.includes('Gerund'));

/**
 * Whether a sentence is a fragment with no main clause: no finite verb at all ("Working on the
 * look and feel.", "Even harder to draw like this."), or a single finite verb that stands inside
 * a clause opened before it ("Long as they were able to …", "The part that they could change.").
 * Two finite verbs leave room for a main clause ("The part that they chose was cheap.").
 */
export function isFragment(sentence: string): boolean {
  type Term = { text?: string; normal?: string; implicit?: string; tags?: string[] };
  const terms = (tagger()(sentence).terms().json() as { terms?: Term[] }[]).flatMap(
    (item) => item.terms ?? [],
  );
  let finite = 0;
  let opened = false;
  let openedFirst = false;
  for (const term of terms) {
    // A contraction is read as its first word ("that's" → "that").
    const word = (term.implicit ?? term.normal ?? term.text ?? '').trim();
    if (SUBORDINATOR.test(word)) opened = true;
    if (isFiniteVerb(term.tags ?? [])) {
      if (finite === 0) openedFirst = opened;
      finite++;
    }
  }
  return finite === 0 || (finite === 1 && openedFirst);
}

/** Past forms that open a sentence with a subject after them: auxiliaries ("Had the issue been…") and participles used as prepositions ("Based on…"). */
const OPENS_WITH_SUBJECT_LATER =
  /^(?:was|were|had|did|could|would|should|might|must|based|given|compared|combined|coupled|provided|considered|faced|added)$/i;

/**
 * Whether a sentence begins with a past-tense verb and its object, the subject left in the turn
 * before ("Looked at the number of phones…", "Got an agenda to set out…"): it does not stand alone.
 */
export function lacksSubject(sentence: string): boolean {
  const match =
    /^(\p{L}+)\s+(?:at|to|about|on|with|the|a|an|in|for|into|up|out|over|through|some|that|this|it|them|him|her)\b/iu.exec(
      sentence.trim(),
    );
  if (!match?.[1] || OPENS_WITH_SUBJECT_LATER.test(match[1])) return false;
  const first = tagsOf(tagger()(sentence))[0] ?? [];
  return first.includes('PastTense');
}

type WithLexicon = { model(): { one: { lexicon: Record<string, unknown> } } };

/**
 * Whether compromise's lexicon holds a word (in lower case: "car", "use", "net"). Words it only
 * guesses the part of speech of ("sta", "basi", but also "data") are not held, so a word not
 * held is not known to be a fragment either.
 */
export function inLexicon(word: string): boolean {
  const lexicon = (tagger() as unknown as WithLexicon).model().one.lexicon;
  return Object.hasOwn(lexicon, word.toLowerCase());
}
