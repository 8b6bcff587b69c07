/**
 * The shape of recap's answers against the reference spans and answers (`--shape`): how often a
 * sentence lies in a span by the order it was chosen (the best first), how many passages an
 * answer's cited turns fall into (turns more than `PASSAGE_GAP` apart start a new one) and whether
 * the passage holding the first choice lies in a span more often than the others, and how long
 * answers are against the reference answers, with what leaving out the last chosen sentence, or
 * stopping at the best number of sentences for each answer (a ceiling no rule reaches), would give.
 */
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { rouge, rougeTokens } from './rouge.ts';

export const PICK_RANKS = ['1st', '2nd', '3rd', '4th+'] as const;
export const PASSAGE_GAP = 8;

type Tally = { turns: number; inside: number };

export type AnswerShape = {
  answers: number;
  /** Cited turns (one per sentence) in a span, by the order the sentence was chosen (`PICK_RANKS`). */
  byRank: Tally[];
  /** Answers whose cited turns form 1, 2 and 3 or more passages. */
  passages: [number, number, number];
  /** Distinct cited turns of the passage holding the first choice, and of the other passages. */
  firstPassage: Tally;
  otherPassages: Tally;
  /** Words (ROUGE tokens) of each answer and of its reference answer. */
  ours: number[];
  reference: number[];
  /** Sums over answers of ROUGE-1 precision and recall, and of ROUGE-1 F as given, without its last chosen sentence, and at its best prefix of chosen sentences. */
  precision: number;
  recall: number;
  full: number;
  dropLast: number;
  bestPrefix: number;
};

export const emptyShape = (): AnswerShape => ({
  answers: 0,
  byRank: PICK_RANKS.map(() => ({ turns: 0, inside: 0 })),
  passages: [0, 0, 0],
  firstPassage: { turns: 0, inside: 0 },
  otherPassages: { turns: 0, inside: 0 },
  ours: [],
  reference: [],
  precision: 0,
  recall: 0,
  full: 0,
  dropLast: 0,
  bestPrefix: 0,
});

/** One answer sentence: its text, the turn it cites and the order it was chosen in (0 first). */
export type ChosenSentence = { readonly text: string; readonly turn: number; readonly rank: number };

const inside = (turn: number, spans: readonly QmsumSpan[]) =>
  spans.some((span) => turn >= span.start && turn <= span.end);

/** ROUGE-1 precision and recall (the tokens of rouge.ts). */
export function unigramPrecisionRecall(
  prediction: string,
  reference: string,
): { precision: number; recall: number } {
  const counts = (tokens: readonly string[]) => {
    const out = new Map<string, number>();
    for (const token of tokens) out.set(token, (out.get(token) ?? 0) + 1);
    return out;
  };
  const p = rougeTokens(prediction);
  const r = rougeTokens(reference);
  const rc = counts(r);
  let overlap = 0;
  for (const [token, count] of counts(p)) overlap += Math.min(count, rc.get(token) ?? 0);
  return { precision: p.length ? overlap / p.length : 0, recall: r.length ? overlap / r.length : 0 };
}

/** The passages of an answer: its distinct cited turns, split where two lie more than `PASSAGE_GAP` apart, each with its best (lowest) rank. */
export function passagesOf(sentences: readonly ChosenSentence[]): { turns: number[]; rank: number }[] {
  const sorted = [...sentences].sort((a, b) => a.turn - b.turn);
  const out: { turns: number[]; rank: number }[] = [];
  for (const sentence of sorted) {
    const last = out.at(-1);
    if (last && sentence.turn - (last.turns.at(-1) ?? 0) <= PASSAGE_GAP) {
      if (!last.turns.includes(sentence.turn)) last.turns.push(sentence.turn);
      last.rank = Math.min(last.rank, sentence.rank);
    } else out.push({ turns: [sentence.turn], rank: sentence.rank });
  }
  return out;
}

/** Counts one answer (its sentences in meeting order) into `into`. */
export function countShape(
  into: AnswerShape,
  sentences: readonly ChosenSentence[],
  spans: readonly QmsumSpan[],
  reference: string,
): void {
  if (sentences.length === 0) return;
  into.answers++;
  for (const sentence of sentences) {
    const tally = into.byRank[Math.min(sentence.rank, PICK_RANKS.length - 1)];
    if (!tally) continue;
    tally.turns++;
    if (inside(sentence.turn, spans)) tally.inside++;
  }
  const passages = passagesOf(sentences).sort((a, b) => a.rank - b.rank);
  into.passages[Math.min(passages.length, 3) - 1]++;
  passages.forEach((passage, i) => {
    const tally = i === 0 ? into.firstPassage : into.otherPassages;
    tally.turns += passage.turns.length;
    tally.inside += passage.turns.filter((turn) => inside(turn, spans)).length;
  });
  const text = (upTo: number) =>
    sentences
      .filter((sentence) => sentence.rank < upTo)
      .map((sentence) => sentence.text)
      .join(' ');
  const all = text(Number.POSITIVE_INFINITY);
  into.ours.push(rougeTokens(all).length);
  into.reference.push(rougeTokens(reference).length);
  const { precision, recall } = unigramPrecisionRecall(all, reference);
  into.precision += precision;
  into.recall += recall;
  const prefixes = sentences.map((_, k) => rouge(text(k + 1), reference).rouge1);
  into.full += prefixes.at(-1) ?? 0;
  into.dropLast += prefixes.at(-2) ?? prefixes.at(-1) ?? 0;
  into.bestPrefix += Math.max(...prefixes);
}

/** The 10th, 25th, 50th, 75th and 90th percentiles. */
export function percentiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => sorted[Math.floor(p * sorted.length)] ?? 0);
}
