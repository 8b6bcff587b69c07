/**
 * @module quoted-rank
 * Quoted history below new text: where a search takes passages of quoted messages
 * (quoted-chunks.ts) beside the others, every other passage comes first, each part in its own
 * order. A quoted message whose text is also among the ranked passages (its original, indexed
 * from another folder, or the same message quoted under a reply in another folder) is left
 * out: it is said once.
 */
import { messageOpening } from '../formats/mail/index-text.ts';
import { quoteOf } from './quoted-chunks.ts';
import type { Chunk } from './types.ts';

/** The ranked passages with quoted messages after the others, and repeats of a passage ranked with them left out. */
export function quotedLast<T extends { readonly chunk: Chunk }>(items: readonly T[]): T[] {
  if (!items.some((item) => quoteOf(item.chunk))) return [...items];
  const own = items.filter((item) => !quoteOf(item.chunk));
  const openings = new Set(own.map((item) => messageOpening(item.chunk.text)));
  const quoted = items.filter((item) => {
    if (!quoteOf(item.chunk)) return false;
    const opening = messageOpening(item.chunk.text);
    if (openings.has(opening)) return false;
    openings.add(opening);
    return true;
  });
  return [...own, ...quoted];
}
