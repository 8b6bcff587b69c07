/**
 * @module kept-facts
 * Did a rewrite keep the facts of its source? The numbers (dates included: their day, month
 * and year numbers), and the proper names, compared as sets. A rewrite may say things in
 * other words but may not drop "Maya Chen", "12 March" or "€4.2m", nor add a number the source
 * never had. Names are capitalised words (and words with capitals or digits inside, such as
 * "Q3" or "iPhone") that do not open a sentence, or that open one and also appear
 * capitalised elsewhere (so a name seen only at the start of sentences is missed); Latin
 * words inside Chinese text always count. Digits inside a word ("Q3") belong to the name.
 */
import { splitSentences } from '../../lib/text/sentences.ts';
import { numbersOf } from './lexical-support.ts';

export type Facts = {
  readonly numbers: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
};

export type FactCheck = {
  readonly kept: boolean;
  /** Numbers and names of the source the rewrite lost. */
  readonly missing: readonly string[];
  /** Numbers the rewrite has that the source does not. */
  readonly added: readonly string[];
};

/** Words of alphabetic scripts (a Chinese run is not one word; Latin names inside it are). */
const WORD = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\d][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\d'’&-]*/gu;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/** Words that start with a capital (or carry one inside, or mix letters and digits). */
function looksLikeName(word: string): boolean {
  if (word.length < 2 && word !== word.toUpperCase()) return false;
  // The pronoun, contracted or not ("I", "I'll", "I’m"), is no name.
  if (/^I(?:['’][a-z]{1,2})?$/.test(word)) return false;
  if (/\p{Lu}/u.test(word.slice(1)) || (/\p{L}/u.test(word) && /\d/.test(word))) return true;
  return /^\p{Lu}/u.test(word);
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/** The numbers and proper names of a text. */
export function factsOf(raw: string): Facts {
  // Full-width letters and digits (ＦＦＪ, １２) compare as their ASCII forms.
  const text = raw.normalize('NFKC');
  const names = new Set<string>();
  const sentenceOpeners = new Set<string>();
  const elsewhere = new Set<string>();
  for (const sentence of splitSentences(text)) {
    const words = [...sentence.text.matchAll(WORD)];
    words.forEach((match, position) => {
      const word = stripPossessive(match[0]);
      if (!/\p{L}/u.test(word) || CJK.test(word) || !looksLikeName(word)) return;
      const before = sentence.text.slice(0, match.index ?? 0);
      const opensSentence = position === 0 || /[:;"“(]\s*$/.test(before);
      const insideCjk =
        CJK.test(before.slice(-2)) ||
        CJK.test(sentence.text.slice((match.index ?? 0) + match[0].length).slice(0, 2));
      if (opensSentence && !insideCjk && !/\p{Lu}/u.test(word.slice(1)) && !/\d/.test(word))
        sentenceOpeners.add(word);
      else elsewhere.add(word);
    });
  }
  for (const word of elsewhere) names.add(word);
  for (const word of sentenceOpeners) if (elsewhere.has(word)) names.add(word);
  return { numbers: numbersOf(text), names };
}

/** Compares a rewrite's facts with its source's. */
export function checkKeptFacts(source: string, rewrite: string): FactCheck {
  const before = factsOf(source);
  const afterNumbers = numbersOf(rewrite);
  const rewriteWords = new Set(
    [...rewrite.normalize('NFKC').matchAll(WORD)].map((match) => stripPossessive(match[0])),
  );
  const missing = [
    ...[...before.numbers].filter((number) => !afterNumbers.has(number)),
    ...[...before.names].filter((name) => !rewriteWords.has(name)),
  ];
  const added = [...afterNumbers].filter((number) => !before.numbers.has(number));
  return { kept: missing.length === 0 && added.length === 0, missing, added };
}
