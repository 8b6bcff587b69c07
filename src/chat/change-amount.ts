/**
 * @module change-amount
 * The size of a change asked ("By how much could the Varna budget be cut?") and an answer that
 * says the change comes by an unstated degree ("the $2.1 million could be cut somewhat as the
 * lease ends"): its figure is what changes, not by how much, so it does not answer. A sum
 * asked as extra is not answered by a level that tells of nothing on top. The other way round, a price asked ("What fee did Orla quote for the hall?") is not answered by a difference
 * alone ("our quote would have stood at 4 dollars a crate higher").
 */
import { moneyAsked } from './answer-type.ts';
import { withoutMarks } from './citations.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** A question that asks the size of a change: "By how much …", "How much more …", "How much lower …". */
const CHANGE_ASKED = /\bby how much\b|\bhow much (?:more|less|lower|higher|further)\b/i;

/** A change stated with no size: "reduced somewhat", "may rise slightly", "will be cut a bit". */
const VAGUE_CHANGE =
  /\b(?:reduc|cut|lower|rais|increas|decreas|ris|r[io]se|fall|fell|drop|grow|grew|shrink|shrank|trimm?|slash|chang|adjust)\w*\s+(?:somewhat|slightly|a (?:bit|little|touch)|significantly|substantially|considerably|materially|marginally|modestly|further|some)\b/i;

/** A size of change given: "by $2 million", "by 10%", "12 percent", "from 4.1 to 3.8". */
const SIZE_GIVEN =
  /\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|up to\s+)?[$€£]?\d|\d\s*(?:%|percent\b|per cent\b)|\bfrom\s+[$€£]?\d[^.;]*?\bto\s+[$€£]?\d/i;

/** True when a change's size is asked and the answer says only that it changes by some degree. */
export function changeSizeUnstated(question: string, answer: string): boolean {
  if (!CHANGE_ASKED.test(question)) return false;
  const said = withoutMarks(answer);
  return VAGUE_CHANGE.test(said) && !SIZE_GIVEN.test(said);
}

/** Figures that size nothing: numbered items ("#3, 11, 15 and 20a"), days written as month/day ("2/2", "3/14/01"). */
const NO_SIZE_FIGURES =
  /#\s?\d+[a-z]?(?:\s*(?:,|and|&)\s*(?:and\s+)?\d+[a-z]?)*|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/gi;

/**
 * "By how much did the gate takings top the Orla ledger?" answered by a sentence whose only figures
 * are numbered items or days ("Your list covered #3, 11 and 15"): it tells of the matter, not by
 * how much. A sentence with no figure at all is left to the other checks.
 */
export function changeSizeNotGiven(question: string, answer: string): boolean {
  if (!/\bby how much\b/i.test(question)) return false;
  const said = withoutMarks(answer);
  if (!/\d/.test(said)) return false;
  return !/\d/.test(said.replace(NO_SIZE_FIGURES, ' '));
}

/** A question that asks the size of a change by its measure: "by what percent did X reduce …", "by how much …". */
const SIZE_OF_CHANGE_ASKED =
  /\bby (?:what|how many) (?:percent(?:age)?|per cent|percentage points?|points?)\b|\bby how much\b|\bby what (?:amount|factor|margin)\b/i;

/** Words that tell of a change or a difference: "reduced", "a cut of", "higher", "fewer", "exceeds", "than", "beat us by". */
const CHANGE_SAID =
  /\b(?:reduc|cut|lower|rais|increas|decreas|ris(?:e|es|ing|en)\b|rose\b|fall|fell\b|drop|grow|grew|gain|shrink|shrank|trim|slash|chang|improv|declin|exceed|above\b|below\b|more\b|less\b|fewer\b|higher\b|up\b|down\b|sav(?:e|es|ed|ing|ings)\b|differ|loss|lost\b|jump|climb|plung|boost|surg|compar|versus\b|vs\b|than\b|beat(?:s|en)?\b|outbid|undercut|outperform|trail)/i;

/**
 * "By what percent did the Velm rule reduce smoke?" answered by a sentence that tells of no
 * change or difference at all ("… run at 40 percent load"): its figure is a level of
 * something else, not the size of the change asked.
 */
export function changeUnsaid(question: string, answer: string): boolean {
  if (!SIZE_OF_CHANGE_ASKED.test(question)) return false;
  const said = withoutMarks(answer);
  return /\d/.test(said) && !CHANGE_SAID.test(said);
}

/** A question that asks a sum on top of another: "How much extra …", "How much additional …", "How much more …". */
const EXTRA_ASKED = /\bhow much (?:extra|additional|more)\b/i;

/** Words that tell a sum is on top of another: "additional", "extra", "a surcharge", "on top", "plus". */
const EXTRA_SAID = /\b(?:extra|additional(?:ly)?|added|surcharges?|on top|plus|another)\b/i;

/**
 * "How much extra is a locker at the Tarnby gym?" answered by a sentence that tells of
 * no sum on top nor any change ("the fees are 32 and 45 dollars"): its figures are the level, not
 * the extra asked.
 */
export function extraUnsaid(question: string, answer: string): boolean {
  if (!EXTRA_ASKED.test(question)) return false;
  const said = withoutMarks(answer);
  return /\d/.test(said) && !CHANGE_SAID.test(said) && !EXTRA_SAID.test(said);
}

/**
 * A figure told as a difference: "7 cents higher", "$2 more", "10 percent below", "3% cheaper".
 * The unit may stand before the figure ("$2") or after it ("7 cents"), one more word at most
 * ("4 dollars a ton lower"). A bound, "$25 or more", is no difference.
 */
const DIFFERENCE =
  /[$€£]?\d[\d,.]*\s*(?:%|(?!(?:or|and|to|nor)\b)[\p{L}/]+\.?)?(?:\s+(?:a|an|per)\s+\p{L}+)?\s+(?:higher|lower|cheaper|dearer|more|less|above|below)\b/giu;

/** A question that asks a difference itself: "by how much", "how much more", "the spread", "beat us by". */
const DIFFERENCE_ASKED =
  /\bby how much\b|\bhow much (?:more|less|lower|higher|further|cheaper)\b|\b(?:difference|spread|margin|gap|premium|discount|increase|decrease|change|rise|drop|cut|beat|undercut|outbid)\w*\b/i;

/**
 * A price or another sum asked as a level ("What fee did Orla quote for the hall?") answered by a
 * sentence whose every figure is a difference ("… our quote would have stood at 4 dollars a
 * crate higher."): it tells how far apart two sums are, not the sum asked.
 */
export function differenceForLevel(question: string, answer: string): boolean {
  if (moneyAsked(question) === undefined || DIFFERENCE_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  if (!/\d/.test(said)) return false;
  const rest = said.replace(DIFFERENCE, ' ');
  return rest !== said && !/\d/.test(rest);
}
