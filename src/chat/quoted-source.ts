/**
 * @module quoted-source
 * An answer drawn from a quoted message (a passage of quoted history the mailbox holds no
 * original of, see index/quoted-chunks.ts) is that message's writer's word, not the replier's:
 * it is said with who wrote it and when, as the quote's header says ("On Wednesday, March 14,
 * 2001 8:54 AM, Ann Lee wrote (quoted in "RE: Site visit"): …").
 */
import { quoteOf } from '../index/quoted-chunks.ts';
import type { SearchHit } from '../index/types.ts';

/** The answer with its quoted message's writer and date in front; the answer itself for any other passage. */
export function withQuotedSource(answer: string, hit: SearchHit | undefined): string {
  const quote = hit ? quoteOf(hit) : undefined;
  if (!hit || !quote) return answer;
  const where = `quoted in "${hit.title}"`;
  if (quote.author)
    return `${quote.sent ? `On ${quote.sent}, ` : ''}${quote.author} wrote (${where}): ${answer}`;
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}${quote.sent ? `, written ${quote.sent}` : ''}: ${answer}`;
}
