/**
 * @module figure-asked
 * A figure asked by its name ("What was the Varna tally at the close?", "What is the total of
 * the Orla invoice?") and an answer that holds no figure at all ("The Varna tally kept everyone
 * busy."): the sentence speaks of the figure, it does not give it. So with a level of a measure
 * asked ("At what sales level does a stall stay open?" answered by "Stalls that sell well will stay open.").
 * And a share asked ("What share of the orders ship late?") answered by counts alone ("We shipped
 * 40 orders and 12 returns"): a share is given as a percentage or a fraction.
 */
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/**
 * "What is / was the … number / figure / total / count / rate / percentage / limit …?", "What is
 * Ada's trading limit?": a figure asked by its name.
 */
const FIGURE_ASKED =
  /^\s*what(?:'s|\s+is|\s+was|\s+were|\s+are)\s+(?:the|its|their|our|my|your|his|her|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}.&'-]+\s+){0,3}?(?:number|figure|total|count|tally|rate|percentage|reading|limit|balance|amount|cap|ceiling|threshold)s?\b/iu;

/**
 * "At what sales level …", "what storage level …", "what elevation target …": a level or a target
 * of a measure, which a figure gives ("at $2 million a year", "1,140 feet"), asked. A level of
 * another kind ("at what management level") is not.
 */
const LEVEL_ASKED =
  /\bwhat\s+(?:profit|price|income|revenue|sales|volume|storage|inventory|loss|cost|rate|spending|debt|credit|p&l|pnl|trading|elevation|water|reservoir|output|production)\s+(?:levels?|targets?)\b/i;

/** Words a figure may be written in besides digits. */
const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|none|no)\b/i;

/** True when a figure is asked by its name and the answer gives none: no digit and no number word. */
export function figureNotGiven(question: string, answer: string): boolean {
  if (!FIGURE_ASKED.test(question) && !LEVEL_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  return !/\d/.test(said) && !NUMBER_WORDS.test(said);
}

/** "What share / percentage / proportion / fraction of …", "how many percent …": a share asked. */
const SHARE_ASKED =
  /\bwhat\s+(?:share|percentage|proportion|fraction|percent|portion)\b|\bhow\s+many\s+percent\b/i;

/** How a share is written: a percentage, a fraction in words or digits, "one in five", "3 out of 4". */
const SHARE_GIVEN =
  /%|\bper\s?cent\b|\bpercent(?:age)?\b|\bpct\b|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|\b\d+\s*\/\s*\d+\b|\b(?:one|\d+)\s+in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b|\bout\s+of\s+(?:\d|every|all)|(?<![\d,])0?\.\d+\b/i;

/**
 * A share written in a document's own language: a half, a third or a quarter, a percentage
 * ("die Hälfte", "la mitad", "un tiers", "половина", "separuh", "30 Prozent").
 */
const OTHER_LANGUAGE_SHARE =
  /(?<![\p{L}])(?:hälfte|drittel|viertel|prozent|mitad|tercio|cuarta parte|por ciento|moitié|(?:un|deux|le) tiers|pour cent|metà|terzo|per cento|helft|procent|połow\p{L}*|половин\p{L}*|треть|трети|четверт\p{L}*|процент\p{L}*|setengah|separuh|sepertiga|seperempat|persen)(?![\p{L}])/iu;

/** True when a share is asked and the answer gives no share, only counts or words. */
export function shareNotGiven(question: string, answer: string): boolean {
  if (!SHARE_ASKED.test(question)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  return !SHARE_GIVEN.test(said) && !OTHER_LANGUAGE_SHARE.test(said);
}

/**
 * "What is the strike price of …", "what was the asking price for …": a price, rate or fee asked
 * by a compound name, its kind word first.
 */
const NAMED_MEASURE =
  /^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+the\s+(\p{L}{3,})\s+(price|rate|fee|cost|premium|discount|margin|spread|yield)s?\b/iu;

/** The same asked with its kind in the possessive, the verb after it: "what dealer's margin did …". */
const NAMED_MEASURE_BEFORE_VERB =
  /^\s*what\s+(\p{L}{3,})['’]s\s+(price|rate|fee|cost|premium|discount|margin|spread|yield|profit|loss|revenue|income|earnings)s?\s+(?:did|does|do|was|is|were|are|will|would|has|have|had)\b/iu;

/** Words before a measure's name that tell no kind of it ("the total price", "the new rate"). */
const NO_MEASURE_KIND = new Set([
  'total',
  'new',
  'old',
  'current',
  'final',
  'latest',
  'same',
  'other',
  'full',
]);

/**
 * A measure asked by a compound name ("What is the strike price of the Orla option?") answered
 * by a sentence that writes neither of its two words ("… would see 4,000,000 EUR paid out on
 * Friday"): the sum it gives is of something else. An abbreviation or one of the
 * two words ("the strike is 42", "priced at 42") keeps the sentence.
 */
export function namedMeasureUnwritten(question: string, answer: string): boolean {
  const asked = NAMED_MEASURE.exec(question) ?? NAMED_MEASURE_BEFORE_VERB.exec(question);
  const kind = asked?.[1]?.toLowerCase();
  const measure = asked?.[2]?.toLowerCase();
  if (!kind || !measure || NO_MEASURE_KIND.has(kind)) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '').toLowerCase();
  if (!/\d/.test(said)) return false;
  const written = (word: string) =>
    new RegExp(`(?<![\\p{L}])${word.slice(0, Math.max(4, word.length - 2))}`, 'u').test(said);
  return !written(kind) && !written(measure);
}
