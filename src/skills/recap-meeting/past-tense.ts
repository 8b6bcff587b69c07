/**
 * @module past-tense
 * The verbs of spoken sentences in the past tense of minutes: "I wonder if…" becomes "I
 * wondered if…", "we want a screen" "we wanted a screen", "it sounds fine" "it sounded fine".
 * Only the verb right after a subject pronoun changes (an adverb may sit between: "we also
 * need"), and only when compromise's tagger reads it as a present-tense verb there; modals and
 * "be" / "have" are left to the reporting rules, and a verb after "let you", "make it" or "do
 * you" stays bare.
 */
import { irregularForRegular } from '../../lib/text/irregular-verbs.ts';
import { tagger } from './english-tagger.ts';

/** Pronouns that take the -s form of a verb ("it wants"); the others (I, we, you, they) take the bare verb. */
const THIRD_SUBJECT = /^(?:it|he|she|that|this|which|who)$/i;

/** Words before a pronoun that make it the object of another verb ("let you know", "make it work"). */
const GOVERNS_OBJECT = new Set(
  (
    'let lets make makes made help helps see sees saw watch hear heard have has had get gets got do does did ' +
    "don't doesn't didn't can could would will should shall may might must cannot can't won't wouldn't couldn't " +
    "shouldn't to thank"
  ).split(' '),
);

const ADVERB = new Set(
  'also just really never always still actually probably definitely already only even usually sometimes all both'.split(
    ' ',
  ),
);

/** Verbs handled by the reporting rules (be, have, modals) or too ambiguous to conjugate alone. */
const LEFT_ALONE = new Set(
  'am is are was were be been have has had will would can could shall should may might must ought used'.split(
    ' ',
  ),
);

const cache = new Map<string, string | null>();

/** The past tense of `word` read as the verb after `subject`, or undefined when it is not a present-tense verb there. */
export function pastAfter(subject: string, word: string): string | undefined {
  const lower = word.toLowerCase();
  if (LEFT_ALONE.has(lower) || !/^[a-z]+$/.test(lower)) return undefined;
  const third = THIRD_SUBJECT.test(subject);
  if (third && !/[^s]s$/.test(lower)) return undefined;
  const key = `${third ? 'it' : 'they'} ${lower}`;
  let past = cache.get(key);
  if (past === undefined) {
    const verbs = tagger()(key).verbs();
    past =
      verbs.found &&
      (verbs.has('#PresentTense') || verbs.has('#Infinitive')) &&
      !verbs.has('(#Modal|#Copula|#Auxiliary)')
        ? (verbs.conjugate()[0]?.PastTense ?? null)
        : null;
    cache.set(key, past);
  }
  return past ?? undefined;
}

/** A subject pronoun and the word after it; never a second pronoun ("that we need": the verb is the one after "we"). */
const SUBJECT_VERB = new RegExp(
  `(^|[^\\p{L}'])(?:(\\p{L}+)(\\s+))?\\b(I|we|you|they|it|he|she|that|this|which|who)\\s+(?:(${[...ADVERB].join('|')})\\s+)?(?!(?:I|we|you|they|it|he|she)\\b)(\\p{L}+)\\b(?!['’-])`,
  'giu',
);

/** A word with a regular past ending, and the "have" before it, if any (an adverb may sit between). */
const REGULAR_ENDING = new RegExp(
  `(?:\\b(have|has|had|having|'ve|'d)\\s+(?:(?:${[...ADVERB].join('|')})\\s+)?)?\\b(\\p{L}{3,}ed)\\b`,
  'giu',
);

/**
 * Puts the verb after each subject pronoun of a spoken sentence into the past tense, and an
 * irregular verb given a regular ending into its own form ("I have thinked" → "I have thought").
 */
export function toPastTense(sentence: string): string {
  return withIrregularForms(sentence).replace(
    SUBJECT_VERB,
    (
      whole,
      lead: string,
      before: string | undefined,
      space: string | undefined,
      subject: string,
      adverb: string | undefined,
      verb: string,
    ) => {
      if (before && GOVERNS_OBJECT.has(before.toLowerCase())) return whole;
      const past = pastAfter(subject, verb);
      if (!past) return whole;
      return `${lead}${before ?? ''}${space ?? ''}${subject} ${adverb ? `${adverb} ` : ''}${past}`;
    },
  );
}

/** "thinked" → thought, "have writed" → have written: the speaker's own verb in its standard form. */
function withIrregularForms(sentence: string): string {
  return sentence.replace(REGULAR_ENDING, (whole, have: string | undefined, word: string) => {
    const form = irregularForRegular(word, have !== undefined);
    return form ? whole.slice(0, whole.length - word.length) + form : whole;
  });
}

/** Whether a sentence has a verb at all ("Big target group." has none): a verbless fragment is reported as mentioned, not said. */
export function hasVerb(sentence: string): boolean {
  return tagger()(sentence).verbs().found;
}
