/**
 * @module snippet
 * A short passage of a chunk around the densest cluster of query terms.
 */
import { analyze } from './analyze.ts';

/** Picks the window of about `size` words that holds the most distinct query terms. */
export function makeSnippet(text: string, queryTerms: ReadonlySet<string>, size = 30): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= size) return words.join(' ');
  if (queryTerms.size === 0) return `${words.slice(0, size).join(' ')} …`;
  const hits = words.map((word) => {
    const terms = analyze(word);
    return terms.find((term) => queryTerms.has(term));
  });
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + size <= words.length; start += Math.max(1, Math.floor(size / 3))) {
    const seen = new Set<string>();
    let count = 0;
    for (let i = start; i < start + size; i++) {
      const hit = hits[i];
      if (hit) {
        seen.add(hit);
        count++;
      }
    }
    const score = seen.size * 10 + count;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  const lead = Math.max(0, best);
  const end = Math.min(words.length, lead + size);
  return `${lead > 0 ? '… ' : ''}${words.slice(lead, end).join(' ')}${end < words.length ? ' …' : ''}`;
}
