/**
 * Locating a query's passage by the meeting's topics, for bench/segment-locator.ts: the transcript
 * cut into topic segments by TextTiling over words (Hearst 1997; recap's own segmenter,
 * segment-topics.ts, tiles blocks of turns), the segments ranked for the query by the index's
 * ranking (bench/turn-windows.ts `windowScores`, through `rankTexts`) and the best one or two
 * picked (`pickWindows`), and recap's own passages cut to the picked segments. Measured on
 * 2026-12-05 and not adopted by recap (docs/recap-and-ask.md, eighth round).
 */
import { cosine, termCounts } from '../src/skills/recap-meeting/text-terms.ts';
import type { TurnWindow } from './turn-windows.ts';

export type TilingOptions = {
  /** Content words per pseudo-sentence (TextTiling's token sequence). */
  readonly sequence?: number;
  /** Pseudo-sentences per block either side of a gap. */
  readonly block?: number;
  /** A gap is a boundary when its depth exceeds the mean depth plus this many standard deviations. */
  readonly cutoff?: number;
  /** Fewest turns in a segment. */
  readonly minTurns?: number;
  /** Only a valley's lowest gap may be a boundary, not the gaps on its slopes (Hearst's rule). */
  readonly valleysOnly?: boolean;
};

/** A gap no higher than the gaps either side of it. */
const isValley = (gaps: readonly number[], i: number) =>
  (gaps[i] ?? 0) <= (gaps[i - 1] ?? Number.POSITIVE_INFINITY) &&
  (gaps[i] ?? 0) <= (gaps[i + 1] ?? Number.POSITIVE_INFINITY);

/**
 * Topic segments (ends included, covering every turn) of a meeting given as each turn's content
 * terms: the terms in order cut into pseudo-sentences of `sequence` terms; at each gap between
 * pseudo-sentences the cosine of the `block` pseudo-sentences either side, smoothed over three
 * gaps; each gap's depth below the nearest peaks either side (climbing while the similarity rises);
 * the deepest gaps past the cutoff become boundaries, each at the start of the turn that holds the
 * first term after it, none closer than `minTurns` to another or to an end. Tiling words rather
 * than turns lets a run of short replies weigh as little as it says. Smoothing makes the gaps
 * on a boundary's slopes part of its valley; `minTurns` keeps them from cutting again, except
 * where they lie further apart than that in turns (pseudo-sentences of few turns' words, or turns
 * without a content word between them), and there they cut off short segments at the boundary;
 * `valleysOnly` lets only the valley's lowest gap cut (on 2026-12-05 that gave longer segments
 * and located no better: docs/recap-and-ask.md).
 */
export function tileTopics(
  turnTerms: readonly (readonly string[])[],
  options: TilingOptions = {},
): TurnWindow[] {
  const sequence = options.sequence ?? 20;
  const block = options.block ?? 15;
  const cutoff = options.cutoff ?? 0.5;
  const minTurns = options.minTurns ?? 5;
  const valleysOnly = options.valleysOnly ?? false;
  const n = turnTerms.length;
  if (n === 0) return [];
  const tokens = turnTerms.flatMap((terms, turn) => terms.map((term) => ({ term, turn })));
  const sentences: { readonly terms: string[]; readonly turn: number }[] = [];
  for (let at = 0; at < tokens.length; at += sequence) {
    const part = tokens.slice(at, at + sequence);
    sentences.push({ terms: part.map((token) => token.term), turn: part[0]?.turn ?? 0 });
  }
  const blockOf = (from: number, to: number) =>
    termCounts(sentences.slice(Math.max(0, from), Math.max(0, to)).flatMap((sentence) => sentence.terms));
  // raw[g]: the similarity across the gap before pseudo-sentence g + 1.
  const raw: number[] = [];
  for (let g = 1; g < sentences.length; g++) raw.push(cosine(blockOf(g - block, g), blockOf(g, g + block)));
  const gaps = raw.map((value, i) => ((raw[i - 1] ?? value) + value + (raw[i + 1] ?? value)) / 3);
  const depths = gaps.map((value, i) => {
    let left = value;
    for (let j = i - 1; j >= 0 && (gaps[j] ?? 0) >= left; j--) left = gaps[j] ?? left;
    let right = value;
    for (let j = i + 1; j < gaps.length && (gaps[j] ?? 0) >= right; j++) right = gaps[j] ?? right;
    return left - value + (right - value);
  });
  const mean = depths.reduce((sum, depth) => sum + depth, 0) / Math.max(depths.length, 1);
  const sd = Math.sqrt(
    depths.reduce((sum, depth) => sum + (depth - mean) ** 2, 0) / Math.max(depths.length, 1),
  );
  const candidates = depths
    .map((depth, i) => ({ depth, turn: sentences[i + 1]?.turn ?? 0 }))
    .filter(
      (item, i) => item.depth > 0 && item.depth > mean + cutoff * sd && (!valleysOnly || isValley(gaps, i)),
    )
    .sort((a, b) => b.depth - a.depth);
  const cuts: number[] = [];
  for (const { turn } of candidates) {
    if (turn < minTurns || n - turn < minTurns) continue;
    if (cuts.some((cut) => Math.abs(cut - turn) < minTurns)) continue;
    cuts.push(turn);
  }
  const bounds = [0, ...cuts.sort((a, b) => a - b), n];
  return bounds.slice(0, -1).map((from, k) => ({ from, to: (bounds[k + 1] ?? n) - 1 }));
}

/**
 * Recap's passages cut to the picked segments: each passage's part inside a picked segment, and
 * a passage inside none left out. Recap's passages stand unchanged when none of them meets a
 * picked segment, or when the cut passages hold fewer than `minWords` words of candidate
 * sentences (`unitWords`: each turn's words in sentences recap may answer from), too few for an
 * answer.
 */
export function passagesInSegments(
  passages: readonly TurnWindow[],
  segments: readonly TurnWindow[],
  unitWords: readonly number[],
  minWords: number,
): TurnWindow[] {
  const cut = passages.flatMap((passage) =>
    segments
      .filter((segment) => segment.from <= passage.to && passage.from <= segment.to)
      .map((segment) => ({
        from: Math.max(passage.from, segment.from),
        to: Math.min(passage.to, segment.to),
      })),
  );
  if (cut.length === 0) return [...passages];
  let words = 0;
  for (const part of cut) for (let turn = part.from; turn <= part.to; turn++) words += unitWords[turn] ?? 0;
  return words >= minWords ? cut : [...passages];
}
