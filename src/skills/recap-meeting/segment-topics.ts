/**
 * @module segment-topics
 * Splits a meeting into topics by lexical cohesion (TextTiling over turns): where the words of
 * the turns before and after a point stop overlapping, a new topic starts. Each topic is
 * named by its most distinctive words.
 */

import { cosine, STOP_WORDS, stem, termCounts, words } from './text-terms.ts';
import type { PreparedTranscript } from './transcript-units.ts';

export type TopicSegment = { readonly from: number; readonly to: number; readonly label: string };

function blockCounts(terms: readonly (readonly string[])[], from: number, to: number): Map<string, number> {
  return termCounts(terms.slice(Math.max(0, from), Math.max(0, to)).flat());
}

/** Topic segments (inclusive turn ranges) of a prepared transcript. */
export function segmentTopics(
  prepared: PreparedTranscript,
  options: { block?: number; minTurns?: number; maxTopics?: number } = {},
): TopicSegment[] {
  const terms = prepared.turnTerms;
  const n = terms.length;
  if (n === 0) return [];
  const block = options.block ?? Math.max(3, Math.min(12, Math.round(n / 12)));
  const minTurns = options.minTurns ?? Math.max(3, Math.round(n / 15));
  const maxTopics = options.maxTopics ?? 8;
  const gaps: number[] = [];
  for (let i = 1; i < n; i++)
    gaps.push(cosine(blockCounts(terms, i - block, i), blockCounts(terms, i, i + block)));
  // Depth of each valley: how far it lies below the peaks on either side.
  const depths = gaps.map((value, i) => {
    let left = value;
    for (let j = i; j >= 0; j--) left = Math.max(left, gaps[j] ?? 0);
    let right = value;
    for (let j = i; j < gaps.length; j++) right = Math.max(right, gaps[j] ?? 0);
    return left - value + (right - value);
  });
  const mean = depths.reduce((a, b) => a + b, 0) / Math.max(depths.length, 1);
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(depths.length, 1));
  const candidates = depths
    .map((depth, i) => ({ depth, at: i + 1 }))
    .filter((item) => item.depth > mean + sd / 2)
    .sort((a, b) => b.depth - a.depth);
  const cuts: number[] = [];
  for (const candidate of candidates) {
    if (cuts.length >= maxTopics - 1) break;
    if (candidate.at < minTurns || n - candidate.at < minTurns) continue;
    if (cuts.some((cut) => Math.abs(cut - candidate.at) < minTurns)) continue;
    cuts.push(candidate.at);
  }
  cuts.sort((a, b) => a - b);
  const bounds = [0, ...cuts, n];
  const segments: TopicSegment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k] ?? 0;
    const to = (bounds[k + 1] ?? n) - 1;
    segments.push({ from, to, label: labelFor(prepared, from, to) });
  }
  return segments;
}

/** The segment's most distinctive words (tf × idf), in their most common spoken form. */
function labelFor(prepared: PreparedTranscript, from: number, to: number): string {
  const counts = blockCounts(prepared.turnTerms, from, to + 1);
  const surface = new Map<string, Map<string, number>>();
  for (let i = from; i <= to; i++) {
    for (const word of words(prepared.turnTexts[i] ?? '')) {
      if (STOP_WORDS.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
      const key = stem(word.replace(/'.*$/, ''));
      const forms = surface.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      surface.set(key, forms);
    }
  }
  const ranked = [...counts.entries()]
    .filter(([term, count]) => count >= 2 && surface.has(term))
    .map(([term, count]) => ({ term, score: Math.log(1 + count) * (prepared.idf.get(term) ?? 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  const labels = ranked.map(
    ({ term }) =>
      [...(surface.get(term) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
      term,
  );
  return labels.length ? labels.join(', ') : 'general discussion';
}
