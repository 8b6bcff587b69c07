/**
 * @module noun-code-line
 * A booking, a ticket or a form gives its codes as a word and the code after it, often in
 * capitals and with no colon ("SEAT 02A", "Gate B12", "Locker 417"). A question that asks for
 * one by that word and no other kind of answer ("What seat am I in on the … flight?") is
 * answered by the line that writes the word with its code, not by a line of the same passage
 * that shares the question's other words (the flight's cities and day) and never writes the word.
 */

import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** "What seat …", "Which gate …": the common noun asked for, right after the question word (no name, no "what's"). */
const NOUN_ASKED = /^\s*(?:[Ww]hat|[Ww]hich)\s+(\p{Ll}{3,})(?=\s)/u;

/** Words after "what" / "which" that name no field of a record: verbs, and kinds of answer typed elsewhere. */
const NOT_A_FIELD =
  /^(?:is|are|was|were|does|did|has|have|had|will|would|can|could|should|may|might|must|kind|type|sort|number|numbers|kinds|types|sorts|one|ones|else|about|time|day|date|year|month|week|part|other|more|the|this|that|these|those|its|his|her|their|our|your|my)$/i;

/** A code: digits, or letters and digits mixed, short ("02A", "B12", "14C2", "417"), a word of its own (not the head of "402-398-7454" or "v1.2"); a year is none. */
const CODE = String.raw`(?:\p{L}{0,2}\d{1,4}\p{L}{0,2}|\d{1,4}-\p{L}{1,2})`;

/** What the rule needs of a ranked sentence. */
export type CodedLine = { readonly text: string; readonly position: number };

/** The noun a question asks a code of, when it asks by one: "seat" of "What seat am I in …?". */
export function nounAsked(question: string): string | undefined {
  const noun = NOUN_ASKED.exec(question)?.[1];
  return noun && !NOT_A_FIELD.test(noun) ? noun : undefined;
}

/** The code a line writes right after the noun ("SEAT 02A NO SMOKING" → 02A), or undefined. */
export function codeAfterNoun(text: string, noun: string): string | undefined {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\d])${escapeRegExp(noun)}\s*(?:#|no\.?)?\s*:?\s*(${CODE})(?=\s|$|[,;)]|\.(?:\s|$))`,
    'iu',
  );
  const code = pattern.exec(text)?.[1];
  // A year after the noun ("seat 2001") is a date, not a code.
  return code && !/^(?:19|20)\d\d$/.test(code) ? code : undefined;
}

/**
 * The line of the first sentence's passage that writes the noun asked with its code, when the
 * first sentence never writes the noun: the nearest such line, and none when two lines give two
 * different codes (which one is asked is not told by the noun).
 */
export function nounCodeLine<T extends CodedLine>(
  question: string,
  first: T,
  passage: readonly T[],
): T | undefined {
  const noun = nounAsked(question);
  if (noun === undefined) return undefined;
  if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(noun)}`, 'iu').test(first.text)) return undefined;
  const coded = passage.filter((line) => line !== first && codeAfterNoun(line.text, noun) !== undefined);
  const codes = new Set(coded.map((line) => codeAfterNoun(line.text, noun)?.toLowerCase()));
  if (coded.length === 0 || codes.size > 1) return undefined;
  return [...coded].sort(
    (a, b) => Math.abs(a.position - first.position) - Math.abs(b.position - first.position),
  )[0];
}
