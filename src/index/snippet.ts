/**
 * @module snippet
 * A short passage of a chunk around the densest cluster of query terms, bounded in characters
 * for every script (a Chinese paragraph has no spaces to count words by).
 */
import { CJK_RUN, hasCjk, simplifyChinese, stem } from './analyze.ts';

/** The longest snippet, in characters, before the ellipses. */
export const SNIPPET_CHARS = 240;

const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.][\p{L}\p{M}\p{N}_]+)*/gu;
/** Only the head of very long chunks is searched for the best window. */
const SCAN_CHARS = 50_000;
/** How far a cut may move to land between words. */
const SNAP = 24;

type Hit = { readonly start: number; readonly end: number; readonly term: string };

function latinTerm(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('’')) word = word.replace(/’/g, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.includes("'")) word = word.replace(/'/g, '');
  return stem(word);
}

function latinHits(text: string, terms: ReadonlySet<string>, out: Hit[]): void {
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const term = latinTerm(match[0]);
    if (terms.has(term)) out.push({ start, end: start + match[0].length, term });
    else if (match[0].includes('.'))
      for (const part of match[0].split('.'))
        if (terms.has(latinTerm(part))) out.push({ start, end: start + match[0].length, term: part });
  }
}

function cjkHits(text: string, terms: readonly string[], out: Hit[]): void {
  for (const match of text.matchAll(CJK_RUN)) {
    const start = match.index ?? 0;
    const run = match[0];
    const folded = simplifyChinese(run);
    for (const raw of terms) {
      const term = raw.startsWith('_') ? raw.slice(1) : raw;
      if (folded.length !== run.length) {
        if (folded.includes(term)) out.push({ start, end: start + Math.min(run.length, term.length), term });
        continue;
      }
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
        out.push({ start: start + at, end: start + at + term.length, term });
    }
  }
}

/** The window of at most `max` characters holding the most distinct terms, then the most hits. */
function bestWindow(hits: readonly Hit[], max: number): { start: number; end: number } {
  let best = { start: hits[0]!.start, end: hits[0]!.end };
  let bestScore = -1;
  for (let i = 0, j = 0; i < hits.length; i++) {
    if (j < i) j = i;
    while (j + 1 < hits.length && hits[j + 1]!.end - hits[i]!.start <= max) j++;
    const distinct = new Set<string>();
    for (let h = i; h <= j; h++) distinct.add(hits[h]!.term);
    const score = distinct.size * 1000 + (j - i + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { start: hits[i]!.start, end: Math.max(hits[j]!.end, hits[i]!.end) };
    }
  }
  return best;
}

const isSpace = (text: string, at: number) => text[at] === ' ';
const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** Widens [start, end) to `max` characters around it, then moves the cuts onto word gaps. */
function frame(text: string, hit: { start: number; end: number }, max: number): [number, number] {
  const span = Math.min(hit.end - hit.start, max);
  const lead = Math.floor((max - span) / 3);
  let start = Math.max(0, hit.start - lead);
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0 && !isSpace(text, start - 1)) {
    const gap = text.indexOf(' ', start);
    if (gap >= 0 && gap < start + SNAP && gap < hit.start) start = gap + 1;
  }
  if (end < text.length && !isSpace(text, end)) {
    const gap = text.lastIndexOf(' ', end);
    if (gap > end - SNAP && gap >= hit.start + span) end = gap;
  }
  if (isLowSurrogate(text, start)) start++;
  if (isLowSurrogate(text, end)) end--;
  return [start, end];
}

/**
 * Picks the passage of at most `maxChars` characters (plus "…" marks where it was cut) that
 * holds the most distinct query terms; the head of the text when no term is found.
 */
export function makeSnippet(
  text: string,
  queryTerms: ReadonlySet<string>,
  maxChars: number = SNIPPET_CHARS,
): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const scanned = flat.slice(0, SCAN_CHARS);
  const hits: Hit[] = [];
  if (queryTerms.size > 0) {
    latinHits(scanned, queryTerms, hits);
    if (hasCjk(scanned)) {
      const cjkTerms = [...queryTerms].filter((term) => hasCjk(term));
      if (cjkTerms.length > 0) cjkHits(scanned, cjkTerms, hits);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const [start, end] = frame(
    flat,
    hits.length > 0 ? bestWindow(hits, maxChars) : { start: 0, end: 0 },
    maxChars,
  );
  const body = flat.slice(start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < flat.length ? ' …' : ''}`;
}
