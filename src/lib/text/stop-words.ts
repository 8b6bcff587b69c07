/**
 * @module stop-words
 * The project's English stop-word lists, from narrow to wide:
 * - `INDEX_STOP_WORDS`: Lucene's 33 English stop words, dropped from every indexed text;
 * - `FUNCTION_WORDS`: the closed-class words of English (articles, pronouns, auxiliaries,
 *   prepositions, conjunctions, question words), for ranking sentences and picking key words;
 * - `REQUEST_WORDS`: the words that frame a request rather than name its topic ("I am
 *   interested in papers that describe …"), dropped from long search questions;
 * - `SPOKEN_WORDS`: contraction pieces, fillers and light verbs of speech ("yeah", "gonna",
 *   "kind of"), left out with `FUNCTION_WORDS` when picking the topic words of a transcript.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Lucene's English stop words (EnglishAnalyzer). */
export const INDEX_STOP_WORDS = words(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with',
);

/** Closed-class English words: they carry grammar, not topic. */
export const FUNCTION_WORDS = words(`
  a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either else ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just may me might more most must my myself neither no nor not now of off on once only or other ought our
  ours ourselves out over own per same shall she should so some such than that the their theirs them
  themselves then there these they this those though through thus to too under until up upon us very via
  was we were what whatever when whenever where whereas whether which while who whom whose why will with
  within without would yet you your yours yourself yourselves
`);

/** Words that frame a search request without naming its topic. */
export const REQUEST_WORDS = words(`
  interested wish want wants wanted like need needs needed seek seeking looking find finding show give
  describe describing describes discuss discussing deal deals dealing concern concerning concerned regarding
  pertaining exist exists existing please possible possibly particular particularly especially specific
  anything something
`);

/** Contraction pieces, fillers and light words of conversation. */
export const SPOKEN_WORDS = words(`
  s t don doesn didn isn wasn aren weren won wouldn couldn shouldn ll re ve d m n't 's 're 've 'll 'd o k
  okay ok yeah yes yep um uh uhm hmm mm mmm mm-hmm ah oh eh er erm huh like well right really actually
  basically gonna wanna got get gets thing things stuff something anything lot lots maybe one two sort
  kind mean know think guess see say said go going come let
`);
