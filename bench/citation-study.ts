/**
 * Which turns an answer cites, against the reference spans: how many turns an answer and a
 * sentence cite, how precise the citations are inside the answers that find the passage at all,
 * and how precise they would be under other citation rules: only the turns of the run holding
 * most query weight (for answers drawn from two runs), only turns that say a query word (a
 * sentence taken from a context turn left uncited), and the ceiling of any rule that prunes
 * citations within an answer (every cited turn outside a span dropped from the answers that
 * cite some turn inside one; the answers that cite none keep theirs, since pruning cannot tell).
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';

/** One answer sentence: the turn it cites and what the locator knows of that turn. */
export type CitedSentence = {
  readonly turn: number;
  /** The turn says one of the query's words (its own relevance is above zero). */
  readonly saysQuery: boolean;
  /** The turn lies in the candidate run holding most query weight (or the answer has one passage). */
  readonly inBestRun: boolean;
};

/** A cited-turn count and how many of those turns lie inside a span. */
export type Tally = { readonly turns: number; readonly inside: number };

export type CitationFigures = {
  readonly answers: number;
  readonly sentences: number;
  /** Distinct cited turns, summed over answers (a turn two sentences come from counts once). */
  readonly cited: Tally;
  /** Answers citing at least one turn inside a span, and their citations. */
  readonly hitAnswers: number;
  readonly withinHits: Tally;
  /** Citations if only the turns of the best-weighted run were cited. */
  readonly bestRunOnly: Tally;
  /** Citations if only turns saying a query word were cited. */
  readonly saysQueryOnly: Tally;
  /** Citations if every turn outside a span were dropped from the answers that hit. */
  readonly pruningCeiling: Tally;
};

const inside = (turn: number, spans: readonly QmsumSpan[]) =>
  spans.some((span) => turn >= span.start && turn <= span.end);

function tally(turns: Iterable<number>, spans: readonly QmsumSpan[]): Tally {
  const distinct = [...new Set(turns)];
  return { turns: distinct.length, inside: distinct.filter((turn) => inside(turn, spans)).length };
}

const add = (a: Tally, b: Tally): Tally => ({ turns: a.turns + b.turns, inside: a.inside + b.inside });

export function citationFigures(
  answers: readonly { readonly sentences: readonly CitedSentence[]; readonly spans: readonly QmsumSpan[] }[],
): CitationFigures {
  const zero: Tally = { turns: 0, inside: 0 };
  let sentences = 0;
  let hitAnswers = 0;
  let cited = zero;
  let withinHits = zero;
  let bestRunOnly = zero;
  let saysQueryOnly = zero;
  let pruningCeiling = zero;
  for (const { sentences: said, spans } of answers) {
    sentences += said.length;
    const all = tally(
      said.map((sentence) => sentence.turn),
      spans,
    );
    cited = add(cited, all);
    if (all.inside > 0) {
      hitAnswers++;
      withinHits = add(withinHits, all);
    }
    pruningCeiling = add(pruningCeiling, all.inside > 0 ? { turns: all.inside, inside: all.inside } : all);
    bestRunOnly = add(
      bestRunOnly,
      tally(
        said.filter((sentence) => sentence.inBestRun).map((sentence) => sentence.turn),
        spans,
      ),
    );
    saysQueryOnly = add(
      saysQueryOnly,
      tally(
        said.filter((sentence) => sentence.saysQuery).map((sentence) => sentence.turn),
        spans,
      ),
    );
  }
  return {
    answers: answers.length,
    sentences,
    cited,
    hitAnswers,
    withinHits,
    bestRunOnly,
    saysQueryOnly,
    pruningCeiling,
  };
}
