/**
 * @module bound-direction
 * An upper limit asked ("What is the oldest age allowed in the Orla study?", "the maximum load")
 * is not answered by a sentence that bounds the measure only from below ("adults >= 21 years of
 * age", "at least 40 kg"), nor a lower limit by a sentence that bounds it only from above ("up to
 * 65 years"): the sentence gives the other end, and says nothing of the end asked.
 */
import { withoutMarks } from './citations.ts';

/** "upper age limit", "maximum age", "the highest load allowed": the upper end asked. */
const UPPER_ASKED = /\b(?:upper|maximum|max\.?|highest|oldest)\b/i;
/** "lower age limit", "minimum age", "the youngest": the lower end asked. */
const LOWER_ASKED = /\b(?:lower|minimum|min\.?|lowest|youngest)\b/i;

/** A figure bounded from below: ">= 18", "≥ 40", "at least 21", "over 65", "18 or older", "18+". */
const FROM_BELOW =
  /(?:>=?|≥|\bat\s+least|\bover|\bmore\s+than|\bolder\s+than|\bminimum(?:\s+of)?|\bmin\.?|\bno\s+(?:less|fewer)\s+than|\bnot\s+(?:less|under)\s+than)\s*\d|\d+\s*(?:\+|(?:[\p{L}]+\s+){0,3}?(?:or|and)\s+(?:older|over|above|more|up|greater))/iu;

/** A figure bounded from above, or a range with both ends: "<= 65", "up to 65", "under 70", "18-65", "18 to 65". */
const FROM_ABOVE =
  /(?:<=?|≤|\bup\s+to|\bat\s+most|\bunder|\bbelow|\bless\s+than|\byounger\s+than|\bmaximum(?:\s+of)?|\bmax\.?|\bno\s+(?:more|older)\s+than|\bnot\s+(?:more|older)\s+than|\bnot\s+(?:to\s+)?exceed(?:ing)?)\s*\d|\d+\s*(?:(?:[\p{L}]+\s+){0,3}?(?:or|and)\s+(?:younger|under|below|less|fewer))|\d+\s*(?:-|–|to|and)\s*\d+\s*(?:years?|yrs?|kg|lbs?|%|months?)/iu;

/**
 * True when the question asks one end of a limit ("upper", "maximum"; "lower", "minimum") and the
 * answer bounds figures only from the other end: every bound it writes is from below for an
 * upper limit asked, or from above for a lower one.
 */
export function otherEndOfLimit(question: string, answer: string): boolean {
  const upper = UPPER_ASKED.test(question);
  const lower = LOWER_ASKED.test(question);
  if (upper === lower || !/\blimit|\bage\b|\bbound/i.test(question)) return false;
  const said = withoutMarks(answer);
  const below = FROM_BELOW.test(said);
  const above = FROM_ABOVE.test(said);
  return upper ? below && !above : above && !below;
}
