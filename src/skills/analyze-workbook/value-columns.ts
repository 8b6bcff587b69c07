/**
 * @module value-columns
 * A value the question names that two columns hold ("against Leeds" with Team and Opposing
 * team): the words right before the value, or the verb right after it ("did Leeds win" with
 * Winner and Runner-up), say which column it is, or nothing is chosen.
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
/** Words between a value and the column named after it: "X as the Home team", "X listed as the Winner", "X in the Venue column". */
const AFTER_LINKS = new Set(['as', 'listed', 'in', 'under']);

/**
 * The roles a verb gives the value it follows ("did Leeds win", "Leeds lost") or precedes with
 * "by" ("won by Leeds"), each with the words of a column's name for that role.
 */
type Role = {
  readonly verbs: ReadonlySet<string>;
  readonly columnWords: ReadonlySet<string>;
  /** What a slot may call the rows of that role ("@af_losses", "@titles_won"). */
  readonly nouns: ReadonlySet<string>;
};
const ROLES: readonly Role[] = [
  {
    verbs: new Set(['win', 'wins', 'won', 'winning']),
    columnWords: new Set([
      'winner',
      'winners',
      'winning',
      'won',
      'victor',
      'victors',
      'champion',
      'champions',
    ]),
    nouns: new Set(['victory', 'victories', 'title', 'titles']),
  },
  {
    verbs: new Set(['lose', 'loses', 'lost', 'losing']),
    columnWords: new Set(['loser', 'losers', 'losing', 'lost', 'runner', 'runners']),
    nouns: new Set(['loss', 'losses', 'defeat', 'defeats']),
  },
];

/** The verbs and nouns of the role a column's name (its words) is for: "lost", "losses" for Losing team. */
export function roleWords(column: readonly string[]): string[] {
  const role = ROLES.find((item) => column.some((word) => item.columnWords.has(word)));
  return role ? [...role.verbs, ...role.nouns] : [];
}
/** Words between a value and its verb: "did Leeds ever win", "Leeds has won". */
const AUXILIARIES = new Set(['ever', 'has', 'have', 'had', 'never', 'not', 'also', 'actually']);

/** The role the verb right after the value (words[end]) or "won by" right before it (words[start]) gives it. */
function roleOf(words: readonly string[], start: number, end: number): Role | undefined {
  let after = end;
  while (after < words.length && AUXILIARIES.has(words[after]!)) after++;
  const verbAfter = words[after];
  const verbBefore = words[start - 1] === 'by' ? words[start - 2] : undefined;
  return ROLES.find(
    (role) =>
      (verbAfter !== undefined && role.verbs.has(verbAfter)) ||
      (verbBefore !== undefined && role.verbs.has(verbBefore)),
  );
}

/** The words after position `end`, with linking words and "as" dropped. */
function wordsAfter(words: readonly string[], end: number, count: number): string[] {
  const kept: string[] = [];
  for (let index = end; index < words.length && kept.length < count; index++) {
    const word = words[index]!;
    if (!LINKS.has(word) && !AFTER_LINKS.has(word)) kept.push(word);
  }
  return kept;
}

/** The index of the one longest column name the words give in full; undefined for none or a tie. */
function longestNamed(
  columns: readonly (readonly string[])[],
  written: (length: number) => readonly string[],
): number | undefined {
  const named = columns
    .map((name, index) => ({ index, length: name.length }))
    .filter(({ index, length }) => {
      const words = written(length);
      return length > 0 && words.length === length && words.every((word, k) => word === columns[index]![k]);
    })
    .sort((a, b) => b.length - a.length);
  if (named.length === 0 || (named.length > 1 && named[0]!.length === named[1]!.length)) return undefined;
  return named[0]!.index;
}

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
 * Which of the columns (given by their names' words) holding the value at words[start, end) the
 * question points to: the one named right before it ("whose Opposing team is Leeds"; the
 * longest name when one ends another), the one named for the other side after "against",
 * "versus", "opponent", the one named for the role a verb gives it ("did Leeds win" → Winner,
 * "did Leeds lose" → Runner-up), or the one named right after it ("Leeds as the Home team").
 * Undefined when the words do not tell them apart.
 */
export function pointedColumn(
  words: readonly string[],
  start: number,
  columns: readonly (readonly string[])[],
  end = start + 1,
): number | undefined {
  if (opposedBefore(words, start)) {
    const opposed = columns.flatMap((name, index) =>
      name.some((word) => OPPOSED_COLUMN.has(word)) ? [index] : [],
    );
    return opposed.length === 1 ? opposed[0] : undefined;
  }
  const before = longestNamed(columns, (length) => wordsBefore(words, start, length));
  if (before !== undefined) return before;
  const role = roleOf(words, start, end);
  if (role) {
    const cast = columns.flatMap((name, index) =>
      name.some((word) => role.columnWords.has(word)) ? [index] : [],
    );
    return cast.length === 1 ? cast[0] : undefined;
  }
  return longestNamed(columns, (length) => wordsAfter(words, end, length));
}
