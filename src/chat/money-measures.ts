/**
 * Figures that are no sum of money in a sentence asked for one, and taxes that a price does
 * not state. Used by sentence ranking when a question asks a fee, a price or a tax.
 */

/** Spans of time: "10 working days", "3 months", "48 hours". Time is not money. */
const DURATION =
  /\b\d[\d,.]*\s+(?:(?:working|business|calendar|banking)\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b/gi;

/** The words of small numbers that count spans of time: "five years", "a two-day course". */
const TIME_COUNT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety';

/** A span of time by a figure or a number word: "10 working days", "2-day", "five years". */
const ANY_DURATION = new RegExp(
  String.raw`(?:\b\d[\d,.]*|\b(?:${TIME_COUNT_WORDS}))(?:\s+|\s*-\s*)(?:(?:working|business|calendar|banking)\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b`,
  'gi',
);

/** "How large …", "how big …", "how tall …": a size or an amount is asked, not a time. */
const SIZE_OR_AMOUNT_ASKED = /^\s*how\s+(?:large|big|tall|high|wide|heavy|deep)\b/i;

/**
 * "How large may the annex be?" is not answered by a sentence whose every figure is a span of
 * time ("a test done within the last five years", "a 2-day workshop"): time is no size or sum.
 */
export function durationsForSize(question: string, text: string): boolean {
  if (!SIZE_OR_AMOUNT_ASKED.test(question)) return false;
  const plain = text.normalize('NFKC');
  const rest = plain.replace(ANY_DURATION, ' ');
  return (
    (plain.match(ANY_DURATION) ?? []).length > 0 &&
    !/\d/.test(rest) &&
    !new RegExp(String.raw`\b(?:${TIME_COUNT_WORDS}|hundred|thousand|million|billion)\b`, 'i').test(rest)
  );
}

/** Lengths and areas: "16 feet", "750 square feet", "4 ft", "2.5 acres". A size is not money. */
const SIZE =
  /\b\d[\d,.]*\s*(?:-\s*)?(?:square\s+|sq\.?\s*)?(?:feet|foot|ft|inch(?:es)?|yards?|miles?|met(?:er|re)s?|kilomet(?:er|re)s?|acres?|hectares?)\b/gi;

/** A question about a size: "below what floor area …", "how large …", "how many square feet …". */
const SIZE_ASKED =
  /\b(?:area|size|large|big|small|long|wide|high|tall|deep|far|distance|height|length|width|feet|foot|square|acres?)\b/i;

/**
 * References to parts of a text: "Section 17.06.040", "Chapters 12.04 and 18.20", "Article 5",
 * "§ 3.1", "page 12". A reference names where a rule is written, not a sum.
 */
const REFERENCE =
  /(?:\b(?:sections?|chapters?|articles?|paragraphs?|clauses?|subsections?|titles?|rules?|pages?|appendix|schedules?)|§+)\s*\d[\d.]*(?:\([\w.]+\))*(?:\s*(?:,|and|or|through|to|-|–)\s*\d[\d.]*(?:\([\w.]+\))*)*/gi;

/** A percent: "20 percent", "20 per cent", "20%". */
const PERCENT = String.raw`\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b)`;

/** Words before a measure's noun that do not name which measure it is. */
const NOT_MODIFIERS = new Set(
  'the a an what which how much is was are were does do your my our their its this that total full whole entire'.split(
    ' ',
  ),
);

/** The word that names which measure a question asks ("late" in "the late fee"), if any. */
function askedModifier(question: string, noun: string): string | undefined {
  const before = new RegExp(`([\\p{L}-]+)\\s+${noun}s?(?![\\p{L}])`, 'iu').exec(question.normalize('NFKC'));
  const word = before?.[1]?.toLowerCase();
  return word && !NOT_MODIFIERS.has(word) ? word : undefined;
}

/**
 * The text with the figures that cannot be the sum asked taken out: spans of time, and a
 * percent of the very measure asked ("20 percent of the total course fee" is a share of the
 * course fee, not that fee). A percent of something else stays: "a fee of 2% of the loan", and
 * a percent of another measure of the same noun when the question names which one ("the late
 * fee is 30 percent of the course fee" answers "what is the late fee?").
 */
export function withoutNonMoneyFigures(text: string, noun: string, question = ''): string {
  const singular = noun.replace(/ies$/, 'y').replace(/([^su])s$/, '$1');
  const share = new RegExp(
    `${PERCENT}\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[\\p{L}-]+\\s+){0,3})(?:${singular}|${noun})s?(?![\\p{L}])`,
    'giu',
  );
  const modifier = askedModifier(question, singular) ?? askedModifier(question, noun);
  // "What is the bonus fee?" is not answered by "The flat fee is $2.4 MM": a measure of the
  // same noun that the sentence names by another word, never by the one asked, is another's.
  if (
    modifier !== undefined &&
    MEASURE_NOUN.test(singular) &&
    otherMeasureOnly(text, singular, noun, modifier)
  )
    return '';
  const plain = text.normalize('NFKC').replace(REFERENCE, ' ');
  // A size asked ("below what floor area is no fee due?") is the figure wanted, not one to drop.
  return (SIZE_ASKED.test(question) ? plain : plain.replace(SIZE, ' '))
    .replace(share, (whole, modifiers: string) =>
      modifier === undefined || modifiers.toLowerCase().split(/\s+/).includes(modifier) ? ' ' : whole,
    )
    .replace(DURATION, ' ');
}

/**
 * The text names the measure ("fee") only with a word before it other than the one asked
 * ("base fee", "processing fee" for "the permit fee"), and never names the word asked.
 */
function otherMeasureOnly(text: string, singular: string, noun: string, modifier: string): boolean {
  const plain = text.normalize('NFKC');
  if (new RegExp(`(?<![\\p{L}])${modifier}(?![\\p{L}])`, 'iu').test(plain)) return false;
  const named = [
    ...plain.matchAll(new RegExp(`(\\p{L}[\\p{L}-]*)\\s+(?:${singular}|${noun})s?(?![\\p{L}])`, 'giu')),
  ].map((match) => (match[1] ?? '').toLowerCase());
  return named.length > 0 && named.every((word) => !NOT_MODIFIERS.has(word) && !FILLERS.has(word));
}

/** Nouns of a measure of money that words before them tell apart: "the base fee", "the room rate". */
const MEASURE_NOUN =
  /^(?:fee|rate|price|cost|charge|rent|fare|salary|budget|balance|limit|premium|deposit)$/i;

/** Words before a measure's noun that say nothing of which one it is: "no fee", "any fee", "per fee". */
const FILLERS = new Set('no any each per every such other same annual yearly monthly one'.split(' '));

/** A tax or duty asked by name. */
const TAX = /\b(?:vat|gst|hst|pst|sales tax|taxe?s?|dut(?:y|ies)|tariffs?|levy|levies)\b/i;
/** "How much VAT …", "What is the sales tax …", "How much tax …": the tax itself is asked. */
const TAX_ASKED =
  /\b(?:how much\s+|what(?:'s| is| was| are| were)?\s+(?:the\s+)?(?:[\w-]+\s+)?)(?:vat|gst|hst|pst|sales tax|tax(?:es)?|dut(?:y|ies)|tariffs?|levy)\b/i;

/**
 * A question asks a tax ("How much VAT is charged?") and the sentence names no tax: the price
 * it states ("price: $120") is what the tax is charged on, not the tax.
 */
export function taxUnstated(question: string, text: string): boolean {
  return TAX_ASKED.test(question) && !TAX.test(text);
}
