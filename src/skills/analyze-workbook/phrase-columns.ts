/**
 * @module phrase-columns
 * The column a question's phrase names ("by dept group", "which home team"): the column named by
 * the longest run of the phrase's words from its first, then the one with more of its own words
 * said, then the one whose name those words cover most fully. Two columns named equally well are a tie, reported as such and never guessed.
 */
import type { Column } from './data-table.ts';
import { stem } from './normalize-text.ts';

/** How a word names a column (its header's stems, synonyms, a name's ending). */
export type NamesColumn = (word: string, column: Column) => boolean;

export type PhraseColumn = { column: Column } | { tie: readonly Column[] } | undefined;

/** How many of the phrase's words, from the first, all name the column or are words of its name. */
function leadingRun(
  words: readonly string[],
  column: Column,
  names: NamesColumn,
  own: readonly string[],
): number {
  let run = 0;
  // A small word of the name ("number" in "Order Number") extends a run but never starts one.
  while (run < words.length && (names(words[run]!, column) || (run > 0 && own.includes(stem(words[run]!)))))
    run++;
  return run;
}

/**
 * The column the phrase's words name. `words` are the phrase's words in order ("dept", "group");
 * `headerWords` gives a column's own words, to measure how much of its name the phrase covers.
 * When no column is named by the first word, each later word is tried alone, in order.
 */
export function phraseColumn(
  words: readonly string[],
  columns: readonly Column[],
  names: NamesColumn,
  headerWords: (column: Column) => readonly string[],
): PhraseColumn {
  for (let start = 0; start < words.length; start++) {
    const phrase = words.slice(start);
    const runs = columns.map((column) => ({
      column,
      run: leadingRun(phrase, column, names, headerWords(column)),
    }));
    const longest = Math.max(0, ...runs.map((item) => item.run));
    if (longest === 0) continue;
    const named = runs.filter((item) => item.run === longest);
    if (named.length === 1) return { column: named[0]!.column };
    // Of columns named equally far, the one with more of its own words said (not synonyms), then
    // the one whose name those words cover most fully.
    const said = phrase.slice(0, longest).map(stem);
    const covered = named.map(({ column }) => {
      const header = headerWords(column);
      const hits = header.filter((word) => said.includes(word)).length;
      return { column, hits, share: header.length ? hits / header.length : 0 };
    });
    const most = Math.max(...covered.map((item) => item.hits));
    const fullest = Math.max(...covered.filter((item) => item.hits === most).map((item) => item.share));
    const winners = covered.filter((item) => item.hits === most && item.share === fullest);
    if (winners.length === 1) return { column: winners[0]!.column };
    return { tie: winners.map((item) => item.column) };
  }
  return undefined;
}
