/**
 * @module acronym-agent
 * "Who granted the second mooring slot?" is answered by "the PRB has granted a second mooring
 * slot …": a body written by its letters in capitals, the doer of the very verb
 * the question asks with. The person detector reads names by their capital and lower-case
 * letters and takes no such word for anyone; here an all-capitals word of two to six letters
 * names the one who acts when the verb asked follows it, with at most two auxiliaries or
 * adverbs between ("has", "will", "also"), written in lower case: in a line written all in
 * capitals ("WE HAVE GRANTED …") every word is capitals and none is singled out.
 */
import { stem } from '../lib/text/stem.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';

/** The verb of "who <verb> …", past an auxiliary ("who has approved …" → "approved"). */
const WHO_VERB = /^\s*who\s+(?:(?:has|have|had|will|would|did|does|is|was|are|were)\s+)?([a-z]+)\b/i;

/** Words that may stand between the doer and its verb. */
const BETWEEN = String.raw`(?:(?:has|have|had|will|would|is|are|was|were|also|now|just|then|formally|officially|already|finally)\s+){0,2}`;

/** Does the sentence give a body in capitals as the doer of the verb the "who" question asks with? */
export function acronymActs(question: string, sentence: string): boolean {
  const verb = WHO_VERB.exec(question)?.[1]?.toLowerCase();
  if (!verb || FUNCTION_WORDS.has(verb)) return false;
  const asked = stem(verb);
  const doers = new RegExp(String.raw`(?<![\p{L}\p{N}&.-])([A-Z]{2,6})\s+${BETWEEN}([a-z]+)\b`, 'gu');
  return [...sentence.matchAll(doers)].some(
    // A body the question names ("Who at the PRB granted …?") is not the one asked for.
    (match) => stem(match[2] ?? '') === asked && !new RegExp(`\\b${match[1]}\\b`).test(question),
  );
}
