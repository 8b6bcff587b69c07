/**
 * @module transcript-units
 * A transcript cut into rankable units: each turn's compressed sentences, with the turn
 * they came from (for citations) and their content terms.
 */

import type { Transcript, Turn } from '../../formats/model.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { compressUtterance } from './compress-utterance.ts';
import { contentTerms, termCounts } from './text-terms.ts';

export type Unit = {
  /** Position in the unit list. */
  readonly id: number;
  readonly turn: number;
  readonly speaker: string;
  /** Compressed sentence text. */
  readonly text: string;
  readonly terms: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
  /** Cut from a sentence that asks (a piece of it loses its question mark but still asks). */
  readonly asks: boolean;
};

export type PreparedTranscript = {
  readonly transcript: Transcript;
  /** Compressed text per turn (empty for backchannel turns). */
  readonly turnTexts: readonly string[];
  readonly turnTerms: readonly (readonly string[])[];
  readonly units: readonly Unit[];
  /** Inverse document frequency of each term over turns. */
  readonly idf: ReadonlyMap<string, number>;
  readonly averageTurnLength: number;
};

/** Spoken sentences run on; longer ones are cut at clause boundaries into units of about this many words. */
export const MAX_UNIT_WORDS = 16;

/** Cuts a run-on sentence at commas, semicolons and dashes into pieces of at most `max` words where it can. */
export function splitLong(sentence: string, max: number): string[] {
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
  if (count(sentence) <= max) return [sentence];
  const clauses = sentence.split(/(?<=[,;:])\s+|\s+(?=(?:but|because|so that|which|whereas)\b)/);
  const pieces: string[] = [];
  let current = '';
  for (const clause of clauses) {
    if (current && count(current) + count(clause) > max) {
      pieces.push(current);
      current = clause;
    } else {
      current = current ? `${current} ${clause}` : clause;
    }
  }
  if (current) pieces.push(current);
  return pieces.map((piece) => {
    const trimmed = piece.replace(/[,;:]\s*$/, '').trim();
    const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
  });
}

const prepared = new WeakMap<Transcript, PreparedTranscript>();

/** Units, terms and idf of a transcript (computed once per transcript object). */
export function prepareTranscript(transcript: Transcript): PreparedTranscript {
  let value = prepared.get(transcript);
  if (!value) {
    value = prepare(transcript);
    prepared.set(transcript, value);
  }
  return value;
}

function prepare(transcript: Transcript): PreparedTranscript {
  const turnTexts = transcript.turns.map((turn: Turn) => compressUtterance(turn.text));
  const turnTerms = turnTexts.map((text) => contentTerms(text));
  const units: Unit[] = [];
  turnTexts.forEach((text, turn) => {
    if (!text) return;
    for (const sentence of splitSentences(text)) {
      const asks = /\?\s*$/.test(sentence.text);
      for (const piece of splitLong(sentence.text, MAX_UNIT_WORDS)) {
        const terms = contentTerms(piece);
        if (terms.length === 0) continue;
        units.push({
          id: units.length,
          turn,
          speaker: transcript.turns[turn]?.speaker ?? '',
          text: piece,
          terms,
          counts: termCounts(terms),
          asks,
        });
      }
    }
  });
  return { transcript, turnTexts, turnTerms, units, ...turnStatistics(turnTerms) };
}

/** Each term's BM25 IDF over the turns (a turn is a document) and the mean turn length in terms. */
export function turnStatistics(turnTerms: readonly (readonly string[])[]): {
  idf: Map<string, number>;
  averageTurnLength: number;
} {
  const df = new Map<string, number>();
  for (const terms of turnTerms) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = Math.max(turnTerms.length, 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  const total = turnTerms.reduce((sum, terms) => sum + terms.length, 0);
  return { idf, averageTurnLength: total / n || 1 };
}
