/**
 * @module value-not-set
 * A value the writer says is not set yet. "What is the booking fee for the winter season?" is not
 * answered by "We have not yet agreed on a booking fee for the winter …": the sentence says
 * there is no fee to give, so the honest answer is that none was found, not the sentence as a fee.
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
