/**
 * @module compared-rows-sentence
 * 'Take the mean of "Pay" over the rows whose "Senior" is 1, and over the rows whose "Senior" is 0.':
 * one sentence that asks its figure over two sets of rows, the second with the figure left out, is
 * two sentences, each with its figure and its own rows. Read apart, each condition keeps its own
 * rows for its own slot (sentence-conditions.ts) instead of both keeping rows no row meets.
 */

/** "… over the rows whose", "for the rows where": the words that open a set of rows. */
const ROWS_OPENING = String.raw`\b(?:over|for|among|across|in|on)\s+(?:the\s+)?(?:rows?|records|entries)\s+(?:whose|where|with|in which)\s+`;

/** A sentence: the figure and its first rows, then ", and" with the second rows alone. */
const TWO_ROW_SETS = new RegExp(
  String.raw`^(?<figure>.+?)(?<first>${ROWS_OPENING}.+?),?\s+and\s+(?<second>${ROWS_OPENING}.+?)(?<end>[.;]?)\s*$`,
  'i',
);

/** Words by which a figure is asked, which the second part must leave out. */
const FIGURE_WORD =
  /\b(?:count|mean|average|median|sum|total|maximum|minimum|standard deviation|variance|share|percent(?:age)?|proportion|take|compute|calculate|find)\b/i;

/** The sentence as two when it asks one figure over two sets of rows; as it is otherwise. */
function splitComparedRows(sentence: string): string[] {
  const match = TWO_ROW_SETS.exec(sentence);
  if (!match?.groups) return [sentence];
  const { figure, first, second, end } = match.groups;
  if (
    !FIGURE_WORD.test(figure!) ||
    FIGURE_WORD.test(second!) ||
    new RegExp(ROWS_OPENING, 'i').test(first!.slice(4))
  )
    return [sentence];
  const stop = end === '' ? '.' : end!;
  return [`${figure}${first}${stop}`, `${figure}${second}${stop}`];
}

/** Constraints with each sentence that asks one figure over two sets of rows written as two. */
export function withComparedRowsSplit(constraints: string): string {
  return constraints
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .flatMap((sentence) => splitComparedRows(sentence))
        .join(' '),
    )
    .join('\n');
}
