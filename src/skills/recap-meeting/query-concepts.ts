/**
 * @module query-concepts
 * A query's words counted once per concept when locating its passage: two query words the
 * meeting says in nearly the same turns ("remote" and "control" in a meeting about a remote
 * control) name one thing, and counting each in full lets that one thing outweigh the other
 * words of the query ("the price of the remote control" located where the product is named,
 * not where its price is discussed). Words whose turn sets nearly coincide form one concept
 * (joined pairwise, so a chain of such pairs is one concept), and each word of a concept of n
 * words weighs 1/n of its weight. Words that are often but not nearly always said together are
 * left alone: weighing every pair down by its overlap lowered the answers (2026-12-05).
 */

/** Overlap of two words' turn sets (shared turns ÷ turns saying either) from which they name one thing. */
export const SAME_CONCEPT_OVERLAP = 0.7;

/**
 * The query's term weights with the words of one concept sharing its weight; `turnTerms` are the
 * meeting's turns as content terms. Words the meeting never says keep their weight.
 */
export function weightsPerConcept(
  turnTerms: readonly (readonly string[])[],
  weights: ReadonlyMap<string, number>,
  minOverlap: number = SAME_CONCEPT_OVERLAP,
): Map<string, number> {
  const terms = [...weights.keys()];
  if (terms.length < 2) return new Map(weights);
  const turnsOf = terms.map((term) => {
    const turns = new Set<number>();
    turnTerms.forEach((said, turn) => {
      if (said.includes(term)) turns.add(turn);
    });
    return turns;
  });
  const group = terms.map((_, i) => i);
  const root = (i: number): number => {
    let at = i;
    while (group[at] !== at) at = group[at] ?? at;
    return at;
  };
  for (let i = 0; i < terms.length; i++)
    for (let j = i + 1; j < terms.length; j++)
      if (overlap(turnsOf[i], turnsOf[j]) >= minOverlap) group[root(i)] = root(j);
  const size = new Map<number, number>();
  for (let i = 0; i < terms.length; i++) size.set(root(i), (size.get(root(i)) ?? 0) + 1);
  return new Map(terms.map((term, i) => [term, (weights.get(term) ?? 0) / (size.get(root(i)) ?? 1)]));
}

function overlap(a: ReadonlySet<number> = new Set(), b: ReadonlySet<number> = new Set()): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const turn of a) if (b.has(turn)) both++;
  return both / (a.size + b.size - both);
}
