/**
 * @module quoted-rank
 * Quoted history below new text: a passage made of a quoted message (quoted-chunks.ts) weighs
 * QUOTED_WEIGHT of its score, so a message's own words come first where both answer equally,
 * and the one that holds the fact still comes up where only the quote does. A quoted message
 * whose text is also among the ranked passages (its original, indexed from another folder, or
 * the same message quoted under a reply in another folder) is left out: it is said once.
 */
import { openingOf, quoteOf } from './quoted-chunks.ts';
import type { Chunk } from './types.ts';

/** The share of its score a quoted message keeps in the ranking. */
export const QUOTED_WEIGHT = 0.8;

/** The ranked passages with quoted messages weighed down, re-ordered, and repeats of a passage above them left out. */
export function quotedLast<T extends { readonly chunk: Chunk; readonly score: number }>(
  items: readonly T[],
): T[] {
  if (!items.some((item) => quoteOf(item.chunk))) return [...items];
  const weighed = items
    .map((item) => (quoteOf(item.chunk) ? { ...item, score: item.score * QUOTED_WEIGHT } : item))
    .sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
  // Own words first, so an original anywhere in the list wins over its quote.
  const openings = new Set(
    weighed.filter((item) => !quoteOf(item.chunk)).map((item) => openingOf(item.chunk.text)),
  );
  return weighed.filter((item) => {
    if (!quoteOf(item.chunk)) return true;
    const opening = openingOf(item.chunk.text);
    if (openings.has(opening)) return false;
    openings.add(opening);
    return true;
  });
}
