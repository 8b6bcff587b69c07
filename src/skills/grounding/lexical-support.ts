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
  /** Share of the sentence's distinct content terms that must occur in the sources (default 0.4). */
  readonly minShare?: number;
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

/** Checks one sentence against the text of the passages it cites. */
export function lexicalSupport(
  sentence: string,
  sources: readonly string[],
  options: SupportOptions = {},
): Support {
  const minShare = options.minShare ?? 0.4;
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
  const needed = Math.max(1, Math.ceil(terms.size * minShare));
  if (shared < needed)
    return {
      ...base,
      supported: false,
      reason: `shares ${shared} of ${terms.size} content words with its sources`,
    };
  return { ...base, supported: true };
}
