/**
 * @module quoted-history
 * The earlier messages a reply or forward carries below its own words (split by
 * formats/mail/quoted-messages.ts, re-exported here for the mail skills), and whether the newest
 * of them was written by a given person.
 */
import { type QuotedMessage, quotedAuthor, quotedMessages } from '../../formats/mail/quoted-messages.ts';

export { type QuotedMessage, quotedAuthor, quotedMessages };

/**
 * True when the newest message a reply quotes was written by the given person (by address, or
 * by a first name they go by): they answered before this message, though their answer is not
 * in the mailbox.
 */
export function quotesReplyFrom(
  quoted: string | undefined,
  addresses: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
): boolean {
  const newest = quotedMessages(quoted)[0];
  if (!newest) return false;
  if (newest.address && addresses.has(newest.address)) return true;
  const first = (newest.author?.split(/\s+/)[0] ?? newest.address?.split(/[.@_]/)[0] ?? '').toLowerCase();
  return first.length > 1 && firstNames.has(first);
}
