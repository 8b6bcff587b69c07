/**
 * @module quoted-source
 * An answer drawn from quoted history is that message's writer's word, not the replier's: it is
 * said with who wrote it and when, as the quote's header says ("On Wednesday, March 14, 2001 8:54
 * AM, Ann Lee wrote (quoted in "RE: Site visit"): …"). Quoted history is read in three places: a
 * passage of a quoted message the mailbox holds no original of (index/quoted-chunks.ts), the
 * quoted history a short reply is read with (its copy kept in the mail's data), and the messages a
 * bare forward carries in its text (their writers kept in its data, "forwarded in …").
 */
import { quotedHistory } from '../formats/mail/quoted-messages.ts';
import { quoteOf } from '../index/quoted-chunks.ts';
import type { SearchHit } from '../index/types.ts';
import { withoutMarks } from './citations.ts';

type Source = { readonly author?: string; readonly sent?: string; readonly forwarded?: boolean };

const flat = (text: string) =>
  text
    .replace(/^\s*(?:>\s?)+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The quoted message of a mail's kept history that holds the answer's first sentence, when the mail's own words do not. */
function keptHistorySource(answer: string, hit: SearchHit): Source | undefined {
  const quoted = (hit.data as { quoted?: unknown } | undefined)?.quoted;
  if (hit.type !== 'email' || typeof quoted !== 'string') return undefined;
  const first = firstSentence(answer);
  if (!first || flat(hit.text).includes(first)) return undefined;
  return quotedHistory(quoted).find((message) => flat(message.text).includes(first));
}

/**
 * The answer's first sentence, flattened, or undefined when too short to place. The full stop the
 * answer ends a line with is left out: the text may not write one ("The desk line is 555 0142").
 */
function firstSentence(answer: string): string | undefined {
  const first = flat(answer.replace(/\s*\[\d+\].*$/s, '').replace(/\.\s*$/, '')).slice(0, 40);
  return first.length < 12 ? undefined : first;
}

/**
 * The message of a bare forward (its `forwardedFrom`, index/chunk-file.ts) that holds the answer's
 * first sentence: the last one whose opening stands before it in the mail's text. None when the
 * sentence comes before every forwarded message (the forwarder's own note).
 */
function forwardedSource(answer: string, hit: SearchHit): Source | undefined {
  const carried = (hit.data as { forwardedFrom?: unknown } | undefined)?.forwardedFrom;
  if (hit.type !== 'email' || !Array.isArray(carried)) return undefined;
  const first = firstSentence(answer);
  if (!first) return undefined;
  const text = flat(hit.text);
  const at = text.indexOf(first);
  if (at < 0) return undefined;
  let source: Source | undefined;
  for (const message of carried as { author?: string; sent?: string; opening?: string }[]) {
    const start = message.opening ? text.indexOf(flat(message.opening)) : -1;
    if (start >= 0 && start <= at) source = { ...message, forwarded: true };
  }
  return source;
}

/** The writer of the quoted or forwarded message the answer comes from, when it names one. */
export function quoteAuthor(answer: string, hit: SearchHit | undefined): string | undefined {
  if (!hit) return undefined;
  return (quoteOf(hit) ?? keptHistorySource(answer, hit) ?? forwardedSource(answer, hit))?.author;
}

/**
 * Who wrote the answer's sentence: the writer of the quoted or forwarded message it comes from,
 * or, for a mail's own words, its sender (name, else address). None for a quoted message whose
 * writer is not known.
 */
export function answerWriter(answer: string, hit: SearchHit | undefined): string | undefined {
  if (!hit || hit.type !== 'email') return undefined;
  const source = quoteOf(hit) ?? keptHistorySource(answer, hit) ?? forwardedSource(answer, hit);
  if (source) return source.author;
  const from = hit.people.find((person) => person.role === 'from');
  return from?.name ?? from?.address;
}

/** The lead `withQuotedSource` puts before a quoted answer: "On 3/4/2001 09:12 AM, Ana Ruiz wrote (quoted in "Re: rates"): ". */
export const QUOTE_LEAD = /^On [^\n]*? wrote(?: \((?:quoted|forwarded) in "[^"]*"\))?:\s*/;

/** The writer a quote's lead names: "On 3/4/2001 09:12 AM, Ana Ruiz wrote (…): …" → "Ana Ruiz". */
export function leadWriter(answer: string): string | undefined {
  const lead = QUOTE_LEAD.exec(answer)?.[0];
  if (lead === undefined) return undefined;
  return /^On .*, ([^,]+?) wrote\b/.exec(lead)?.[1];
}

/** What an answer says: its citation marks out, and the lead naming a quoted message's writer. */
export function answerWords(answer: string): string {
  return withoutMarks(answer).replace(QUOTE_LEAD, '');
}

/** The lead that tells who wrote a mail to whom and when: "You wrote to Ana Ruiz on 2001-03-04 ("Re: rates"): ". */
export const MAIL_LEAD = /^[^\n]*? on \d{4}-\d{2}-\d{2} \("[^"]*"\):\s*/;

/** A writer's name before a line the answer quotes of them: "Bo Lind wrote: …". */
export const WRITER_LEAD = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+wrote:\s*/u;

/** The answer with the writer and date of the quoted message it comes from in front; the answer itself otherwise. */
export function withQuotedSource(answer: string, hit: SearchHit | undefined): string {
  if (!hit) return answer;
  const quote: Source | undefined =
    quoteOf(hit) ?? keptHistorySource(answer, hit) ?? forwardedSource(answer, hit);
  if (!quote || (!quote.author && !quote.sent)) return answer;
  const where = `${quote.forwarded ? 'forwarded' : 'quoted'} in "${hit.title}"`;
  if (quote.author)
    return `${quote.sent ? `On ${quote.sent}, ` : ''}${quote.author} wrote (${where}): ${answer}`;
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}${quote.sent ? `, written ${quote.sent}` : ''}: ${answer}`;
}

/**
 * Below this relevance an answer from new text gives way to a quote that answers well
 * (`givesWayToQuote`). Chosen on the guard batches' answers where both were found (2026-12-05):
 * every right answer from new text had 0.55 or more, the wrong ones it replaces 0.26 to 0.497.
 */
export const WEAK_NEW_TEXT = 0.5;

/**
 * True for a sentence answer from new text that holds less than half of the question's weight
 * (its support's relevance): it names only part of what is asked, so the quoted history is read
 * too, and a quote that passes its own, higher bar is taken before it (ask-question.ts). A table
 * cell keyed by its row and column, or an answer with no support measured, keeps its place.
 */
export function givesWayToQuote(answer: {
  readonly found: boolean;
  readonly keyed?: boolean;
  readonly support?: { readonly relevance: number };
}): boolean {
  return (
    answer.found && !answer.keyed && answer.support !== undefined && answer.support.relevance < WEAK_NEW_TEXT
  );
}
