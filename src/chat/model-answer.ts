/**
 * @module model-answer
 * The answer written by a language model from the same retrieved passages. Passages go in
 * as numbered data parts; the model must cite them as [n]. Its answer is then checked:
 * citations to passages it was not given are dropped, and sentences left without a valid
 * citation are removed, so every sentence shown is grounded.
 */

import type { SearchHit } from '../index/types.ts';
import { OfficemateError } from '../lib/errors.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { buildPrompt, type LanguageModel } from '../models/index.ts';
import type { CitationList } from './citations.ts';

export type ModelAnswer = {
  readonly answer: string;
  readonly found: boolean;
  readonly dropped: { readonly citations: number; readonly sentences: number };
};

const INSTRUCTIONS = [
  "You answer questions about the user's work using only the numbered documents provided.",
  'After every sentence, cite the documents it is based on as [n] with their numbers.',
  'If the documents do not answer the question, reply exactly: NO_ANSWER',
  'Be brief: at most four sentences.',
].join('\n');

export async function modelAnswer(
  model: LanguageModel,
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  signal: AbortSignal = new AbortController().signal,
): Promise<ModelAnswer> {
  const passages = hits.map((hit, i) => ({ n: i + 1, hit }));
  const result = await model.generate(
    {
      messages: buildPrompt([
        { type: 'instructions', text: INSTRUCTIONS },
        ...passages.map(({ n, hit }) => ({
          type: 'data' as const,
          id: String(n),
          title: hit.title,
          content: hit.text.slice(0, 2000),
        })),
        { type: 'request', text: question },
      ]),
      maxTokens: 400,
      temperature: 0.1,
    },
    signal,
  );
  if (!result.success) throw new OfficemateError(result.error);
  const text = result.data.text.trim();
  if (/^NO_ANSWER\b/.test(text) || text === '')
    return { answer: '', found: false, dropped: { citations: 0, sentences: 0 } };
  let droppedCitations = 0;
  let droppedSentences = 0;
  const kept: string[] = [];
  for (const sentence of splitSentences(text)) {
    const numbers = [...sentence.text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    const valid = numbers.filter((n) => n >= 1 && n <= passages.length);
    droppedCitations += numbers.length - valid.length;
    if (valid.length === 0) {
      droppedSentences++;
      continue;
    }
    const body = sentence.text.replace(/\s*\[\d+\]/g, '').trim();
    const marks = [...new Set(valid)].map((n) => {
      const passage = passages[n - 1];
      return passage
        ? `[${citations.cite(passage.hit, passage.hit.snippet || passage.hit.text.slice(0, 300))}]`
        : '';
    });
    kept.push(`${body} ${marks.join('')}`);
  }
  return {
    answer: kept.join(' '),
    found: kept.length > 0,
    dropped: { citations: droppedCitations, sentences: droppedSentences },
  };
}
