/**
 * @module act-cost
 * "What is the price to enter the Orla river run?" asks the price of an act. A
 * sentence that gives a sum but names neither the act (enter, entering) nor any price
 * ("fee", "cost", "ticket", "free") gives a sum of something else: "Runners who raise $40 or
 * more get a cap." tells what a gift earns, not what entering costs.
 */
import { withoutMarks } from './citations.ts';

/** "How much does it cost to register …", "What is the fee to enter …", "What does it cost to park …". */
const ACT_PRICE_ASKED =
  /\b(?:how\s+much|what)\b[^?]*?\b(?:cost|costs|fee|fees|charge|price)\b[^?]*?\bto\s+([a-z]{3,})\b/i;

/** Words that name a price or its absence: a sentence with one may state the price asked. */
const PRICE_WORD =
  /\b(?:fees?|costs?|costing|prices?|priced|charges?|charged|tickets?|admission|entry|entrance|registration|tuition|free|rate|rates|per\s+(?:person|head|entry|team))\b/i;

/** A sum of money in figures. */
const SUM = /[$€£]\s?\d|\d\s?(?:dollars|euros|pounds|USD|EUR|GBP)\b/i;

/**
 * True when the question asks the price of an act ("to register"), the answer gives a sum, and
 * it writes no word of the act (its first four letters) nor any word of a price.
 */
export function sumOfOtherThanAct(question: string, answer: string): boolean {
  const act = ACT_PRICE_ASKED.exec(question)?.[1];
  if (act === undefined) return false;
  const said = withoutMarks(answer);
  if (!SUM.test(said) || PRICE_WORD.test(said)) return false;
  return !new RegExp(`\\b${act.slice(0, 4)}`, 'i').test(said);
}
