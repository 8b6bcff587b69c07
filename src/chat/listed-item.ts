/**
 * @module listed-item
 * A lead-in read with the lines it announces ("The first plan had these points:
 * The partners would put in $2 million.") carries the question's words of the topic ("the
 * first plan") in its lead-in, and a value of whichever item follows it. The question's other
 * words say which item is asked ("… pay for the pump station …"): when
 * the items read with the lead-in carry none of them and a later line of the same passage
 * carries several, with the kind of value asked, that line is the item asked.
 */

import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { foldedTerms } from './question-terms.ts';

/** What the rule needs of a ranked sentence. */
export type ListedLine = {
  readonly text: string;
  readonly position: number;
  readonly typed: boolean;
  readonly score: number;
  readonly terms: ReadonlySet<string>;
  readonly lead?: string;
};

/** How many lines after the lead-in the items of its list may run. */
const LIST_REACH = 8;
/** The fewest words of the item asked a line must carry to be told as that item. */
const MIN_ITEM_WORDS = 2;
/** How far below the lead-in's score the item line may score and still answer. */
const ITEM_MARGIN = 0.75;

/**
 * The later line that is the item asked, when `first` is a lead-in read with items that carry
 * none of the question's words beyond the lead-in's own; undefined otherwise.
 */
export function askedListItem<T extends ListedLine>(
  wanted: readonly string[],
  first: T,
  passage: readonly T[],
): T | undefined {
  if (first.lead === undefined || !first.typed) return undefined;
  const leadTerms = new Set(foldedTerms(first.lead));
  const itemWords = wanted.filter((term) => !leadTerms.has(term) && !FUNCTION_WORDS.has(term));
  if (itemWords.length < MIN_ITEM_WORDS) return undefined;
  const following = new Set(foldedTerms(first.text.slice(first.lead.length)));
  const carried = (line: T) => itemWords.filter((term) => line.terms.has(term)).length;
  const own = itemWords.filter((term) => following.has(term)).length;
  return passage
    .filter(
      (line) =>
        line !== first &&
        line.lead === undefined &&
        line.typed &&
        line.position > first.position &&
        line.position <= first.position + LIST_REACH &&
        line.score >= first.score * ITEM_MARGIN &&
        carried(line) >= MIN_ITEM_WORDS &&
        carried(line) >= own + MIN_ITEM_WORDS,
    )
    .sort((a, b) => carried(b) - carried(a) || a.position - b.position)[0];
}
