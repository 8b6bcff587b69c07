/**
 * A sum paid is not a sum held. "How much did Ivo pay for the March slots?" asks what changed
 * hands; "These marks add $4 million of value to Ivo's book." and "We hold $2.5 million in
 * reserve for claims." state what someone has or gains, not what anyone paid or charged.
 */

import { MONEY_SUM_PATTERN } from '../lib/text/money.ts';

/** "How much did … pay / charge / spend", "What price did … offer / pay / ask": a payment asked. */
const PAYMENT_ASKED =
  /\bhow much\b.*\b(?:pay|pays|paid|paying|charge|charges|charged|charging|spend|spends|spent|spending)\b|\bwhat (?:price|amount|fee|sum)\b.*\b(?:offer|offers|offered|pay|pays|paid|charge|charges|charged|ask|asks|asked)\b/i;

/** Words that tell of a payment, a price or a purchase: a sentence with one may state the sum asked. */
const PAYMENT_WORD =
  /\b(?:pa(?:y|ys|id|ying|yment|yments|yable)|charg(?:e|es|ed|ing)|fees?|costs?|costing|pric(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|expenditures?|expenses?|purchas(?:e|es|ed|ing)|b(?:uy|uys|ought|uying)|s(?:ell|ells|old|elling)|bills?|billed|invoic(?:e|es|ed)|owe[sd]?|offer(?:s|ed)?|bid|bids|quot(?:e|es|ed)|tuition|rent|fares?)\b|@/i;

/** What someone holds, gains or risks, not what is paid: value, reserves, profit, exposure. */
const HELD = String.raw`(?:value|reserves?|exposures?|profits?|revenues?|income|earnings|savings|gains?|p&l|collateral|var|equity|assets?)`;

/** "$6 million of added value", "$14.2 million in reserve", "$3 million in gains". */
const SUM_OF_HELD = new RegExp(
  String.raw`${MONEY_SUM_PATTERN}\s+(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}?${HELD}(?![\p{L}])`,
  'giu',
);

/** "a reserve of $21 million", "profit is $4 million", "exposure: $3 million". */
const HELD_OF_SUM = new RegExp(
  String.raw`${HELD}\s*(?:of|is|was|are|were|at|:|=|-)\s*(?:about|roughly|around|approximately|nearly|some)?\s*${MONEY_SUM_PATTERN}`,
  'giu',
);

/**
 * The question asks a sum paid, charged or spent and the text states every sum it has as one
 * held or gained ("$6 million of value", "$14.2 million in reserve"), with no word of paying,
 * pricing or buying: the sum is not the one asked.
 */
export function sumHeldNotPaid(question: string, text: string): boolean {
  if (!PAYMENT_ASKED.test(question)) return false;
  const plain = text.normalize('NFKC');
  if (PAYMENT_WORD.test(plain)) return false;
  const sums = plain.match(new RegExp(MONEY_SUM_PATTERN, 'giu')) ?? [];
  if (sums.length === 0) return false;
  const held = [...plain.matchAll(SUM_OF_HELD), ...plain.matchAll(HELD_OF_SUM)].map((match) => match[0]);
  // Every sum the text writes is one of those held.
  return sums.every((sum) => held.some((span) => span.includes(sum.trim())));
}

/** A list's heading line: a few words and a colon, no figure ("Gross Margin to Date:"). */
const HEADING_LINE = /^\s*(\p{L}[\p{L}&/' -]{2,60}):\s*$/u;

/** A heading that names what is held or gained: "Gross margin to date:", "Income by deal:". */
const HELD_HEADING = new RegExp(String.raw`(?<![\p{L}])(?:margins?|${HELD})(?![\p{L}])`, 'iu');

/** Text with runs of blanks as one space, for finding a sentence among a passage's lines. */
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The question asks a sum paid and the answer is a bare line of a mail's list ("North Yard: $4MM")
 * that names no payment, under a heading of a measure held or gained ("Gross margin to date:"):
 * the figure is what the item earned, not a price anyone paid.
 */
export function sumListedUnderHeld(question: string, passage: string, answer: string): boolean {
  if (!PAYMENT_ASKED.test(question)) return false;
  const said = squeezed(answer.normalize('NFKC').replace(/\s*\[\d+\]/g, '')).replace(/\.$/, '');
  if (said.length < 8 || PAYMENT_WORD.test(said)) return false;
  const head = said.slice(0, 24);
  const lines = passage.normalize('NFKC').split('\n');
  const at = lines.findIndex((line) => squeezed(line).includes(head));
  if (at < 0) return false;
  for (let i = at; i >= 0; i--) {
    const heading = HEADING_LINE.exec(lines[i] ?? '')?.[1];
    if (heading) return HELD_HEADING.test(heading);
    if (!(lines[i] ?? '').trim()) return false;
  }
  return false;
}
