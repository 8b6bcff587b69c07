/**
 * @module quoted-source
 * An answer drawn from quoted history is that message's writer's word, not the replier's: it is
 * said with who wrote it and when, as the quote's header says ("On Wednesday, March 14, 2001 8:54
 * AM, Ann Lee wrote (quoted in "RE: Site visit"): …"). Quoted history is read in two places: a
 * passage of a quoted message the mailbox holds no original of (index/quoted-chunks.ts), and the
 * quoted history a short reply is read with (its copy kept in the mail's data).
 */
import { quotedHistory } from '../formats/mail/quoted-messages.ts';
import { quoteOf } from '../index/quoted-chunks.ts';
import type { SearchHit } from '../index/types.ts';

type Source = { readonly author?: string; readonly sent?: string };

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
  const first = flat(answer.replace(/\s*\[\d+\].*$/s, '')).slice(0, 40);
  if (first.length < 12 || flat(hit.text).includes(first)) return undefined;
  return quotedHistory(quoted).find((message) => flat(message.text).includes(first));
}

/** The answer with the writer and date of the quoted message it comes from in front; the answer itself otherwise. */
export function withQuotedSource(answer: string, hit: SearchHit | undefined): string {
  if (!hit) return answer;
  const quote: Source | undefined = quoteOf(hit) ?? keptHistorySource(answer, hit);
  if (!quote || (!quote.author && !quote.sent)) return answer;
  const where = `quoted in "${hit.title}"`;
  if (quote.author)
    return `${quote.sent ? `On ${quote.sent}, ` : ''}${quote.author} wrote (${where}): ${answer}`;
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}${quote.sent ? `, written ${quote.sent}` : ''}: ${answer}`;
}
