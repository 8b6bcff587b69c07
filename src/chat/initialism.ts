/**
 * @module initialism
 * A line that writes a run of the question's words by their initials ("a YTM of 3.9%" for "the
 * yield to maturity", "the PPA" for "the power purchase agreement") names what the question names.
 * Only an initialism of three letters or more, written in capitals as a word of its own, and only
 * a run of the question's own words that it spells letter for letter, small words included
 * ("to", "of", "and") or left out.
 */

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
