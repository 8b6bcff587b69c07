/**
 * @module lexical-support
 * Does a passage support a sentence? A cheap, deterministic check that catches what a small
 * model gets wrong most often: a sentence cited to a passage it has nothing to do with, and a
 * number the passage never states. A sentence is supported when every number in it appears
 * in its sources and enough of its content terms (stemmed words, Chinese words and their
 * character pairs, names) appear there too. It cannot tell a faithful paraphrase from a
 * subtle distortion that reuses the source's words; it is a floor, not a judge.
 */
import { analyze } from '../../index/analyze.ts';

export type SupportOptions = {
  /** Share of the sentence's content (weighted by rarity with `context`) that must occur in the sources (default 0.5, chosen on the tuning half of bench/grounding.ts). */
  readonly minShare?: number;
  /**
   * Every passage the model was shown. When given, each word counts by how rare it is among
   * them (words of every passage, such as "meeting" in a transcript, say little about which
   * passage a sentence comes from), and words found in none of them ("discussed", "the
   * team") do not count against a citation unless they are most of the sentence.
   */
  readonly context?: readonly string[];
  /** With `context`: the largest share of a sentence's words that may be new to the passages (default 0.6). */
  readonly maxNew?: number;
};

export type Support = {
  readonly supported: boolean;
  /** Content terms of the sentence found in the sources. */
  readonly shared: number;
  /** Distinct content terms of the sentence. */
  readonly terms: number;
  /** Numbers in the sentence that no source states. */
  readonly missingNumbers: readonly string[];
  /** Why a sentence is not supported, for warnings and tests. */
  readonly reason?: string;
};

/** Digits not glued to a Latin letter before them ("Q3" is a name, "12th" and "4.2m" are numbers). */
const NUMBER = /(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*/g;

/** A number as a comparable key: thousands separators and leading zeros go, decimals stay ("1,200" → "1200", "03" → "3", "2.50" → "2.5"). */
export function normalizeNumber(raw: string): string {
  let text = raw;
  // A comma followed by exactly three digits groups thousands; any other comma is a decimal mark.
  text = text.replace(/,(?=\d{3}(?!\d))/g, '');
  text = text.replace(/,/g, '.');
  if (/^\d+(?:\.\d{3})+$/.test(text) && text.split('.').length > 2) text = text.replace(/\./g, '');
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : text;
}

/** The numbers written in a text, normalized, as a set. */
export function numbersOf(text: string): Set<string> {
  return new Set([...text.normalize('NFKC').matchAll(NUMBER)].map((match) => normalizeNumber(match[0])));
}

const rarityCache = new WeakMap<readonly string[], (term: string) => number | undefined>();

/** Inverse document frequency over the passages; undefined for a word in none of them. */
function rarity(passages: readonly string[]): (term: string) => number | undefined {
  const cached = rarityCache.get(passages);
  if (cached) return cached;
  const frequency = new Map<string, number>();
  for (const passage of passages)
    for (const term of new Set(analyze(passage))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => {
    const count = frequency.get(term);
    return count === undefined ? undefined : Math.log(1 + passages.length / count);
  };
  rarityCache.set(passages, weight);
  return weight;
}

/** Checks one sentence against the text of the passages it cites. */
export function lexicalSupport(
  sentence: string,
  sources: readonly string[],
  options: SupportOptions = {},
): Support {
  const minShare = options.minShare ?? 0.5;
  if (sources.length === 0)
    return { supported: false, shared: 0, terms: 0, missingNumbers: [], reason: 'cites no passage' };
  const sourceText = sources.join('\n');
  const sourceNumbers = numbersOf(sourceText);
  const missingNumbers = [...numbersOf(sentence)].filter((number) => !sourceNumbers.has(number));
  const terms = new Set(analyze(sentence).filter((term) => !/^\d/.test(term)));
  const sourceTerms = new Set(analyze(sourceText));
  let shared = 0;
  for (const term of terms) if (sourceTerms.has(term)) shared++;
  const base = { shared, terms: terms.size, missingNumbers };
  if (missingNumbers.length > 0)
    return {
      ...base,
      supported: false,
      reason: `states ${missingNumbers.join(', ')}, which its sources do not`,
    };
  if (terms.size === 0)
    return numbersOf(sentence).size > 0
      ? { ...base, supported: true }
      : { ...base, supported: false, reason: 'has no content words' };
  const weight = options.context ? rarity(options.context) : () => 1;
  let total = 0;
  let covered = 0;
  let fresh = 0;
  for (const term of terms) {
    const value = weight(term);
    if (value === undefined) {
      fresh++;
      continue;
    }
    total += value;
    if (sourceTerms.has(term)) covered += value;
  }
  if (fresh > terms.size * (options.maxNew ?? 0.6))
    return {
      ...base,
      supported: false,
      reason: `${fresh} of its ${terms.size} content words appear in no passage`,
    };
  if (shared === 0 || covered < total * minShare)
    return {
      ...base,
      supported: false,
      reason: `shares ${shared} of ${terms.size} content words with its sources`,
    };
  return { ...base, supported: true };
}
