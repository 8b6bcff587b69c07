/**
 * @module triage
 * Labels each thread for the mailbox owner: needs-reply, waiting-on-others, fyi or
 * newsletter, with deadlines found in the text, a priority score and the reasons for it.
 */
import { personKey } from '../../formats/mail/notes-address.ts';
import { greetingName, personName } from '../../formats/mail/person-name.ts';
import { isSentFolder } from '../../formats/mail/sent-folder.ts';
import type { Address, Message } from '../../formats/model.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { asksForMe } from './asks-for-me.ts';
import { bulkMail, listAddresses } from './bulk-mail.ts';
import { asksEachRecipient, asksOf, type Deadline, findDeadlines, isStatedNecessity } from './mail-acts.ts';
import { type MailThread, threadOpening, wordsBeforeSignOff } from './mail-thread.ts';
import { addressKey, ownerKeys } from './owner-address.ts';
import { quotesReplyFrom } from './quoted-history.ts';

export const TriageLabel = {
  NeedsReply: 'needs-reply',
  WaitingOnOthers: 'waiting-on-others',
  Fyi: 'fyi',
  Newsletter: 'newsletter',
} as const;
export type TriageLabel = (typeof TriageLabel)[keyof typeof TriageLabel];

export type TriagedThread = {
  readonly id: string;
  readonly subject: string;
  /** The first message's opening words, when the thread has no subject. */
  readonly opening?: string;
  readonly label: TriageLabel;
  readonly priority: number;
  readonly reasons: readonly string[];
  readonly deadlines: readonly Deadline[];
  readonly lastMessageId: string;
  readonly lastDate?: string;
};

export type TriageOptions = {
  /** The mailbox owner's addresses. When empty, the writer of more than half of them (a sent folder), else the most frequent recipient, is taken. */
  readonly me: readonly string[];
  readonly now: Date;
};

const lower = (address: string | undefined) => (address ?? '').trim().toLowerCase();

/** Mail to more people than this is a broadcast unless it names the reader. */
const BROADCAST = 5;

/** The reader's first names as they are greeted ("Anna," from "Berg, Anna M" or "Anna Berg"). */
function greetedNames(me: ReadonlySet<string>, messages: readonly Message[]): Set<string> {
  const names = new Set<string>();
  // "anna.berg@…" is greeted as Anna.
  for (const address of me) {
    const first = /^([a-z]{2,})\.[a-z]/.exec(address)?.[1];
    if (first) names.add(first);
  }
  for (const message of messages)
    for (const address of [message.from, ...message.to, ...message.cc]) {
      if (!address?.name || !me.has(addressKey(address.address))) continue;
      const first = greetingName(address.name);
      if (first && first.length > 1) names.add(first.toLowerCase());
    }
  return names;
}

/** The message opens by greeting the reader by name ("Anna,", "Tom/Anna,", "Hi Anna"). */
function greetsByName(message: Message, names: ReadonlySet<string>): boolean {
  const opening = message.text.trim().split(/\n/)[0]?.slice(0, 60).toLowerCase() ?? '';
  return [...names].some((name) =>
    new RegExp(`^(?:hi|hello|dear|hey)?\\s*(?:[\\p{L}]+\\s*[&/,]\\s*)*${name}\\b`, 'u').test(opening),
  );
}

/**
 * The owner's address when not given. A folder one person wrote more than half of is their sent
 * folder: the owner is that writer, not whoever they wrote to most. Otherwise (an inbox) the
 * owner is whoever receives the most messages.
 */
export function guessOwner(messages: readonly Message[]): string | undefined {
  return guessOwnerAddresses(messages)[0];
}

/** The person a sender is, by the name they write under ("Lee, Ann" and "Ann B Lee" are one), else by address. */
function writerKey(from: Address): string {
  return (from.name && personKey(personName(from.name))) || lower(from.address);
}

