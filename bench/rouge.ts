/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 with the conventions of Google's rouge-score package:
 * lowercase, replace every non-[a-z0-9] run by a space, Porter-stem tokens longer than 3
 * characters; ROUGE-L is the sentence-level LCS ("rougeL", not "rougeLsum").
 */
import { stemmer } from 'stemmer';

export type RougeScores = { readonly rouge1: number; readonly rouge2: number; readonly rougeL: number };

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token.length > 0)
    .map((token) => (token.length > 3 ? stemmer(token) : token));
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, predicted: number, reference: number): number {
  if (predicted === 0 || reference === 0 || overlap === 0) return 0;
  const precision = overlap / predicted;
  const recall = overlap / reference;
  return (2 * precision * recall) / (precision + recall);
}

function rougeN(prediction: readonly string[], reference: readonly string[], n: number): number {
  const p = ngrams(prediction, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of p) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(prediction.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function rouge(prediction: string, reference: string): RougeScores {
  const p = rougeTokens(prediction);
  const r = rougeTokens(reference);
  return {
    rouge1: rougeN(p, r, 1),
    rouge2: rougeN(p, r, 2),
    rougeL: f1(lcsLength(p, r), p.length, r.length),
  };
}
