/**
 * Where a query's candidate passages lie against its reference spans: whether the passages the
 * answer is drawn from overlap a span, whether the candidate run holding most query weight does,
 * and whether any candidate run does. The last is the ceiling of choosing better among the runs
 * the locator already finds; a query none of whose runs overlaps a span needs its passage found,
 * not chosen. The share of the chosen passages' turns inside a span is the locating step's
 * precision: a passage that overlaps the span but runs far past it draws candidates from outside.
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';

export type Run = { readonly from: number; readonly to: number };
export type RunChoice = {
  /** Some passage the answer is drawn from overlaps a span. */
  readonly chosen: boolean;
  /** The candidate run holding most query weight overlaps a span. */
  readonly best: boolean;
  /** Some candidate run overlaps a span. */
  readonly any: boolean;
  /** Share of the chosen passages' turns that lie inside a span (0 when no passage is chosen). */
  readonly insideShare: number;
};

/** Whether a run of turns (ends included) shares a turn with any span. */
export function overlapsSpans(run: Run, spans: readonly QmsumSpan[]): boolean {
  return spans.some((span) => run.from <= span.end && span.start <= run.to);
}

export function runChoice(
  chosen: readonly Run[],
  candidates: readonly { readonly run: Run; readonly weight: number }[],
  spans: readonly QmsumSpan[],
): RunChoice {
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (top, item) => (top === undefined || item.weight > top.weight ? item : top),
    undefined,
  );
  return {
    chosen: chosen.some((run) => overlapsSpans(run, spans)),
    best: best !== undefined && overlapsSpans(best.run, spans),
    any: candidates.some((item) => overlapsSpans(item.run, spans)),
    insideShare: insideShare(chosen, spans),
  };
}

/** Share of the turns of some runs (ends included) that lie inside a span; 0 for no turns. */
export function insideShare(runs: readonly Run[], spans: readonly QmsumSpan[]): number {
  let turns = 0;
  let inside = 0;
  for (const run of runs)
    for (let turn = run.from; turn <= run.to; turn++) {
      turns++;
      if (spans.some((span) => turn >= span.start && turn <= span.end)) inside++;
    }
  return turns > 0 ? inside / turns : 0;
}
