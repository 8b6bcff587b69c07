/**
 * @module numbered-thing
 * The number of a thing that is numbered, asked ("What was the number of the check I mailed
 * Tova?", "What's the invoice number for the Orlo order?"), and an answer whose sentence names
 * neither that thing nor a number mark ("I mailed it to 40 Ash Rd."): its figure is another
 * thing's (a street number, a sum), not the number asked.
 */
import { withoutMarks } from './citations.ts';

/** Things whose number is theirs to carry, and that write it with their name or a mark: checks, invoices, orders, tickets, claims. */
const NUMBERED =
  'check|cheque|invoice|order|purchase order|ticket|confirmation|reservation|booking|policy|claim|case|contract|deal|request|receipt|permit|licen[cs]e';

/**
 * "the number of the check" (one of them: "the number of checks" counts them), "check number", "check no.", "check #";
 * not "an order number", any one, which the question names as a kind of thing ("… which box takes an order number?").
 */
const NUMBER_ASKED = new RegExp(
  String.raw`\bnumber of (?:the|my|our|your|his|her|their|that|this) (?:[\p{L}-]+ )?(${NUMBERED})\b(?!s)|(?<!\b(?:an?|any|each|every) )\b(${NUMBERED}) (?:number|no\.|#)`,
  'iu',
);

/** A mark that numbers what follows: "#1178", "No. 42", "nº 7". */
const NUMBER_MARK = /#\s?\d|\bno\.?\s?\d|\bnº\s?\d|\bnumber\s*:?\s*\d/i;

/** The thing whose number is asked, singular and lower case, or undefined when none is. */
export function numberedThingAsked(question: string): string | undefined {
  const match = NUMBER_ASKED.exec(question);
  const noun = (match?.[1] ?? match?.[2])?.toLowerCase();
  return noun;
}

/** True when a numbered thing's number is asked and the answer names neither the thing nor a number mark. */
export function numberedThingUnnamed(question: string, answer: string): boolean {
  const noun = numberedThingAsked(question);
  if (noun === undefined) return false;
  const said = withoutMarks(answer);
  const stem = noun.split(' ').at(-1)?.replace(/[ye]$/, '') ?? noun;
  return !new RegExp(`\\b${stem}`, 'i').test(said) && !NUMBER_MARK.test(said);
}
