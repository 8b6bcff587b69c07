/**
 * How clearly the locator's heaviest candidate passage stands out, against whether the answer
 * found the reference passage: the margin is the second-heaviest run's query weight as a share of
 * the heaviest's (0 with one run: nothing else competes; near 1: two passages say the query's words
 * about as much). If answers with a low margin find the passage far more often than those with a
 * high one, the margin is a signal an answer could act on (hedging, or answering from both); if
 * not, it is none.
 */

/** Upper ends (inclusive) of the margin bands the view reports. */
export const MARGIN_BANDS = [
  { label: '< 0.3', max: 0.3 },
  { label: '0.3–0.6', max: 0.6 },
  { label: '0.6–0.8', max: 0.8 },
  { label: '≥ 0.8', max: Number.POSITIVE_INFINITY },
] as const;

/** The second-heaviest run's weight over the heaviest's; 0 with fewer than two runs or no weight. */
export function runMargin(weights: readonly number[]): number {
  const sorted = [...weights].sort((a, b) => b - a);
  const best = sorted[0] ?? 0;
  return best > 0 ? (sorted[1] ?? 0) / best : 0;
}

/** The index of the band (`MARGIN_BANDS`) a margin falls in. */
export function marginBand(margin: number): number {
  const at = MARGIN_BANDS.findIndex((band) => margin < band.max);
  return at >= 0 ? at : MARGIN_BANDS.length - 1;
}

export type MarginTotals = {
  /** Answers per band. */
  answers: number[];
  /** Answers per band whose chosen passages overlap a span. */
  found: number[];
  /** Distinct cited turns per band, and those inside a span. */
  cited: number[];
  citedInside: number[];
};

export const emptyMargins = (): MarginTotals => ({
  answers: MARGIN_BANDS.map(() => 0),
  found: MARGIN_BANDS.map(() => 0),
  cited: MARGIN_BANDS.map(() => 0),
  citedInside: MARGIN_BANDS.map(() => 0),
});

/** Counts one answer under its band. */
export function countMargin(
  totals: MarginTotals,
  margin: number,
  found: boolean,
  cited: number,
  citedInside: number,
): void {
  const band = marginBand(margin);
  totals.answers[band] = (totals.answers[band] ?? 0) + 1;
  if (found) totals.found[band] = (totals.found[band] ?? 0) + 1;
  totals.cited[band] = (totals.cited[band] ?? 0) + cited;
  totals.citedInside[band] = (totals.citedInside[band] ?? 0) + citedInside;
}
