/**
 * Where an answer's cited turns lie against the reference spans, answer by answer: all inside,
 * none inside, or some of each ("mixed"); for the turns outside, how far they lie from the
 * nearest span (an edge a few turns off is the passage found and cut a little wide; many turns
 * off is another passage); and, for the answers citing nothing inside, whether some candidate run
 * of the locator overlapped a span (the passage found but outweighed) or none did (not found).
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';

/** Distances from the nearest span, in turns, that a turn outside is counted under. */
export const DISTANCES = [
  { label: '1–3', max: 3 },
  { label: '4–15', max: 15 },
  { label: '> 15', max: Number.POSITIVE_INFINITY },
] as const;

export type CitedWhere = {
  answers: number;
  allInside: number;
  noneInside: number;
  mixed: number;
  /** Turns outside a span in the mixed answers, per distance (`DISTANCES`). */
  mixedOutside: number[];
  /** Turns cited by the answers citing nothing inside, per distance. */
  noneOutside: number[];
  /** Answers citing nothing inside for which some candidate run overlapped a span. */
  noneRunFound: number;
};

export const emptyWhere = (): CitedWhere => ({
  answers: 0,
  allInside: 0,
  noneInside: 0,
  mixed: 0,
  mixedOutside: DISTANCES.map(() => 0),
  noneOutside: DISTANCES.map(() => 0),
  noneRunFound: 0,
});

/** Turns from `turn` to the nearest span (0 inside one). */
export function distanceToSpans(turn: number, spans: readonly QmsumSpan[]): number {
  return Math.min(
    ...spans.map((span) => (turn < span.start ? span.start - turn : turn > span.end ? turn - span.end : 0)),
  );
}

const bucket = (distance: number) => DISTANCES.findIndex((item) => distance <= item.max);

/** Counts one answer (its distinct cited turns) into `into`; `runFound`: some candidate run overlapped a span. */
export function countWhere(
  into: CitedWhere,
  turns: readonly number[],
  spans: readonly QmsumSpan[],
  runFound: boolean,
): void {
  const cited = [...new Set(turns)];
  if (cited.length === 0 || spans.length === 0) return;
  into.answers++;
  const distances = cited.map((turn) => distanceToSpans(turn, spans));
  const outside = distances.filter((distance) => distance > 0);
  if (outside.length === 0) into.allInside++;
  else if (outside.length === cited.length) {
    into.noneInside++;
    if (runFound) into.noneRunFound++;
    for (const distance of outside)
      into.noneOutside[bucket(distance)] = (into.noneOutside[bucket(distance)] ?? 0) + 1;
  } else {
    into.mixed++;
    for (const distance of outside)
      into.mixedOutside[bucket(distance)] = (into.mixedOutside[bucket(distance)] ?? 0) + 1;
  }
}
