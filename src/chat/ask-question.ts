/**
 * @module ask-question
 * `ask`: a grounded answer to a question over the user's indexed work. Calendar and contact
 * questions are answered from parsed events and vCards; "what did I miss" lists what came
 * in since a date; everything else is answered from retrieved passages, by the builtin
 * extractive engine or by a language model whose citations are checked. Only passages the
 * asking user may read are used. Without a good passage the answer says so and shows the
 * nearest results.
 */
import type { SearchIndex } from '../index/open-index.ts';
import { listItems, search } from '../index/search.ts';
import type { ChunkType, SearchHit } from '../index/types.ts';
import type { LanguageModel } from '../models/index.ts';
import { type AskCitation, CitationList } from './citations.ts';
import { modelAnswer } from './model-answer.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { classifyQuestion } from './question-kind.ts';
import { answerContact, answerDayAgenda, answerNextMeeting } from './structured-answers.ts';

export type AskOptions = {
  readonly now: Date;
  /** Only passages this user may read are used. */
  readonly asUser?: string;
  readonly k?: number;
  /** A configured model; builtin (or none) uses the extractive engine. */
  readonly model?: LanguageModel;
  /** The question with conversation context, used for retrieval of follow-ups. */
  readonly retrievalQuery?: string;
};

export type AskResult = {
  readonly answer: string;
  readonly engine: string;
  readonly kind: string;
  readonly found: boolean;
  readonly citations: readonly AskCitation[];
  /** When nothing answered: the nearest results the user may read. */
  readonly nearest?: readonly {
    readonly path: string;
    readonly uri: string;
    readonly title: string;
    readonly snippet: string;
  }[];
};

const NO_ANSWER = 'I found nothing in your indexed work that answers this.';

function nearest(hits: readonly SearchHit[]) {
  return hits
    .slice(0, 3)
    .map((hit) => ({ path: hit.path, uri: hit.uri, title: hit.title, snippet: hit.snippet }));
}

export async function askQuestion(
  index: SearchIndex,
  question: string,
  options: AskOptions,
): Promise<AskResult> {
  const citations = new CitationList();
  const asUser = options.asUser;
  const kind = classifyQuestion(question, options.now);
  const structured = (answer: { answer: string; found: boolean }): AskResult => ({
    answer: answer.answer,
    engine: 'builtin',
    kind: kind.kind,
    found: answer.found,
    citations: citations.items,
  });
  if (kind.kind === 'next-meeting')
    return structured(await answerNextMeeting(index, kind.person, options.now, asUser, citations));
  if (kind.kind === 'day-agenda')
    return structured(await answerDayAgenda(index, kind.day, asUser, citations));
  if (kind.kind === 'contact') {
    const answer = await answerContact(index, kind.person, kind.field, asUser, citations);
    if (answer.found) return structured(answer);
  }
  if (kind.kind === 'missed')
    return structured(await answerMissed(index, kind.since, kind.sinceText, options, citations));

  const query = options.retrievalQuery ?? question;
  const { results } = await search(index, {
    query,
    k: options.k ?? 8,
    now: options.now,
    ...(asUser !== undefined ? { filters: { asUser } } : {}),
  });
  const useModel = options.model !== undefined && options.model.engine !== 'builtin';
  if (useModel && options.model && results.length > 0) {
    const answer = await modelAnswer(options.model, question, results, citations);
    if (answer.found)
      return {
        answer: answer.answer,
        engine: options.model.engine,
        kind: 'passages',
        found: true,
        citations: citations.items,
      };
    return {
      answer: NO_ANSWER,
      engine: options.model.engine,
      kind: 'passages',
      found: false,
      citations: [],
      nearest: nearest(results),
    };
  }
  const answer = extractiveAnswer(query, results, citations);
  if (!answer.found)
    return {
      answer: NO_ANSWER,
      engine: 'builtin',
      kind: 'passages',
      found: false,
      citations: [],
      nearest: nearest(results),
    };
  return {
    answer: answer.answer,
    engine: 'builtin',
    kind: 'passages',
    found: true,
    citations: citations.items,
  };
}

const MISSED_TYPES: readonly ChunkType[] = ['email', 'chat', 'transcript', 'document'];

async function answerMissed(
  index: SearchIndex,
  since: Date,
  sinceText: string,
  options: AskOptions,
  citations: CitationList,
): Promise<{ answer: string; found: boolean }> {
  const sinceIso = since.toISOString();
  const untilIso = options.now.toISOString();
  const items: SearchHit[] = [];
  for (const type of MISSED_TYPES) {
    items.push(
      ...(await listItems(index, {
        type,
        since: sinceIso,
        until: untilIso,
        limit: 50,
        ...(options.asUser !== undefined ? { asUser: options.asUser } : {}),
      })),
    );
  }
  const dated = items
    .filter((item) => item.date && item.date >= sinceIso && item.date <= untilIso)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  // One line per conversation or file: its latest item, newest last.
  const seen = new Map<string, SearchHit>();
  for (const item of dated) seen.set(item.threadId ?? item.path, item);
  const picked = [...seen.values()].slice(-8);
  if (picked.length === 0)
    return { answer: `Nothing new in your indexed work since ${sinceText}.`, found: true };
  const lines = picked.map((item) => {
    const first = item.text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim();
    const sentence = (/^.{20,220}?[.!?](?=\s|$)/.exec(first)?.[0] ?? first.slice(0, 200)).trim();
    const n = citations.cite(item, sentence);
    return `${item.title} (${(item.date ?? '').slice(0, 10)}): ${sentence} [${n}]`;
  });
  return {
    answer: `Since ${sinceText} (${since.toISOString().slice(0, 10)}): ${lines.join(' ')}`,
    found: true,
  };
}
