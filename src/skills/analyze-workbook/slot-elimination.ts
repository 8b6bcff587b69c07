/**
 * @module slot-elimination
 * "Which opponent was played in the most matches, and how many? @most_met_opponent,
 * @most_met_matches": a slot named in the writer's own words ("met", "winningest") that the plan
 * does not use is still matched to its output by elimination, when the question has exactly two
 * slots, the other slot was read in full, and the two outputs are the two halves of one ranking:
 * the label that ranks first and its own figure. A word the question, its constraints or a column
 * name also use (by its first four letters: "not", "unmarried", "opponent" beside "Opposing team")
 * is a step the plan left out, and keeps the refusal.
 */
import { wordsOf } from './analysis-frame.ts';
import type { SlotResult } from './slot-context.ts';

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Its first four letters (the whole word when shorter). */
const head = (word: string) => word.toLowerCase().slice(0, 4);

/** A slot word no word of the text or of a column name shares its first four letters with. */
export function writersOwnWord(word: string, text: string, columns: readonly string[]): boolean {
  const start = head(word);
  const used = [...wordsOf(text), ...columns.flatMap((name) => wordsOf(name))];
  return !used.some((other) => head(other) === start);
}

/** The column a ranking result ranks: "most frequent X (…)", "X groups ranked by …". */
function rankedColumn(result: SlotResult): string | undefined {
  return (/^most frequent (.+?) \(/.exec(result.note) ?? /^(.+?) groups ranked by /.exec(result.note))?.[1];
}

/**
 * Two results that are the label ranking first and that label's own figure: the same ranking
 * note read twice ("X groups ranked by count of rows: highest 3 in A"), or the most frequent
 * value and the count of its rows.
 */
export function rankingPair(first: SlotResult, second: SlotResult): boolean {
  const [label, figure] = PLAIN_NUMBER.test(first.value) ? [second, first] : [first, second];
  if (PLAIN_NUMBER.test(label.value) || !PLAIN_NUMBER.test(figure.value)) return false;
  const column = rankedColumn(label);
  if (column === undefined) return false;
  if (figure.note === label.note) return true;
  const counted = /^count of rows(?: \([^()]*\))? of the most frequent (.+?) \(/.exec(figure.note);
  return counted?.[1] === column;
}
