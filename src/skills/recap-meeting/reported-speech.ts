/**
 * @module reported-speech
 * Turns a spoken sentence into the third person and past tense of minutes: "I'll send it"
 * by Ana becomes "Ana would send it", "we are over budget" becomes "the group was over
 * budget", "you need a recorder" becomes "they need a recorder". Recaps read as a report of
 * what was said, and their wording then matches how people write minutes.
 */

type Rule = readonly [RegExp, string | ((speaker: string) => string)];

const RULES: readonly Rule[] = [
  [/\bI'm\b|\bI am\b/g, (s) => `${s} was`],
  [/\bI've\b|\bI have\b/g, (s) => `${s} had`],
  [/\bI'll\b|\bI will\b/g, (s) => `${s} would`],
  [/\bI'd\b/g, (s) => `${s} would`],
  [/\bI\b/g, (s) => s],
  [/\bmyself\b/gi, 'themselves'],
  [/\bmy\b/g, 'their'],
  [/\bMy\b/g, 'Their'],
  [/\bme\b/g, 'them'],
  [/\bwe're\b|\bwe are\b/gi, 'they were'],
  [/\bwe've\b|\bwe have\b/gi, 'they had'],
  // An adverb between the subject and "have" ("we already have", "you still have").
  [
    /\b(we|you|they) (also|just|already|still|really|all|both|never|always|only|even) have\b/gi,
    'they $2 had',
  ],
  [/\bwe'll\b|\bwe will\b/gi, 'they would'],
  [/\bwe'd\b/gi, 'they would'],
  [/\blet's\b|\blet us\b/gi, 'they should'],
  [/\bwe\b/gi, 'they'],
  [/\bourselves\b|\bourself\b/gi, 'themselves'],
  [/\bours\b/gi, 'theirs'],
  [/\bour\b/gi, 'their'],
  [/\bus\b/g, 'them'],
  // "'s" before "got" or "been" is "has" ("it's got a menu display", "it's been cleared"), not "is".
  [/\b(it|that|there|what|this|he|she|which|who)'s (?:got to|gotta)\b/gi, '$1 had to'],
  [/\b(it|that|there|what|this|he|she|which|who)'s got\b/gi, '$1 had'],
  [/\b(it|that|there|what|this|he|she|which|who)'s been\b/gi, '$1 had been'],
  [/\b(it|that|there|what|this|he|she|which|who)'s\b/gi, '$1 was'],
  [/\bisn't\b/gi, "wasn't"],
  [/\baren't\b/gi, "weren't"],
  [/\bdon't\b/gi, "didn't"],
  [/\bdoesn't\b/gi, "didn't"],
  [/\bwon't\b/gi, "wouldn't"],
  [/\bcan't\b|\bcannot\b/gi, "couldn't"],
  [/\bhaven't\b/gi, "hadn't"],
  [/\bhasn't\b/gi, "hadn't"],
  [/\b(they|you)'re\b/gi, '$1 were'],
  [/\b(they|you)'ve\b/gi, '$1 had'],
  [/\b(they|you|it|he|she)'ll\b/gi, '$1 would'],
  [/\b(did|was|were|could|would|had|should|do|does|is|are|ca|wo)n't\b/gi, '$1 not'],
  [/\bis\b/g, 'was'],
  [/\bare\b/g, 'were'],
  [/\bam\b/g, 'was'],
  [/\bwill\b/g, 'would'],
  [/\bcan\b/g, 'could'],
  [/\bhas\b/g, 'had'],
  // Meeting talk addresses the others ("you need another portable recorder"); minutes report it
  // of them.
  [/\byou (?:guys|all|two|lot)\b/gi, 'you'],
  // "you" as an object ("it gives you a menu", "in front of you") is reported as "them".
  [
    /\b(of|to|for|with|at|from|by|about|against|gives?|gave|tells?|told|shows?|showed|lets?|helps?|helped|asks?|asked|sends?|sent)\s+you\b/gi,
    '$1 them',
  ],
  [/\byou're\b|\byou are\b/gi, 'they were'],
  // "you have to", "they have a list": the present "have" of the others is put in the past like
  // every other verb, unless an auxiliary or "to" before it carries the tense ("do you have",
  // "would they have", "to have").
  [
    /(?<!\b(?:do|does|did|would|could|should|might|may|must|shall|to|not)\s+)\b(?:you|they) have\b/gi,
    'they had',
  ],
  [/\byourselves\b|\byourself\b/gi, 'themselves'],
  [/\byour\b/gi, 'their'],
  [/\byou\b/gi, 'they'],
];

export type ReportedSpeechOptions = {
  /**
   * Whether a speaker's "we" is the group holding the meeting (a team, a research group): a
   * report that opens with it says "The group". False in a hearing, where each speaker speaks for
   * their own body (a minister's "we" is the government), and the report says "They".
   */
  readonly sharedWe?: boolean;
  /** What the report calls the group ("team" when the question asks what the team did); "group" by default. */
  readonly groupNoun?: string;
};

/** The sentence as reported speech of `speaker` (third person, past tense). */
export function toReportedSpeech(
  sentence: string,
  speaker: string,
  options: ReportedSpeechOptions = {},
): string {
  const name = speaker.trim() || 'the speaker';
  let text = sentence;
  // The speaker is named once; later "I"s are "they", so a label is never spliced mid-sentence.
  let named = false;
  const once = (replacement: (s: string) => string) => () => {
    const value = replacement(named ? 'they' : name);
    named = true;
    return value;
  };
  for (const [pattern, replacement] of RULES) {
    text =
      typeof replacement === 'string'
        ? text.replace(pattern, replacement)
        : text.replace(pattern, once(replacement));
  }
  text = text.replace(/\bthey (was|had)\b/g, (_, verb: string) => `they ${verb === 'was' ? 'were' : 'had'}`);
  // "they" at the start of a report about the group reads as "the group" (or the question's word for it).
  if (options.sharedWe !== false) text = text.replace(/^they\b/i, `The ${options.groupNoun ?? 'group'}`);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "you" + verb after a name called out, and the verb as said of that person. */
const ADDRESSED_VERB: readonly (readonly [RegExp, string])[] = [
  [/^you're\b|^you are\b/i, 'is'],
  [/^you were\b/i, 'was'],
  [/^you've\b|^you have\b/i, 'has'],
  [/^you had\b/i, 'had'],
  [/^you'll\b|^you will\b/i, 'will'],
  [/^you'd\b|^you would\b/i, 'would'],
  [/^you (can|could|should|might|may|must|did)\b/i, '$1'],
];

/**
 * A sentence that opens by calling a participant by name ("Marta, you're right: we haven't…")
 * reported of that person ("Marta is right: we haven't…"), so the "you" after the name is never
 * reported as "they"; a name called before any other clause ("Marta, we are over budget") is left
 * out, as minutes leave it. A chat line addresses by name and colon ("jdoe: the build is green"). `names` are the lowercased words of the meeting's speaker labels. A
 * name before "you" and a verb not listed is left as said: the report would not know the verb's form.
 */
export function withAddresseeNamed(sentence: string, names: ReadonlySet<string>): string {
  const call =
    /^(\p{Lu}[\p{Ll}'-]+),\s+(?=\p{Ll})/u.exec(sentence) ??
    /^(\p{L}[\p{L}\d_'^-]*):\s+(?=\p{L})/u.exec(sentence);
  if (!call?.[1] || call[1].length < 3 || !names.has(call[1].toLowerCase())) return sentence;
  const rest = sentence.slice(call[0].length);
  if (!/^you\b/i.test(rest)) return rest.charAt(0).toUpperCase() + rest.slice(1);
  for (const [pattern, verb] of ADDRESSED_VERB) {
    const match = pattern.exec(rest);
    if (match) return `${call[1]} ${match[0].replace(pattern, verb)}${rest.slice(match[0].length)}`;
  }
  return sentence;
}

/** A chair, speaker or president addressed by title ("Madam Chair", "Mr. Speaker", "Chair"), not named. */
const TITLE =
  '(?:(?:Madam|Madame|Mister|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+(?:Deputy\\s+|Vice[-\\s])?(?:Chair(?:man|woman|person)?|Speaker|President|Presiding Officer|Minister|Secretary)|(?:Deputy\\s+|Vice[-\\s])?Chair(?:man|woman|person)?)';
const TITLE_OPENING = new RegExp(`^${TITLE},\\s+(?=\\S)`);
const TITLE_INSIDE = new RegExp(`,\\s+${TITLE}\\s*,`, 'g');
const TITLE_CLOSING = new RegExp(`,\\s+${TITLE}\\s*(?=[.!?]$)`);

/**
 * The chair addressed by title as a sentence opens, inside it or as it ends ("Madam Chair, the
 * scheme opened in May", "We know, Mr. Speaker, that …", "… in May, Chair."): a hearing's form
 * of address, which minutes leave out, so that "X said that Madam Chair, …" is never written.
 */
export function withoutTitleAddressed(sentence: string): string {
  const text = sentence.replace(TITLE_OPENING, '').replace(TITLE_INSIDE, '').replace(TITLE_CLOSING, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
