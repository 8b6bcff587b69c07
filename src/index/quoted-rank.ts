/**
 * @module quoted-rank
 * Quoted history below new text: where a search takes passages of quoted messages
 * (quoted-chunks.ts) beside the others, every other passage comes first, each part in its own
 * order. A quoted message whose text is also among the ranked passages (its original, indexed
 * from another folder) is left out: it is said once. The same message quoted under replies in
 * several folders is said once too, by its earliest copy at the best copy's place: a question
 * asked before the later reply was written still finds the message.
 */
import { messageOpening } from '../formats/mail/index-text.ts';
import { quoteOf } from './quoted-chunks.ts';
import type { Chunk } from './types.ts';

/** Whether `chunk` was written before `other` (a chunk without a date is not). */
const writtenBefore = (chunk: Chunk, other: Chunk) =>
  chunk.date !== undefined && (other.date === undefined || chunk.date < other.date);

/** The ranked passages with quoted messages after the others, and repeats of a passage ranked with them left out. */
export function quotedLast<T extends { readonly chunk: Chunk }>(items: readonly T[]): T[] {
  if (!items.some((item) => quoteOf(item.chunk))) return [...items];
  const own = items.filter((item) => !quoteOf(item.chunk));
  const openings = new Set(own.map((item) => messageOpening(item.chunk.text)));
  const quoted: T[] = [];
  // Where each quoted message's copy stands among `quoted`.
  const placed = new Map<string, number>();
  for (const item of items) {
    if (!quoteOf(item.chunk)) continue;
    const opening = messageOpening(item.chunk.text);
    if (openings.has(opening)) continue;
    const at = placed.get(opening);
    if (at === undefined) {
      placed.set(opening, quoted.length);
      quoted.push(item);
    } else if (writtenBefore(item.chunk, quoted[at]!.chunk)) quoted[at] = item;
  }
  return [...own, ...quoted];
}
