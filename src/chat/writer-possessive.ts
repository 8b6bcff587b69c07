/**
 * @module writer-possessive
 * "Who is Ana Ruiz's mentor?" is answered in Ana's own mail by "I went over it with my mentor
 * (Ben Ode)": her "my" is the question's "Ana Ruiz's". When the writer of a sentence (the
 * mail's sender, or the writer of the message it forwards or quotes) is the person the question
 * names with a possessive, and the sentence writes "my" before the same noun (a word may stand
 * between: "my new mentor"), the sentence carries that person's name as its own words.
 */
import { analyze } from '../index/analyze.ts';

/** "Ana Ruiz's mentor": a name of one to three capitalised words, "'s", the noun it owns. */
const OWNED = /((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s\s+([a-z]+)/gu;

/** The question's name terms that the sentence's "my …" stands for, or none. */
export function writerPossessive(question: string, sentence: string, writer: string | undefined): string[] {
  if (!writer) return [];
  const writerTerms = new Set(analyze(writer));
  const mine = [...sentence.matchAll(/\bmy\s+(?:[a-z]+\s+)?([a-z]+)/gi)].flatMap((match) =>
    analyze(match[0].replace(/^my\s+/i, '')),
  );
  for (const match of question.matchAll(OWNED)) {
    const name = analyze(match[1] ?? '');
    const owned = analyze(match[2] ?? '')[0];
    if (name.length === 0 || owned === undefined || !name.every((term) => writerTerms.has(term))) continue;
    if (mine.includes(owned)) return name;
  }
  return [];
}
