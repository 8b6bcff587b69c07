/**
 * @module answer-permissions
 * An answer may only say what its reader may read. Citations whose files the reader may not
 * read (an index whose readers lag behind a share being revoked) are dropped by the route;
 * this drops the answer's sentences that rest on them too. When any source was dropped, a
 * sentence stays only if it cites at least one source the reader may read and none they may
 * not: an uncited sentence could carry the private fact as well as a cited one.
 */

/** Sentences with the citation markers that follow them ("Revenue rose. [1][2]"). */
const SENTENCE = /[^.!?。！？]+[.!?。！？]+(\s*\[\d+\])*\s*|[^.!?。！？]+$/g;

export const NOTHING_READABLE = 'I found nothing in the files you can read that answers this.';

export type RedactedAnswer = { readonly answer: string; readonly redacted: boolean };

function markersOf(sentence: string): number[] {
  return [...sentence.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

export function redactAnswer(answer: string, dropped: ReadonlySet<number>): RedactedAnswer {
  if (dropped.size === 0) return { answer, redacted: false };
  const kept = (answer.match(SENTENCE) ?? []).filter((sentence) => {
    const markers = markersOf(sentence);
    return markers.length > 0 && markers.every((n) => !dropped.has(n));
  });
  const text = kept.join('').trim();
  return { answer: text || NOTHING_READABLE, redacted: true };
}
