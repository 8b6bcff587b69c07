/**
 * @module spent-on-other
 * A sum spent on another thing. "How much will Orvik spend on pumps?" is not answered by "Orvik
 * means to spend $2M on new trucks.": the sentence gives what is spent on trucks, not on pumps.
 * The thing is read after "on" following the verb of spending, in the question and in the
 * answer; when both name one and they share no word, the sum is another thing's.
 */
import { analyze } from '../index/analyze.ts';
import { withoutMarks } from './citations.ts';

/** A verb of spending money on something. */
const SPEND = String.raw`(?:spend|spends|spent|spending|invest|invests|invested|investing)`;

/** Words that end the thing spent on: a preposition, a conjunction, a clause's start. */
const ENDS = String.raw`(?:in|at|for|by|from|to|with|during|over|this|next|last|and|or|but|if|so|because|when|while|that|which|per|each)`;

/** The words after "on" that follow a verb of spending, up to four, before a word that ends them. */
function thingsSpentOn(text: string): string[][] {
  const pattern = new RegExp(
    String.raw`\b${SPEND}\b[^.?!;]{0,60}?\bon\s+((?:(?!${ENDS}\b)[\p{L}\p{N}&'’-]+\s*){1,4})`,
    'giu',
  );
  return [...text.matchAll(pattern)]
    .map((match) => analyze(match[1] ?? ''))
    .filter((terms) => terms.length > 0);
}

/**
 * The question asks what is spent on one thing ("spend on pumps") and every sum the answer spends
 * is spent on something that shares no word with it ("spending $2M on new trucks").
 */
export function spentOnOther(question: string, answer: string): boolean {
  const asked = thingsSpentOn(question);
  if (asked.length === 0) return false;
  const given = thingsSpentOn(withoutMarks(answer));
  if (given.length === 0) return false;
  const wanted = new Set(asked.flat());
  return given.every((terms) => !terms.some((term) => wanted.has(term)));
}
