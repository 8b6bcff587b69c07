/**
 * @module asks-for-me
 * Which asks of a message are for the reader: a request that opens by naming other people of
 * the message ("Ann and Raj - please work out…", "Ann, let me know…") is theirs, unless it
 * names the reader too. In a reply to the reader's own request, what the writer puts forward
 * ("How about the lake lodge?", "What about a dinner?") answers that request and asks nothing back.
 */
import type { Address, Message } from '../../formats/model.ts';
import { addressedNames, asksOf, isProposal } from './mail-acts.ts';
import { personalName, wordsBeforeSignOff } from './mail-thread.ts';
import { addressKey } from './owner-address.ts';
import { quotedMessages, quotesReplyFrom } from './quoted-history.ts';

/** First names a person may be addressed by: from the display name, else the first piece of the address ("ann.lee@…" → ann). */
export function firstNamesOf(address: Address): string[] {
  const names = [personalName(address), /^([a-z]{2,})[._-][a-z]/i.exec(address.address)?.[1]];
  return names.filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase());
}

/** The asks of `message` left for the reader (`me`: their address keys, see `ownerKeys`; `names`: first names they go by, lower case). */
export function asksForMe(message: Message, me: ReadonlySet<string>, names: ReadonlySet<string>): string[] {
  const others = new Set(
    [message.from, ...message.to, ...message.cc]
      .filter((person): person is Address => Boolean(person) && !me.has(addressKey(person?.address)))
      .flatMap(firstNamesOf)
      .filter((name) => !names.has(name)),
  );
  const answersMyRequest =
    quotesReplyFrom(message.quoted, me, names) &&
    asksOf(quotedMessages(message.quoted)[0]?.text ?? '').length > 0;
  return asksOf(wordsBeforeSignOff(message)).filter((ask) => {
    if (answersMyRequest && isProposal(ask)) return false;
    const named = addressedNames(ask);
    return !named.some((name) => others.has(name)) || named.some((name) => names.has(name));
  });
}
