/**
 * Building blocks of the synthetic corpora the search and ask benchmarks generate: a made-up
 * vocabulary from syllables, and a sampler that draws word ranks with a Zipf distribution.
 */
import { seededRandom } from '../src/lib/random.ts';

/** `size` distinct words of 2–4 syllables, the same for the same syllables and seed. */
export function vocabulary(size: number, syllables: readonly string[], seed = 7): string[] {
  const words = new Set<string>();
  const next = seededRandom(seed);
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

/** Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1)^1.05. */
export function zipfSampler(size: number, next: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** 1.05;
    cumulative.push(total);
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** The file record of a synthetic file written straight through `writeChunks`. */
export function syntheticFile(path: string, hash: string, owner = 'bench') {
  return { path, hash, size: 0, mtimeMs: 0, owner, readers: [owner], indexedAt: new Date(0).toISOString() };
}
