/**
 * @module value-columns
 * A value the question names that two columns hold ("against Leeds" with Team and Opposing
 * team): the words right before the value say which column it is, or nothing is chosen.
 * Words are lower-case and split as the callers split the question.
 */

/** Words before a value that make it the other side: "against Leeds", "versus Leeds". */
const OPPOSED = new Set(['against', 'versus', 'vs', 'v', 'facing', 'opponent', 'opponents', 'opposition']);
/** Words of a column's name for the other side: "Opposing team", "Opponent", "Against". */
const OPPOSED_COLUMN = new Set([
  'opposing',
  'opponent',
  'opponents',
  'opposition',
  'against',
  'versus',
  'vs',
  'rival',
  'rivals',
]);
/** Words between a column's name and its value: "whose Team is Leeds", "the opponent was Leeds". */
const LINKS = new Set(['the', 'is', 'was', 'were', 'are', 'being', 'of', 'equals', 'a', 'an']);

/** The words before position `start`, with linking words dropped, nearest last. */
function wordsBefore(words: readonly string[], start: number, count: number): string[] {
  const kept: string[] = [];
  for (let index = start - 1; index >= 0 && kept.length < count; index--) {
    const word = words[index]!;
    if (!LINKS.has(word)) kept.unshift(word);
  }
  return kept;
}

/** Whether "against", "versus", "opponent" stands right before the value at words[start]. */
export function opposedBefore(words: readonly string[], start: number): boolean {
  return wordsBefore(words, start, 2).some((word) => OPPOSED.has(word));
}

/**
 * Which of the columns (given by their names' words) holding the value at words[start] the
 * question points to: the one named right before it ("whose Opposing team is Leeds"; the
 * longest name when one ends another), or the one named for the other side after "against",
 * "versus", "opponent". Undefined when the words do not tell them apart.
 */
export function pointedColumn(
  words: readonly string[],
  start: number,
  columns: readonly (readonly string[])[],
): number | undefined {
  if (opposedBefore(words, start)) {
    const opposed = columns.flatMap((name, index) =>
      name.some((word) => OPPOSED_COLUMN.has(word)) ? [index] : [],
    );
    return opposed.length === 1 ? opposed[0] : undefined;
  }
  const named = columns
    .map((name, index) => ({ index, length: name.length }))
    .filter(({ index, length }) => {
      const before = wordsBefore(words, start, length);
      return length > 0 && before.length === length && before.every((word, k) => word === columns[index]![k]);
    })
    .sort((a, b) => b.length - a.length);
  if (named.length === 0 || (named.length > 1 && named[0]!.length === named[1]!.length)) return undefined;
  return named[0]!.index;
}
