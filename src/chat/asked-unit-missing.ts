/**
 * @module asked-unit-missing
 * Answers said as found that give none of the kind of value asked, where the question names it
 * by its unit or its word: "How many megawatts …?" answered by a line with no figure in watts,
 * "How much RAM does kit's VM have?" by one with no size in bytes, "What did Ana say it cost to
 * leave the lease?" by one with no sum of money, "Which account ID did kit pass?" by a
 * placeholder ("acct_xxx") that stands for an ID and is none, "What request ID did kit give?" by a line
 * whose only prefixed IDs are of another kind ("tok_1Fq…"), "What is the grant increase …?" by a
 * note whose only figures are years and spans of time. Each is better said as "I found
 * nothing" than as a figure or a line of something else.
 */
import { carriesMoney } from './answer-type.ts';
import { answerWords } from './quoted-source.ts';

/** A figure in digits ("500", "1.5", "2,000"). */
const FIGURE = String.raw`\d[\d.,]*`;

/** What may stand between a figure and its unit: a hyphen, a scale word ("500-MW", "2 million barrels"). */
const SCALE = String.raw`\s*[-‑]?\s*(?:(?:thousand|million|billion|mm|k)\s*)?`;

/** Units a "how many …" question may count in, each with the forms a text writes it in. */
const UNITS: readonly { readonly asked: RegExp; readonly given: RegExp }[] = [
  {
    asked:
      /\bhow many\s+(?:more\s+|additional\s+)?(?:mega|giga|kilo)?watts?(?:[- ]hours?)?\b|\bhow many\s+(?:[mkg]wh?)\b/i,
    given: new RegExp(String.raw`${FIGURE}${SCALE}(?:[mkg]wh?\b|(?:mega|giga|kilo)?watts?\b)`, 'i'),
  },
  {
    asked: /\bhow many\s+(?:more\s+|additional\s+)?(?:barrels|bbls?)\b/i,
    given: new RegExp(String.raw`${FIGURE}${SCALE}(?:m{0,2}bbls?|barrels?)\b`, 'i'),
  },
];

/** A size of memory or storage asked: "How much RAM …?", "how much disk space …". */
const DATA_SIZE_ASKED = /\bhow much\s+(?:ram|memory|disk\s+space|storage|swap)\b/i;

/** A size in bytes: "4 GB", "512MB", "2 gigs", "1.5 TiB", "8G". */
const DATA_SIZE_GIVEN =
  /\d[\d.,]*\s*(?:[kmgtp]i?b\b|[kmgt]\b|gigs?\b|megs?\b|(?:kilo|mega|giga|tera)bytes?\b|bytes?\b)/i;

/** A price asked as what something cost: "… say it cost to …", "what would that cost", "cost us". */
const COST_ASKED =
  /^\s*(?:what|how much)\b[^?]*?(?:\b(?:it|they|that|this)\s+(?:would\s+|will\s+|did\s+|to\s+)?costs?\b|\bcosts?\s+(?:us|them)\b)/i;

/** An identifier asked by its word: "which account ID", "the request ID", "what identifier". */
const ID_ASKED = /\b(?:ID|id|identifier)\b/;

/** A placeholder for an identifier: "acct_xxx", "XXXX", "req_XXXXXX". */
const PLACEHOLDER = /(?:^|[\s"'`(/_-])x{3,}(?=$|[\s"'`).,;:/_-])/i;

/** The kind an ID is asked of, the word right before "ID": "request ID" → "request". */
const ID_KIND = /\b(\p{L}{3,})\s+(?:ID|id)\b/u;

/** An identifier that names its kind by a short prefix, with a digit in it: "req_8Hq2Lx", "tok_1Fq…", not "card_missing". */
const PREFIXED_ID = /(?<![\p{L}\d_])(\p{Ll}{2,5})_(?=[\p{L}\d]*\d)[\p{L}\d]{6,}/gu;

/** Whether a prefix shortens a word: its first letter and then its others in order ("req" of "request", "acct" of "account"). */
function shortens(prefix: string, word: string): boolean {
  if (prefix[0] !== word[0]) return false;
  let at = 0;
  for (const letter of prefix) {
    at = word.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * An ID asked of a kind ("What request ID did kit give?") answered by a line whose prefixed IDs
 * are all of other kinds ("tok_1Fq…", a token): none of them is the one asked.
 */
function otherKindOfId(question: string, said: string): boolean {
  const kind = ID_KIND.exec(question)?.[1]?.toLowerCase();
  if (!kind) return false;
  const prefixes = [...said.matchAll(PREFIXED_ID)].map((match) => match[1] ?? '');
  return prefixes.length > 0 && !prefixes.some((prefix) => shortens(prefix, kind));
}

/** A token that may be an identifier of its own: letters and at least three digits together. */
const REAL_ID = /[\p{L}_-]*\d{3,}[\p{L}\d_-]*/u;

/** A change asked by its noun: "What is the child benefit increase …?", "What was the yearly gain …?". */
const CHANGE_NOUN_ASKED =
  /^\s*what\s+(?:is|was|are|were|will\s+be)\s+(?:the|its|their|his|her|our|my|your)\s+((?:[\p{L}'’-]+\s+){0,4}?)(?:increase|decrease|rise|raise|cut|reduction|gain|loss)(?:es|s)?\b/iu;

/** Words that make the change the object of another thing asked: "the reason for the increase", "the date of the cut". */
const CHANGE_NOT_HEAD =
  /\b(?:of|for|in|on|to|from|with|by|behind|about|after|before|since|that|which|reason|cause|date|day|time|effect|impact|purpose|result)\b/i;

/**
 * A figure that may size a change: digits that are no year ("2031") and no span of time ("9
 * months", "for 2 weeks").
 */
const SIZE_FIGURE =
  /(?<!\d|\d[.,])(?!(?:19|20)\d{2}(?!\d|[.,]\d))\d+(?:[.,]\d+)*(?!\d|[.,]\d|\s*[-‑–]?\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b)/i;

/**
 * The question asks a value by its unit or kind ("how many megawatts", "how much RAM", "what
 * … it cost", "which … ID") and the answer gives none of that kind: a line that speaks of the
 * matter, or of another measure of it.
 */
export function askedUnitMissing(question: string, answer: string): boolean {
  const said = answerWords(answer);
  const unit = UNITS.find((candidate) => candidate.asked.test(question));
  if (unit) return !unit.given.test(said);
  if (DATA_SIZE_ASKED.test(question)) return !DATA_SIZE_GIVEN.test(said);
  if (COST_ASKED.test(question)) return !carriesMoney(said, 'cost');
  const change = CHANGE_NOUN_ASKED.exec(question);
  if (change && !CHANGE_NOT_HEAD.test(change[1] ?? '')) return !SIZE_FIGURE.test(said);
  if (ID_ASKED.test(question))
    return (
      (PLACEHOLDER.test(said) && !REAL_ID.test(said.replace(/https?:\/\/\S+/g, ' '))) ||
      otherKindOfId(question, said)
    );
  return false;
}
