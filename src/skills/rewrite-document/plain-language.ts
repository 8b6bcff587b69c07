/**
 * @module plain-language
 * Deterministic sentence edits for the builtin engine: wordy phrases made short, formal
 * words made plain, asides dropped, and very long sentences split at clause boundaries.
 */

/** Wordy phrase → shorter phrase. Applied for both --shorter and --simpler. */
const WORDY: readonly [RegExp, string][] = [
  [/\bin order to\b/gi, 'to'],
  [/\bdue to the fact that\b/gi, 'because'],
  [/\bowing to the fact that\b/gi, 'because'],
  [/\bin spite of the fact that\b/gi, 'although'],
  [/\bat this point in time\b/gi, 'now'],
  [/\bat the present time\b/gi, 'now'],
  [/\bin the event that\b/gi, 'if'],
  [/\bfor the purpose of\b/gi, 'for'],
  [/\bwith regard to\b/gi, 'about'],
  [/\bwith respect to\b/gi, 'about'],
  [/\bin relation to\b/gi, 'about'],
  [/\bin the near future\b/gi, 'soon'],
  [/\ba large number of\b/gi, 'many'],
  [/\bthe majority of\b/gi, 'most'],
  [/\bin addition to\b/gi, 'besides'],
  [/\bprior to\b/gi, 'before'],
  [/\bsubsequent to\b/gi, 'after'],
  [/\bhas the ability to\b/gi, 'can'],
  [/\bis able to\b/gi, 'can'],
  [/\b(is|are) going to be\b/gi, 'will be'],
  [/\bit is important to note that\s*/gi, ''],
  [/\bit should be noted that\s*/gi, ''],
  [/\bplease note that\s*/gi, ''],
  [/\bneedless to say,?\s*/gi, ''],
  [/\bas a matter of fact,?\s*/gi, ''],
  [/\b(basically|essentially|actually|really|very|quite|rather|somewhat),?\s+/gi, ''],
];

/** Formal word → plain word (--simpler). */
const PLAIN: readonly [RegExp, string][] = [
  [/\butili[sz]e(s|d)?\b/gi, 'use$1'],
  [/\butili[sz]ation\b/gi, 'use'],
  [/\bcommence(s|d)?\b/gi, 'start$1'],
  [/\bterminate(s|d)?\b/gi, 'end$1'],
  [/\bfacilitate(s|d)?\b/gi, 'help$1'],
  [/\bendeavou?r(s)?\b/gi, 'tr$1'],
  [/\bapproximately\b/gi, 'about'],
  [/\bsufficient\b/gi, 'enough'],
  [/\badditional\b/gi, 'more'],
  [/\bnumerous\b/gi, 'many'],
  [/\bdemonstrate(s|d)?\b/gi, 'show$1'],
  [/\bindicate(s|d)?\b/gi, 'show$1'],
  [/\bobtain(s|ed)?\b/gi, 'get$1'],
  [/\brequire(s|d)?\b/gi, 'need$1'],
  [/\bpurchase(s|d)?\b/gi, 'buy$1'],
  [/\bassist(s|ed)?\b/gi, 'help$1'],
  [/\binquire\b/gi, 'ask'],
  [/\bsubsequently\b/gi, 'later'],
  [/\bnevertheless\b/gi, 'still'],
  [/\btherefore\b/gi, 'so'],
  [/\bconsequently\b/gi, 'so'],
  [/\bin accordance with\b/gi, 'under'],
  [/\bmethodology\b/gi, 'method'],
  [/\bfunctionality\b/gi, 'features'],
  [/\bascertain\b/gi, 'find out'],
];

/**
 * Spacing and punctuation cleaned; the first letter capitalised only when the sentence began
 * with a capital, so a name written in lower case ("docx4j", "iPhone") stays as it was.
 */
function tidy(text: string, capitalize: boolean): string {
  const cleaned = text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
  return capitalize ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
}

const startsUpper = (text: string) => /^\P{L}*\p{Lu}/u.test(text);

function applyAll(text: string, rules: readonly [RegExp, string][]): string {
  return rules.reduce(
    (value, [pattern, replacement]) =>
      value.replace(pattern, (match, ...groups) => {
        const replaced = replacement.replace(/\$(\d)/g, (_, n) => String(groups[Number(n) - 1] ?? ''));
        // Keep the capital of a sentence start.
        return match[0] === match[0]?.toUpperCase() && match[0] !== match[0]?.toLowerCase()
          ? replaced.charAt(0).toUpperCase() + replaced.slice(1)
          : replaced;
      }),
    text,
  );
}

/** Shorter: wordy phrases shortened, bracketed asides dropped. */
export function shortenSentence(sentence: string): string {
  const withoutAsides = sentence.replace(/\s*\((?![^)]*\d)[^)]{3,80}\)/g, '');
  return tidy(applyAll(withoutAsides, WORDY), startsUpper(sentence));
}

/** Simpler: plain words, and sentences over 25 words split at a semicolon or ", which"/", and". */
export function simplifySentence(sentence: string): string[] {
  const plain = tidy(applyAll(applyAll(sentence, WORDY), PLAIN), startsUpper(sentence));
  const words = plain.split(/\s+/).length;
  if (words <= 25) return [plain];
  const parts = plain.split(/;\s+|,\s+(?=(?:which|and then|but|so)\s)/);
  if (parts.length === 1) return [plain];
  return parts.map((part, i) => {
    let value = part
      .trim()
      .replace(/^(which|and then|but|so)\s+/i, (match) => (/^which/i.test(match) ? 'This ' : match));
    if (!/[.!?]$/.test(value)) value = `${value}.`;
    // Later parts start new sentences.
    return tidy(value, i > 0 || startsUpper(sentence));
  });
}
