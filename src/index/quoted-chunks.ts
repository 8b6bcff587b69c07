/**
 * @module quoted-chunks
 * The quoted history of a mail as passages of its own, when the mailbox does not hold the
 * messages quoted: a folder often keeps only the last short reply ("Thanks, see me Tuesday")
 * while the facts of the thread are written in the messages quoted under it. Each quoted
 * message whose opening is not the opening of a message of the same mailbox, nor of a message
 * quoted earlier in it, becomes one passage: its own words (header dropped), and the quote's
 * header kept in the data (who wrote it, when as the header says, and the reply it was quoted
 * in); its writer is not added to the people of the index. Quoted text whose original is in the mailbox stays out, so a
 * thread's text is not indexed once per reply. The passage keeps the reply's date: it was
 * written by then. Search takes these passages only when asked (SearchFilters.quoted), ranked
 * below new text (quoted-rank.ts).
 */

import { messageOpening } from '../formats/mail/index-text.ts';
import { quotedHistory } from '../formats/mail/quoted-messages.ts';
import type { Message } from '../formats/model.ts';
import { clipText } from '../lib/text/clip-text.ts';
import type { ChunkDraft } from './types.ts';

/**
 * The most text of one quoted message searched and shown, cut at a word: long enough for a
 * report forwarded whole, whose last lines are searched as its first are.
 */
export const QUOTED_MESSAGE_CHARS = 16000;
/** Fewer words than this quoted are no passage (a "Thanks." under a header). */
const MIN_WORDS = 4;

/** What a quote passage's data says of the quoted message. */
export type QuoteData = {
  /** Its place under the reply, 1 for the newest quoted message. */
  readonly n: number;
  readonly author?: string;
  readonly address?: string;
  /** When it was written, as the quote's header says. */
  readonly sent?: string;
  /** The reply it is quoted in: its sender as named and its date. */
  readonly in: { readonly from?: string; readonly date?: string };
};

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;

/**
 * The passages of a message's quoted history that the mailbox does not hold. `openings` are the
 * openings of the mailbox's messages; `seen` the openings of messages quoted earlier in it
 * (added to as passages are made).
 */
export function quotedChunks(
  message: Message,
  base: Pick<ChunkDraft, 'title' | 'locator' | 'threadId'>,
  openings: ReadonlySet<string>,
  seen: Set<string>,
): ChunkDraft[] {
  if (!message.quoted?.trim()) return [];
  const out: ChunkDraft[] = [];
  for (const [i, quoted] of quotedHistory(message.quoted).entries()) {
    const text = quoted.text.trim();
    const opening = messageOpening(text);
    // Whose word it is must be known to answer from it: a quote whose header names no writer, by
    // name or by address alone ("From: ann.lee@example.com [mailto:…]"), is left out.
    const writer = quoted.author ?? quoted.address;
    if (!writer || wordCount(text) < MIN_WORDS || openings.has(opening) || seen.has(opening)) continue;
    seen.add(opening);
    const from = { name: writer, ...(quoted.address ? { address: quoted.address } : {}) };
    const quote: QuoteData = {
      n: i + 1,
      author: writer,
      ...(quoted.address ? { address: quoted.address } : {}),
      ...(quoted.sent ? { sent: quoted.sent } : {}),
      in: {
        ...(message.from ? { from: message.from.name || message.from.address } : {}),
        ...(message.date ? { date: message.date } : {}),
      },
    };
    out.push({
      type: 'email',
      title: base.title,
      text: clipText(text, QUOTED_MESSAGE_CHARS),
      locator: { ...base.locator, quote: i + 1 },
      // Its writer is named in its data, not among the people of the index: the people table
      // and its counts are those of the mailbox's own messages.
      people: [],
      ...(message.date ? { date: message.date } : {}),
      ...(base.threadId ? { threadId: base.threadId } : {}),
      data: {
        messageId: message.messageId,
        subject: message.subject,
        from,
        to: [],
        cc: [],
        quote,
      },
    });
  }
  return out;
}

/** The quote data of a passage, when it is a quoted message (see quotedChunks). */
export function quoteOf(chunk: { readonly data?: unknown }): QuoteData | undefined {
  const quote = (chunk.data as { quote?: unknown } | undefined)?.quote;
  return quote && typeof quote === 'object' && typeof (quote as QuoteData).n === 'number'
    ? (quote as QuoteData)
    : undefined;
}
