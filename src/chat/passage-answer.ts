/**
 * @module passage-answer
 * The builtin engine's answer from retrieved passages: query-focused extractive
 * summarization. Sentences of the top passages are scored by the query terms they carry
 * (weighted by rarity) and their passage's rank, chosen by maximal marginal relevance,
 * compressed (fillers, disfluencies, quoted clutter dropped) and kept in passage order.
 * Each sentence cites its passage. When no sentence carries a query term, there is no answer.
 */

import type { SearchHit } from '../index/types.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { compressUtterance } from '../skills/recap-meeting/compress-utterance.ts';
import { contentTerms, cosine, termCounts } from '../skills/recap-meeting/text-terms.ts';
import type { CitationList } from './citations.ts';

export type PassageSentence = {
  readonly text: string;
  readonly hit: SearchHit;
  readonly rank: number;
  readonly position: number;
  /** Line of the passage the sentence is on (a transcript turn within its chunk). */
  readonly line: number;
};

type Candidate = PassageSentence & {
  readonly counts: Map<string, number>;
  score: number;
  readonly matched: number;
  readonly relevance: number;
};

const QUOTED = /^>.*$/gm;

function sentencesOf(hit: SearchHit, rank: number): PassageSentence[] {
  const body = hit.text.replace(QUOTED, ' ').replace(/^On .{5,80} wrote:$/gm, ' ');
  const spoken = hit.type === 'transcript' || hit.type === 'chat';
  const out: PassageSentence[] = [];
  let position = 0;
  body.split(/\n+/).forEach((line, lineIndex) => {
    // Transcript and chat lines read "Speaker: words".
    const speaker = spoken ? /^([^:]{2,40}):\s+/.exec(line) : null;
    const content = speaker ? line.slice(speaker[0].length) : line;
    const cleaned = spoken ? compressUtterance(content) : content.trim();
    for (const sentence of splitSentences(cleaned)) {
      const text = sentence.text.replace(/^[-*•]\s+/, '').trim();
      if (text.split(/\s+/).length < 4) continue;
      out.push({
        text: speaker ? `${speaker[1]}: ${text}` : text,
        hit,
        rank,
        position: position++,
        line: lineIndex,
      });
    }
  });
  return out;
}

/** A transcript chunk holds one turn per line: cite the turn itself, not the chunk's first turn. */
function citedPassage(sentence: PassageSentence): SearchHit {
  const { hit } = sentence;
  if (hit.type !== 'transcript' || hit.locator.turn === undefined) return hit;
  const turn = hit.locator.turn + sentence.line;
  return { ...hit, locator: { turn }, uri: hit.uri.replace(/#.*$/, `#turn=${turn}`) };
}

export type ExtractiveAnswer = {
  readonly answer: string;
  readonly sentences: number;
  readonly found: boolean;
};

export function extractiveAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  options: { words?: number } = {},
): ExtractiveAnswer {
  const queryTerms = new Set(contentTerms(question));
  const pool = hits.flatMap((hit, rank) => sentencesOf(hit, rank));
  if (pool.length === 0 || queryTerms.size === 0) return { answer: '', sentences: 0, found: false };
  const df = new Map<string, number>();
  const termsOf = pool.map((sentence) => contentTerms(sentence.text));
  for (const terms of termsOf) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + pool.length / (df.get(term) ?? 0.5));
  const maxQuery = [...queryTerms].reduce((sum, term) => sum + idf(term), 0) || 1;
  const candidates: Candidate[] = pool.map((sentence, i) => {
    const terms = termsOf[i] ?? [];
    const present = [...queryTerms].filter((term) => terms.includes(term));
    const relevance = present.reduce((sum, term) => sum + idf(term), 0) / maxQuery;
    const rankScore = 1 / (1 + sentence.rank * 0.5);
    return {
      ...sentence,
      counts: termCounts(terms),
      matched: present.length,
      relevance,
      score: 0.65 * relevance + 0.35 * rankScore,
    };
  });
  const bestRelevance = Math.max(0, ...candidates.map((candidate) => candidate.relevance));
  // Sentences far less on-topic than the best one are left out.
  const relevant = candidates
    .filter((candidate) => candidate.matched > 0 && candidate.relevance >= bestRelevance * 0.6)
    .sort((a, b) => b.score - a.score);
  if (relevant.length === 0) return { answer: '', sentences: 0, found: false };
  const budget = options.words ?? 70;
  const chosen: Candidate[] = [];
  let used = 0;
  const remaining = [...relevant];
  while (remaining.length && used < budget && chosen.length < 4) {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    remaining.forEach((candidate, i) => {
      const redundancy = chosen.reduce(
        (max, other) => Math.max(max, cosine(candidate.counts, other.counts)),
        0,
      );
      const value = 0.7 * candidate.score - 0.3 * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const [pick] = remaining.splice(best, 1);
    if (!pick) break;
    // Near-repeats of a chosen sentence (the same fact in mail, notes and the meeting) add nothing.
    if (chosen.some((other) => cosine(pick.counts, other.counts) > 0.5)) continue;
    if (chosen.length > 0 && pick.score < (chosen[0]?.score ?? 0) * 0.5) break;
    const size = pick.text.split(/\s+/).length;
    if (used > 0 && used + size > budget * 1.3) continue;
    chosen.push(pick);
    used += size;
  }
  chosen.sort((a, b) => a.rank - b.rank || a.position - b.position);
  const text = chosen
    .map((sentence) => {
      const n = citations.cite(citedPassage(sentence), sentence.text);
      const body = /[.!?]$/.test(sentence.text) ? sentence.text : `${sentence.text}.`;
      return `${body} [${n}]`;
    })
    .join(' ');
  return { answer: text, sentences: chosen.length, found: chosen.length > 0 };
}
