/**
 * @module counted-nouns
 * How many of a thing a text says: "one income, no children" counts incomes as 1 and children as
 * 0. A table block titled "two children" is another record than the one a question asks with "no
 * children", though both name children.
 */
import { analyze } from '../index/analyze.ts';
import { SMALL_NUMBER_WORDS } from '../lib/text/number-words.ts';

/** A count before its noun: a digit, a small number in words, or "no" for none ("no children"). */
const COUNT_BEFORE_NOUN =
  /\b(\d{1,2}|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]{3,})\b/gi;

/** Each noun the text counts (analysed) with its count. */
export function nounCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(COUNT_BEFORE_NOUN)) {
    const word = (match[1] ?? '').toLowerCase();
    const count = word === 'no' ? 0 : (SMALL_NUMBER_WORDS[word] ?? Number(word));
    const noun = analyze(match[2] ?? '')[0];
    if (noun && Number.isFinite(count) && !counts.has(noun)) counts.set(noun, count);
  }
  return counts;
}

/** The text counts a noun the question counts, but by another number ("two children" for "no children"). */
export function countsOtherwise(question: string, text: string): boolean {
  const asked = nounCounts(question);
  if (asked.size === 0) return false;
  for (const [noun, count] of nounCounts(text)) {
    const wanted = asked.get(noun);
    if (wanted !== undefined && wanted !== count) return true;
  }
  return false;
}
