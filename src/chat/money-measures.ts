/**
 * Figures that are no sum of money in a sentence asked for one, and taxes that a price does
 * not state. Used by sentence ranking when a question asks a fee, a price or a tax.
 */

/** Spans of time: "10 working days", "3 months", "48 hours". Time is not money. */
const DURATION =
  /\b\d[\d,.]*\s+(?:(?:working|business|calendar|banking)\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b/gi;

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
  return text
    .normalize('NFKC')
    .replace(share, (whole, modifiers: string) =>
      modifier === undefined || modifiers.toLowerCase().split(/\s+/).includes(modifier) ? ' ' : whole,
    )
    .replace(DURATION, ' ');
}

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
