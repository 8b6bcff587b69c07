/**
 * @module sent-by
 * "What did Odile send me?", "What has Tomas sent me this week?": a question about a sender
 * with no topic is answered by listing that person's mail to the asker, newest first (within
 * the dates the question names, written by now), each with its subject and first sentence. A
 * question with a topic ("… send me about the harbour survey?") is left to the passages.
 */
import type { SearchIndex } from '../index/open-index.ts';
import { parseQuery } from '../index/query.ts';
import { search } from '../index/search.ts';
import type { SearchFilters } from '../index/types.ts';
import type { CitationList } from './citations.ts';
import { itemLine, readerOf } from './missed.ts';
import type { StructuredAnswer } from './structured-answers.ts';

/** The mails an answer lists. */
const LINES = 5;

/** Mails read to find those sent to the asker. */
const DEPTH = 60;

const SENDER_ONLY =
  /^\s*[Ww]hat\s+(?:did|has|have)\s+([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?)\s+(?:send|sent|e-?mail(?:ed)?|forward(?:ed)?|write|wrote)\s+(?:me|us)\b(.*)$/u;

/** Words after "send me" that only say when ("this week", "since Monday", "yesterday"). */
const WHEN_ONLY =
  /^\s*(?:(?:in|on|since|during|over|this|last|the|past|today|yesterday|recently|lately|week|month|year|weekend|morning|afternoon|evening|days?|\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b[\s,]*)*[?.!]?\s*$/i;

/** The sender a question asks about when it asks for no topic, only (perhaps) a time. */
export function senderOnlyQuestion(question: string): string | undefined {
  const match = SENDER_ONLY.exec(question);
  if (!match?.[1]) return undefined;
  return WHEN_ONLY.test(match[2] ?? '') ? match[1] : undefined;
}

export async function answerSentBy(
  index: SearchIndex,
  sender: string,
  question: string,
  options: { readonly now: Date; readonly asUser?: string },
  citations: CitationList,
): Promise<StructuredAnswer | undefined> {
  const people = await index.store.people();
  const { since, until } = parseQuery(question, { now: options.now, people }).filters;
  const end = until && until < options.now.toISOString() ? until : options.now.toISOString();
  const filters: SearchFilters = {
    from: [sender],
    types: ['email'],
    until: end,
    ...(since ? { since } : {}),
    ...(options.asUser !== undefined ? { asUser: options.asUser } : {}),
  };
  const { results } = await search(index, {
    query: '',
    k: DEPTH,
    now: options.now,
    filters,
    understand: false,
  });
  if (results.length === 0) return undefined;
  const reader = readerOf(people, options.asUser);
  const toMe = results.filter((hit) => reader.addressed(hit));
  // An asker the index does not know as a person: the mailbox's own mail is taken as theirs.
  const mails = (toMe.length > 0 ? toMe : results)
    .filter(
      (hit, i, all) =>
        all.findIndex((other) => (other.threadId ?? other.uri) === (hit.threadId ?? hit.uri)) === i,
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, LINES);
  const lines = mails.map((hit) => itemLine(hit, citations));
  const count = mails.length === 1 ? 'one mail' : `${mails.length} latest mails`;
  return { answer: `From ${sender}, ${count}: ${lines.join(' ')}`, found: true };
}
