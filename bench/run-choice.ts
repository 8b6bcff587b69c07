/**
 * Where a query's candidate passages lie against its reference spans: whether the passages the
 * answer is drawn from overlap a span, whether the candidate run holding most query weight does,
 * and whether any candidate run does. The last is the ceiling of choosing better among the runs
 * the locator already finds; a query none of whose runs overlaps a span needs its passage found,
 * not chosen.
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
  };
}
