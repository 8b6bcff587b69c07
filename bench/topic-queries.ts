/**
 * Queries made from a QMSum meeting's topic list, scored by where their cited turns lie: the
 * topic list marks the turns of each discussion, so a query asking about a topic should cite
 * turns inside those spans. No reference answer exists for them, so they measure locating only.
 */
import type { QmsumEvaluation, QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';

/** The query asked for one topic ("Summarize the discussion about <topic>."); undefined for an empty topic. */
export function topicQuery(topic: string): string | undefined {
  const subject = topic.trim().replace(/[.?!]+$/, '');
  return subject ? `Summarize the discussion about ${subject}.` : undefined;
}

/** The distinct cited turns and how many of them lie inside the spans (inclusive). */
export function citedInSpans(
  turns: readonly number[],
  spans: readonly QmsumSpan[],
): { cited: number; inside: number } {
  const distinct = [...new Set(turns)];
  const inside = distinct.filter((turn) => spans.some((span) => turn >= span.start && turn <= span.end));
  return { cited: distinct.length, inside: inside.length };
}

/** A query to locate in a meeting: its kind ("specific" or "topic") and the reference spans. */
export type LocatingItem = {
  readonly kind: string;
  readonly query: string;
  readonly spans: readonly QmsumSpan[];
};

/** A meeting's specific queries with reference spans, and with `withTopics` its topic-list queries. */
export function locatingItems(evaluation: QmsumEvaluation, withTopics: boolean): LocatingItem[] {
  return [
    ...evaluation.specific.map((item) => ({ kind: 'specific', query: item.query, spans: item.spans })),
    ...(withTopics
      ? evaluation.topics.map((item) => ({
          kind: 'topic',
          query: topicQuery(item.topic) ?? '',
          spans: item.spans,
        }))
      : []),
  ].filter((item) => item.query && item.spans.length > 0);
}