/**
 * Every address of the owner when not given, the most used first. A sent folder's writer often
 * sends from more than one address ("ann.lee@…" and "alee@…" under one name): all of them are
 * the owner's, or the owner's own mail from the other reads as a colleague's.
 */
export function guessOwnerAddresses(messages: readonly Message[]): string[] {
  const senders = messages.flatMap((message) => (message.from?.address ? [message.from] : []));
  const writer = mostFrequent(senders.map(writerKey));
  // A mailing list receives every post to it, yet it is no reader.
  const lists = listAddresses(messages);
  const recipient = mostFrequent(
    messages.flatMap((message) => message.to.map((to) => lower(to.address)).filter((to) => !lists.has(to))),
  );
  // A folder one colleague wrote most of is still the reader's when one person received more of
  // it than the colleague wrote ("six of ten from Teodor, all ten to Lena": Lena's folder); in a
  // sent folder no one receives more than its writer writes.
  // When as many messages went to one reader as its writer wrote (two messages from Ann to John),
  // the folder is the reader's unless its file is named as a sent folder: mail one replies to or
  // triages was mostly received. Not when several recipients tie (one message to a list): which
  // of them reads the folder is unknown.
  const readersFolder =
    recipient !== undefined &&
    writer !== undefined &&
    (recipient.count > writer.count ||
      (recipient.count === writer.count && recipient.unique && !inSentFolder(messages))) &&
    !senders.some((from) => writerKey(from) === writer.key && lower(from.address) === recipient.key);
  // One person who received every message of the folder, on "To" or "Cc", and wrote none of it
  // reads it ("two messages from Ann, one to John, one to Bo with John copied": John's folder),
  // unless its file is named as a sent folder.
  const received = mostFrequent(
    messages.flatMap((message) => [
      ...new Set(
        [...message.to, ...message.cc].map((to) => lower(to.address)).filter((to) => !lists.has(to)),
      ),
    ]),
  );
  const copiedOnAll =
    !readersFolder &&
    received !== undefined &&
    received.unique &&
    received.count === messages.length &&
    !inSentFolder(messages) &&
    !senders.some((from) => lower(from.address) === received.key);
  const reader = copiedOnAll ? received : recipient;
  if (writer && writer.count * 2 > messages.length && !readersFolder && !copiedOnAll) {
    const counts = new Map<string, number>();
    for (const from of senders)
      if (writerKey(from) === writer.key)
        counts.set(lower(from.address), (counts.get(lower(from.address)) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([address]) => address);
  }
  return reader ? [reader.key, ...sameReader(messages, reader.key)] : [];
}

/**
 * The reader's other addresses in their own folder: mail reaches one person under several
 * ("ann.lee@…", "ann.b.lee@…", "lee@…"). Another address is theirs when its local part spells
 * the reader's name, or when the folder writes it with the reader's name ("Ann Lee
 * <lee@…>"), that name being one the folder writes with the reader's main address.
 */
function sameReader(messages: readonly Message[], main: string): string[] {
  const nameKey = (name: string | undefined) => (name ? personKey(personName(name)) : undefined);
  const localKey = (address: string) => personKey(/^([^@/]+)@/.exec(address)?.[1] ?? '');
  const recipients = messages.flatMap((message) => [...message.to, ...message.cc]);
  const mine = new Set<string>();
  const mainLocal = localKey(main);
  if (mainLocal) mine.add(mainLocal);
  for (const to of recipients) {
    const key = lower(to.address) === main ? nameKey(to.name) : undefined;
    if (key) mine.add(key);
  }
  if (mine.size === 0) return [];
  const others = new Set<string>();
  for (const to of recipients) {
    const address = lower(to.address);
    if (!address.includes('@') || address === main) continue;
    const local = localKey(address);
    const named = nameKey(to.name);
    if ((local && mine.has(local)) || (named && mine.has(named))) others.add(address);
  }
  return [...others];
}

/** Every message comes from a file or folder named as sent mail ("sent.mbox", "Sent Items"). */
function inSentFolder(messages: readonly Message[]): boolean {
  const paths = messages.map((message) =>
    'path' in message && typeof message.path === 'string' ? message.path : '',
  );
  return paths.length > 0 && paths.every(isSentFolder);
}

/** The most frequent key, its count, and whether no other key has as many. */
function mostFrequent(keys: readonly string[]): { key: string; count: number; unique: boolean } | undefined {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [key, count] = sorted[0] ?? [];
  return key === undefined || count === undefined
    ? undefined
    : { key, count, unique: sorted[1]?.[1] !== count };
}

/** Words a message says itself (its quoted history and signature are not in `text`). */
const ownWords = (message: Message) => message.text.split(/\s+/).filter(Boolean).length;

/** A message to me (or greeting me by name) from few enough people that its asks are for me. */
function addressedTo(
  message: Message,
  me: ReadonlySet<string>,
  names: ReadonlySet<string>,
  asks: readonly string[],
) {
  const toMeDirectly = message.to.some((to) => me.has(addressKey(to.address)));
  const recipients = message.to.length + message.cc.length;
  // An RSVP to a list asks each person on it.
  return (
    me.size === 0 ||
    greetsByName(message, names) ||
    (toMeDirectly && (recipients <= BROADCAST || asks.some(asksEachRecipient)))
  );
}

/**
 * A question or request to me earlier in the thread that is still open: I have not written
 * since, and nobody else answered it (the later messages are the asker's own follow-ups, or
 * forwards with no words of their own).
 */
function earlierOpenAsk(
  messages: readonly Message[],
  me: ReadonlySet<string>,
  names: ReadonlySet<string>,
): Message | undefined {
  const mine = messages.findLastIndex((message) => me.has(addressKey(message.from?.address)));
  const since = messages.slice(mine + 1, -1);
  return since.find((message, i) => {
    if (bulkMail(message)) return false;
    const asks = asksForMe(message, me, names);
    if (asks.length === 0 || !addressedTo(message, me, names, asks)) return false;
    const asker = lower(message.from?.address);
    // A later message quoting my answer answers it, unless the ask itself quoted that answer already.
    const quotedMine = quotesReplyFrom(message.quoted, me, names);
    return [...since.slice(i + 1), ...messages.slice(-1)].every(
      (later) =>
        (lower(later.from?.address) === asker || ownWords(later) < 8) &&
        (quotedMine || !quotesReplyFrom(later.quoted, me, names)),
    );
  });
}

/**
 * The ask a reason quotes, so the reader sees what is asked without opening the thread: `: "Can you
 * sign…" (and 2 more)`. The first question or direct request, before a necessity stated beside a
 * fact ("It's locked, so you will need to call me"), which a reply does not answer.
 */
function whatAsked(asks: readonly string[]): string {
  const [first] = [...asks.filter((ask) => !isStatedNecessity(ask)), ...asks.filter(isStatedNecessity)];
  if (!first) return '';
  const more = asks.length > 1 ? ` (and ${asks.length - 1} more)` : '';
  return `: "${clipText(first.trim().replace(/\s+/g, ' '), 90)}"${more}`;
}

export function triageThreads(threads: readonly MailThread[], options: TriageOptions): TriagedThread[] {
  const allMessages = threads.flatMap((thread) => thread.messages);
  const me = ownerKeys(options.me.length > 0 ? options.me : guessOwnerAddresses(allMessages));
  // How often I write to each person: people I answer often matter more.
  const repliesTo = new Map<string, number>();
  for (const message of allMessages) {
    if (!me.has(addressKey(message.from?.address))) continue;
    for (const to of message.to)
      repliesTo.set(addressKey(to.address), (repliesTo.get(addressKey(to.address)) ?? 0) + 1);
  }
  const names = greetedNames(me, allMessages);
  const triaged = threads.map((thread): TriagedThread => {
    const last = thread.messages.at(-1)!;
    const lastFromMe = me.has(addressKey(last.from?.address));
    const reasons: string[] = [];
    let priority = 0;
    const reference = last.date ? new Date(last.date) : options.now;
    // My own message waits on every ask in it, those naming others too ("Dev, could you share…").
    const asks = lastFromMe ? asksOf(wordsBeforeSignOff(last)) : asksForMe(last, me, names);
    const toMeDirectly = last.to.some((to) => me.has(addressKey(to.address)));
    const deadlines = thread.messages.flatMap((message) =>
      findDeadlines(message.text, message.date ? new Date(message.date) : reference),
    );
    const upcoming = deadlines.filter(
      (deadline) => Date.parse(deadline.date) >= options.now.getTime() - 86_400_000,
    );

    const bulk = bulkMail(last);
    const addressed = addressedTo(last, me, names, asks);
    const assigned = toMeDirectly && asks.length > 0 && deadlines.length > 0;
    const earlier = lastFromMe || bulk ? undefined : earlierOpenAsk(thread.messages, me, names);
    let label: TriageLabel;
    if (bulk?.kind === 'newsletter') {
      label = 'newsletter';
      reasons.push(`bulk mail (${bulk.reason})`);
    } else if (bulk) {
      label = 'fyi';
      reasons.push(`automated mail (${bulk.reason}): no reply expected`);
    } else if (lastFromMe) {
      label = asks.length > 0 ? 'waiting-on-others' : 'fyi';
      reasons.push(
        asks.length > 0
          ? `your last message asked a question or made a request${whatAsked(asks)}`
          : 'you sent the last message',
      );
      if (asks.length > 0) priority += 1;
    } else if (asks.length > 0 && addressed) {
      label = 'needs-reply';
      reasons.push(
        `${toMeDirectly ? 'a direct question or request to you' : 'a question or request naming you'}${whatAsked(asks)}`,
      );
      priority += 3;
    } else if (earlier) {
      label = 'needs-reply';
      reasons.push(
        `an earlier question or request to you${earlier.date ? ` (${earlier.date.slice(0, 10)})` : ''} that nobody has answered`,
      );
      priority += 2;
    } else if (assigned) {
      label = 'needs-reply';
      reasons.push('work with a deadline asked of a group you are in');
      priority += 2;
    } else {
      label = 'fyi';
      reasons.push(
        asks.length > 0
          ? 'a question or request to a wider group, not to you'
          : 'no question or request for you',
      );
    }
    if (label !== 'newsletter' && !bulk) {
      const soonest = upcoming.map((deadline) => Date.parse(deadline.date)).sort((a, b) => a - b)[0];
      if (soonest !== undefined) {
        const days = (soonest - options.now.getTime()) / 86_400_000;
        if (days <= 3) {
          priority += 3;
          reasons.push(`deadline soon (${new Date(soonest).toISOString().slice(0, 10)})`);
        } else if (days <= 14) {
          priority += 1;
          reasons.push(`deadline on ${new Date(soonest).toISOString().slice(0, 10)}`);
        }
      }
      const sender = addressKey(last.from?.address);
      const often = repliesTo.get(sender) ?? 0;
      if (!lastFromMe && often >= 2) {
        priority += 2;
        reasons.push(`a sender you write to often (${often} messages)`);
      }
      if (!lastFromMe && toMeDirectly && label === 'fyi') priority += 1;
    }
    const opening = threadOpening(thread);
    return {
      id: thread.id,
      subject: thread.subject,
      ...(opening ? { opening } : {}),
      label,
      priority,
      reasons,
      deadlines: upcoming,
      lastMessageId: last.messageId,
      ...(last.date ? { lastDate: last.date } : {}),
    };
  });
  return triaged.sort(
    (a, b) => b.priority - a.priority || (b.lastDate ?? '').localeCompare(a.lastDate ?? ''),
  );
}
