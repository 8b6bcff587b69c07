/**
 * @module read-qmsum
 * QMSum-style meeting JSON (`meeting_transcripts: [{ speaker, content }]`). The transcript
 * reads into the Transcript model; the queries, reference answers and relevant spans stay
 * out of it and are read separately by `readQmsumEvaluation` (for benchmarks).
 */

import { failFile } from '../fail-file.ts';
import type { Transcript, Turn } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from './decode-text.ts';

export type QmsumSpan = { readonly start: number; readonly end: number };

export type QmsumQuery = {
  readonly query: string;
  readonly answer: string;
  /** Turn index ranges (inclusive) that support the answer; empty for general queries. */
  readonly spans: readonly QmsumSpan[];
};

export type QmsumEvaluation = {
  readonly general: readonly QmsumQuery[];
  readonly specific: readonly QmsumQuery[];
  readonly topics: readonly { readonly topic: string; readonly spans: readonly QmsumSpan[] }[];
};

type RawQmsum = {
  meeting_transcripts?: unknown;
  general_query_list?: unknown;
  specific_query_list?: unknown;
  topic_list?: unknown;
};

function parseJson(input: Pick<ReaderInput, 'path' | 'bytes'>): RawQmsum {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(input.bytes));
  } catch (thrown) {
    failFile(
      input,
      'file_corrupt',
      `is not valid JSON (${(thrown as Error).message}).`,
      'Check that the file was copied completely.',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    failFile(input, 'file_corrupt', 'is not a QMSum meeting object.');
  return value as RawQmsum;
}

export async function readQmsum(input: ReaderInput): Promise<Transcript> {
  const raw = parseJson(input);
  if (!Array.isArray(raw.meeting_transcripts)) {
    failFile(
      input,
      'file_corrupt',
      'has no "meeting_transcripts" list.',
      'QMSum files hold { "meeting_transcripts": [{ "speaker", "content" }] }.',
    );
  }
  const turns: Turn[] = [];
  raw.meeting_transcripts.forEach((item: unknown, index: number) => {
    const entry = (item ?? {}) as { speaker?: unknown; content?: unknown };
    turns.push({ index, speaker: String(entry.speaker ?? ''), text: String(entry.content ?? '').trim() });
  });
  return { type: 'transcript', format: 'qmsum', turns };
}

function spans(value: unknown): QmsumSpan[] {
  if (!Array.isArray(value)) return [];
  const out: QmsumSpan[] = [];
  for (const pair of value) {
    if (!Array.isArray(pair) || pair.length < 2) continue;
    const start = Number(pair[0]);
    const end = Number(pair[1]);
    if (Number.isInteger(start) && Number.isInteger(end)) out.push({ start, end });
  }
  return out;
}

function queries(value: unknown): QmsumQuery[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const entry = (item ?? {}) as { query?: unknown; answer?: unknown; relevant_text_span?: unknown };
    return {
      query: String(entry.query ?? ''),
      answer: String(entry.answer ?? ''),
      spans: spans(entry.relevant_text_span),
    };
  });
}

/** The queries, reference answers and relevant turn spans of a QMSum file. */
export function readQmsumEvaluation(input: Pick<ReaderInput, 'path' | 'bytes'>): QmsumEvaluation {
  const raw = parseJson(input);
  const topics = Array.isArray(raw.topic_list)
    ? raw.topic_list.map((item: unknown) => {
        const entry = (item ?? {}) as { topic?: unknown; relevant_text_span?: unknown };
        return { topic: String(entry.topic ?? ''), spans: spans(entry.relevant_text_span) };
      })
    : [];
  return { general: queries(raw.general_query_list), specific: queries(raw.specific_query_list), topics };
}
