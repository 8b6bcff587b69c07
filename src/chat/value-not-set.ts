/**
 * @module value-not-set
 * A value the writer says is not set yet. "What is the booking fee for the winter season?" is not
 * answered by "We have not yet agreed on a booking fee for the winter …": the sentence says
 * there is no fee to give, so the honest answer is that none was found, not the sentence as a fee.
 * Nor is "What is the PIN for the webcast?" answered by "no PIN required": the sentence says
 * there is none to give.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { askedMeasures } from './answer-type.ts';
import { partsBetweenMarks } from './citations.ts';

/** Verbs by which a value is fixed: "defined", "set", "agreed", "finalised". */
const FIXED = String.raw`(?:defined|set|determined|decided|agreed|fixed|finali[sz]ed|settled|established|confirmed)`;

/** The measures a question asks by name: "fee" of "the booking fee", "date" of "the closing date". */
function nounsAsked(question: string): string[] {
  const measures = askedMeasures(question).map((measure) => measure[measure.length - 1] ?? '');
  const dated = [...question.matchAll(/\b(date|deadline|venue|location|room|strike)\b/gi)].map((match) =>
    (match[1] ?? '').toLowerCase(),
  );
  return [...new Set([...measures, ...dated])].filter(Boolean);
}

/**
 * The question asks a measure by its name ("the booking fee") and a sentence of the answer says
 * that measure is not fixed yet: "we have not yet agreed on the booking fee …", "the fee has not
 * been set", "no fee has been agreed".
 */
export function valueNotSetYet(question: string, answer: string): boolean {
  const nouns = nounsAsked(question);
  if (nouns.length === 0) return false;
  const noun = `(?:${nouns.map((word) => `${escapeRegExp(word)}s?`).join('|')})`;
  const before = new RegExp(
    String.raw`\b(?:(?:have|has|had)\s*(?:not|n't)|haven't|hasn't|hadn't)\s+(?:yet\s+)?(?:been\s+)?${FIXED}\s+(?:on\s+)?(?:the|a|an|our|their|its|any)?\s*(?:[\p{L}-]+\s+){0,3}?${noun}\b`,
    'iu',
  );
  const after = new RegExp(
    String.raw`\b${noun}\s+(?:(?:has|have|is|are|was|were)\s*(?:not|n't)|hasn't|haven't|isn't|aren't|wasn't|weren't)\s+(?:yet\s+)?(?:been\s+)?${FIXED}\b|\bno\s+(?:[\p{L}-]+\s+){0,2}${noun}\s+(?:has|have)\s+(?:yet\s+)?been\s+${FIXED}\b`,
    'iu',
  );
  return partsBetweenMarks(answer).some((part) => before.test(part) || after.test(part));
}

/** Words that say a thing is not needed: "no PIN required", "a ticket is not necessary". */
const NEEDED = String.raw`(?:necessary|needed|required|requested)`;

/** The thing a "what is the …" question asks by name: "the PIN for the webcast" → "pin". */
const THING_ASKED =
  /\bwhat(?:'s|’s| is| was| are| were)\s+(?:the|my|our|your|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,})(?=\s+(?:for|of|to|on|in|at)\b|\s*\?|\s*$)/iu;

/**
 * The question asks a thing by its name ("the PIN for the webcast", "the booking fee") and a
 * sentence of the answer says no such thing is needed: "no PIN required", "a deposit is not
 * required".
 */
export function valueNotNeeded(question: string, answer: string): boolean {
  const named = THING_ASKED.exec(question)?.[1]?.toLowerCase().replace(/s$/u, '');
  const nouns = [...new Set([...nounsAsked(question), ...(named ? [named] : [])])];
  if (nouns.length === 0) return false;
  const noun = `(?:${nouns.map((word) => `${escapeRegExp(word)}s?`).join('|')})`;
  const none = new RegExp(
    String.raw`\bno\s+(?:[\p{L}-]+\s+)?${noun}\s+(?:(?:is|are)\s+)?${NEEDED}\b|\b${noun}\s+(?:is|are|was|were)\s+not\s+${NEEDED}\b`,
    'iu',
  );
  return partsBetweenMarks(answer).some((part) => none.test(part));
}

/** Verbs by which a writer gives a value: "including", "quote", "list", "give". */
const GIVEN = String.raw`(?:includ|quot|list|giv|provid|send|sent|show)\w*`;

/**
 * The question asks a thing by its name ("the rates at the Harbour Inn") and a sentence of the
 * answer says the writer leaves it out: "We have not quoted the Harbour Inn rates …", "the fares
 * are not included". The sentence tells that no value is given, so none was found.
 */
export function valueLeftOut(question: string, answer: string): boolean {
  const named = THING_ASKED.exec(question)?.[1]?.toLowerCase().replace(/s$/u, '');
  const nouns = [...new Set([...nounsAsked(question), ...(named ? [named] : [])])];
  if (nouns.length === 0) return false;
  const noun = `(?:${nouns.map((word) => `${escapeRegExp(word)}s?`).join('|')})`;
  const left = new RegExp(
    String.raw`\b(?:not|n't)\s+(?:be\s+)?${GIVEN}\s+(?:(?:the|a|an|any|our|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?${noun}\b|\b${noun}\s+(?:is|are|was|were|will\s+be)\s+not\s+(?:yet\s+)?${GIVEN}\b`,
    'iu',
  );
  return partsBetweenMarks(answer).some((part) => left.test(part));
}
