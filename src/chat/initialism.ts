/**
 * @module initialism
 * A line that writes a run of the question's words by their initials ("a YTM of 3.9%" for "the
 * yield to maturity", "the PPA" for "the power purchase agreement") names what the question names.
 * Only an initialism of three letters or more, written in capitals as a word of its own, and only
 * a run of the question's own words that it spells letter for letter, small words included
 * ("to", "of", "and") or left out.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** Small words an initialism may spell or leave out: "YTM" (yield to maturity), "P&L", "DOE" (Department of Energy). */
const SMALL = new Set(['to', 'of', 'and', 'for', 'the', 'on', 'in', 'at', 'by', '&']);

/** The capitalised initialisms a line writes as words of their own ("YTM", "P&L" as "PL"). */
function initialisms(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\d&.-])([A-Z](?:&?[A-Z]){2,5})s?(?![\p{L}\d&-])/gu)].map((match) =>
    (match[1] ?? '').replace(/&/g, ''),
  );
}

/**
 * The runs of the question's words that an initialism of the line spells, each as its words
 * ("yield to maturity" for "YTM"); none when the line writes no initialism the question spells.
 */
export function spelledRuns(question: string, text: string): string[][] {
  const letters = initialisms(text);
  if (letters.length === 0) return [];
  const words = question.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const runs: string[][] = [];
  for (const initials of new Set(letters)) {
    // The question's own initialism is no run of its words.
    if (words.some((word) => word === initials)) continue;
    for (let start = 0; start < words.length; start++) {
      const run = spell(words, start, initials.toLowerCase());
      if (run) runs.push(run);
    }
  }
  return runs;
}

/** The run of words from `start` whose initials spell `initials`, small words spelled or skipped; undefined when none. */
function spell(words: readonly string[], start: number, initials: string): string[] | undefined {
  const first = words[start]?.toLowerCase();
  if (!first || SMALL.has(first) || first[0] !== initials[0]) return undefined;
  const run = [first];
  let letter = 1;
  for (let i = start + 1; i < words.length && letter < initials.length; i++) {
    const word = (words[i] ?? '').toLowerCase();
    if (word[0] === initials[letter]) {
      run.push(word);
      letter++;
    } else if (SMALL.has(word)) run.push(word);
    else return undefined;
  }
  return letter === initials.length && !SMALL.has(run[run.length - 1] ?? '') ? run : undefined;
}

/** A word as a line writes it: letters, with an inner hyphen or apostrophe. */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The words a line spells an initialism out in, where it sets the two side by side: the words,
 * then the initialism in brackets ("the Harbour Safety Board (HSB) met"), or the initialism,
 * then the words in brackets ("HSB (Harbour Safety Board)"). Undefined when the line does neither.
 */
export function spelledOut(text: string, initials: string): string | undefined {
  const letters = initials.toLowerCase();
  const escaped = escapeRegExp(initials);
  const before = new RegExp(`([^()]*?)\\(\\s*${escaped}(?![\\p{L}\\d])`, 'u').exec(text)?.[1];
  if (before !== undefined) {
    const words = before.match(WORD) ?? [];
    // The run ends right before the bracket: try each start that leaves it the last words.
    for (let start = Math.max(0, words.length - 2 * letters.length); start < words.length; start++) {
      const run = spell(words, start, letters);
      if (run && run.length === words.length - start) return words.slice(start).join(' ');
    }
  }
  const inside = new RegExp(`(?<![\\p{L}\\d])${escaped}\\s*\\(([^()]+)\\)`, 'u').exec(text)?.[1];
  const words = inside?.match(WORD) ?? [];
  const run = words.length > 0 ? spell(words, 0, letters) : undefined;
  return run && run.length === words.length ? words.join(' ') : undefined;
}
