/**
 * @module decision-phrases
 * How a decision is written as minutes: the group as the subject ("we'll put it on the other
 * disk" → "to put it on the other disk"), and whether a said clause is settled enough to be one
 * (two content words, not cut off mid-way).
 */
import { tagger } from './english-tagger.ts';
import type { Context, Sentence } from './meeting-context.ts';
import { toReportedSpeech } from './reported-speech.ts';
import { contentTerms } from './text-terms.ts';

export type Decision = { text: string; turns: number[] };
export type DecisionRule = (sentence: Sentence, context: Context) => Decision | undefined;

/** A hedge the speaker adds after the clause ("…, I guess"), which says nothing of what was settled. */
const TRAILING_HEDGE = /,?\s*\bI (?:guess|think|suppose|mean|reckon)[.?!\s]*$/i;

/** The group as the subject of minutes: "we"/"let's" clauses reported ("to put it on the other disk"). */
export function groupClause(clause: string, speaker: string): string {
  const plain = clause
    .replace(TRAILING_HEDGE, '')
    .replace(/\bgonna\b/gi, 'going to')
    // "you know" as a filler ("have you know like a spare one"), not "let you know the results".
    .replace(/(?<!\b(?:let|tell|told|to|do|did|if)\s)\byou know,?\s+(?:like\s+)?/gi, '')
    .replace(/^(?:we're|we are) going to\s+|^we(?:'ll| will)\s+/i, 'to ');
  const reported = toReportedSpeech(plain, speaker);
  return (
    opensWithName(reported) ? reported : reported.replace(/^(\p{Lu})/u, (letter) => letter.toLowerCase())
  ).replace(/[.?!,;:\s]+$/, '');
}

/**
 * Whether a clause opens with a person's name, an acronym or a name with its version number ("Rhea
 * Tull would chair …", "LCD displays …", "Flow 3.2 moves …"), which keep their capital when the clause goes on from "The group agreed that …".
 */
function opensWithName(clause: string): boolean {
  const first = clause.match(/^\p{Lu}[\p{L}'-]*/u)?.[0];
  if (!first) return false;
  if (first.length > 1 && first === first.toUpperCase()) return true;
  // A product with its version or model number ("Flow 3.2 moves to April 7", "Windows 11").
  if (/^\p{Lu}[\p{L}'-]*\s+\d/u.test(clause)) return true;
  const tags = tagger()(clause).out('tags')[0]?.[first.toLowerCase()] ?? [];
  return tags.includes('Person');
}

/** A clause cut off mid-way ("the first step is"). */
export const TRUNCATED =
  /\b(?:is|was|are|were|the|a|an|to|of|that|and|or|but|with|for|if|be|like|our|their|my|your|its)\s*[.?!]?$/i;
/** A verb whose object names nothing: "make those four", "have it the other way around", "do that again". */
export const VAGUE_OBJECT =
  /^(?:just\s+)?\p{L}+(?:\s+(?:up|out|off|on|in|back|over))?(?:\s+(?:it|that|this|those|these|them|one|ones|the|a|same|other|way|around|round|all|both|two|three|four|five|six|seven|eight|nine|ten|more|less|again|too|then|now|so|there|like|instead))+[.!?,\s]*$/iu;
export const settled = (clause: string) => {
  const said = clause.replace(TRAILING_HEDGE, '').trim();
  return contentTerms(said).length >= 2 && !TRUNCATED.test(said) && !VAGUE_OBJECT.test(said);
};
