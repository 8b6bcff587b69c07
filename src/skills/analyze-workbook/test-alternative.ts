/**
 * @module test-alternative
 * The alternative hypothesis a question states for a test: two-sided unless it asks for a
 * one-sided (one-tailed) test, and then which side is larger, read from the clause that says so
 * ("alternative: the North shifts take longer", "B is greater than A"). A one-sided test whose
 * direction the text leaves unclear is undefined, for the caller to refuse.
 */
import { wordsOf } from './analysis-frame.ts';
import type { Alternative } from './sided-tests.ts';

/** The text asks for a one-sided test. */
export const ONE_SIDED =
  /\bone[- ](?:sided|tailed)\b|\b(?:right|left|upper|lower)[- ]tailed\b|\balternative\s*(?:=|:)\s*['"]?(?:greater|less)\b|\balternative\s*(?::|hypothesis that|that)[^.;)]{0,80}\b(?:greater|higher|larger|bigger|more|exceeds?|less|lower|smaller|fewer)\b/i;

const MORE = new Set(wordsOf('greater higher larger bigger more exceeds above longer'));
const LESS = new Set(wordsOf('less lower smaller fewer below shorter'));

/** Word position of the last match of any phrase, −1 when none matches. */
function lastAt(words: readonly string[], phrases: readonly (readonly string[])[]): number {
  let at = -1;
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let start = 0; start + phrase.length <= words.length; start++)
      if (phrase.every((word, k) => words[start + k] === word)) at = Math.max(at, start);
  }
  return at;
}

/** Clauses of the text, the ones that state the alternative first. */
function clauses(text: string): string[] {
  // A full stop ends a clause only before a capital or the end: "No. of Wins" is one name.
  const all = text.split(/[;?\n()]|\.(?=\s+[A-Z]|\s*$)/).filter((clause) => clause.trim().length > 0);
  return [
    ...all.filter((clause) => /alternative/i.test(clause)),
    ...all.filter((clause) => !/alternative/i.test(clause)),
  ];
}

/**
 * The alternative for a test of the first side against the second: each side is the phrases
 * that name it (a column, a group's value, "all the other rows"). scipy's own words
 * ("alternative='less'") are taken as written, for the sides in the order the text names them.
 */
export function statedAlternative(
  text: string,
  first: readonly string[],
  second: readonly string[],
): Alternative | undefined {
  if (!ONE_SIDED.test(text)) return 'two-sided';
  const literal = /\balternative\s*=\s*['"]?(greater|less)\b/i.exec(text);
  if (literal) return literal[1]!.toLowerCase() as Alternative;
  const firstWords = first.map(wordsOf);
  const secondWords = second.map(wordsOf);
  for (const clause of clauses(text)) {
    const words = wordsOf(clause);
    const at = words.findIndex((word) => MORE.has(word) || LESS.has(word));
    if (at < 0) continue;
    const before = words.slice(0, at);
    const a = lastAt(before, firstWords);
    const b = lastAt(before, secondWords);
    if (a < 0 && b < 0) continue;
    const larger = MORE.has(words[at]!);
    const firstLarger = a > b ? larger : !larger;
    return firstLarger ? 'greater' : 'less';
  }
  return undefined;
}

/**
 * The alternative for a one-sample test of a mean against `mu`: the comparison word just before
 * the number ("greater than 5"), else the clause stating the alternative ("the mean is less").
 */
export function oneSampleAlternative(text: string, mu: number): Alternative | undefined {
  if (!ONE_SIDED.test(text)) return 'two-sided';
  const literal = /\balternative\s*=\s*['"]?(greater|less)\b/i.exec(text);
  if (literal) return literal[1]!.toLowerCase() as Alternative;
  const plain = text.replace(/(\d),(\d{3})\b/g, '$1$2');
  for (const match of plain.matchAll(/\b(\w+)\s+than\s+(-?\d+(?:\.\d+)?)/gi)) {
    if (Number(match[2]) !== mu) continue;
    const word = wordsOf(match[1]!)[0] ?? '';
    if (MORE.has(word)) return 'greater';
    if (LESS.has(word)) return 'less';
  }
  for (const clause of clauses(text)) {
    if (!/alternative/i.test(clause)) continue;
    const word = wordsOf(clause).find((item) => MORE.has(item) || LESS.has(item));
    if (word) return MORE.has(word) ? 'greater' : 'less';
  }
  return undefined;
}

/** The text names a one-sample t-test. */
export const ONE_SAMPLE_T = /\bone[- ]sample t[- ]?test|\bttest_1samp\b|\bsingle[- ]sample t[- ]?test/i;

/** The text names a test whose hypothesis may compare two sides ("Is A greater than B?"). */
const NAMED_TEST = /t-?test|\bttest|mann[- ]?whitney|wilcoxon|signed[- ]rank|\bu[- ]test\b/i;

/**
 * The text with a test's hypothesis taken out, so that it is not read as a condition on the rows:
 * the clause stating the alternative, and the comparison of a yes-or-no question ("Is the mean
 * Age greater than 30?", "Is After greater than Before on average?"). Texts naming no test are
 * returned as they are.
 */
export function withoutTestedHypothesis(text: string): string {
  if (!NAMED_TEST.test(text) && !ONE_SIDED.test(text)) return text;
  return text
    .replace(/\(\s*alternative\b[^)]*\)|\balternative\b[^.;?\n]*/gi, ' ')
    .replace(
      /(^|[.?!]\s+|\n)((?:is|are|was|were|does|do|did)\b[^.?!\n]*?)\b(?:significantly\s+)?(?:greater|higher|larger|bigger|more|less|lower|smaller|fewer|longer|shorter|different|differs?)\s+(?:than|from)\b[^.?!\n]*/gi,
      (whole, lead: string, start: string) =>
        /\b(?:where|whose|with|having)\b/i.test(whole) ? whole : `${lead}${start}`,
    );
}
