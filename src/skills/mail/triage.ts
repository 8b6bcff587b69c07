/**
 * @module triage
 * Labels each thread for the mailbox owner: needs-reply, waiting-on-others, fyi or
 * newsletter, with deadlines found in the text, a priority score and the reasons for it.
 */
import type { Message } from '../../formats/model.ts';
import { classifySentence, contentSentences, type Deadline, findDeadlines } from './mail-acts.ts';
import type { MailThread } from './mail-thread.ts';

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
  readonly label: TriageLabel;
  readonly priority: number;
  readonly reasons: readonly string[];
  readonly deadlines: readonly Deadline[];
  readonly lastMessageId: string;
  readonly lastDate?: string;
};

export type TriageOptions = {
  /** The mailbox owner's addresses. When empty, the most frequent recipient is taken. */
  readonly me: readonly string[];
  readonly now: Date;
};

const lower = (address: string | undefined) => (address ?? '').trim().toLowerCase();

function isNewsletter(message: Message): boolean {
  const headers = Object.fromEntries(
    Object.entries(message.headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
  if (headers['list-unsubscribe'] || headers['list-id']) return true;
  if (/^(bulk|list|junk)$/i.test(headers.precedence ?? '')) return true;
  const from = lower(message.from?.address);
  if (
    /^(no-?reply|do-?not-?reply|newsletters?|news|updates|marketing|mailer|info|notifications?|alerts?|subscriptions?|digest|offers|promo(tions)?|deals)\b/.test(
      from.split('@')[0] ?? '',
    )
  )
    return true;
  if (/(^|[._-])(newsletter|digest|offers|promo|deals|alerts|subscriptions?|lists?)([._-]|@|$)/.test(from))
    return true;
  if (
    /\b(free shipping|shop (now|today)|limited time|special offer|click here|\d+% off|act now|win up to)\b/i.test(
      `${message.subject} ${message.text.slice(0, 3000)}`,
    )
  )
    return true;
  return /\bunsubscribe\b|\bmanage (your )?(subscription|preferences)\b|\bview (this|it) in your browser\b|\bstop receiving\b|\bautomated notification\b|\bremove (e-?mail|me)\b.{0,30}\bsubject\b/i.test(
    message.text,
  );
}

/** The owner's address when not given: whoever receives the most messages. */
export function guessOwner(messages: readonly Message[]): string | undefined {
  const counts = new Map<string, number>();
  for (const message of messages)
    for (const to of message.to) counts.set(lower(to.address), (counts.get(lower(to.address)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function triageThreads(threads: readonly MailThread[], options: TriageOptions): TriagedThread[] {
  const me = new Set(options.me.map(lower));
  const allMessages = threads.flatMap((thread) => thread.messages);
  if (me.size === 0) {
    const owner = guessOwner(allMessages);
    if (owner) me.add(owner);
  }
  // How often I write to each person: people I answer often matter more.
  const repliesTo = new Map<string, number>();
  for (const message of allMessages) {
    if (!me.has(lower(message.from?.address))) continue;
    for (const to of message.to)
      repliesTo.set(lower(to.address), (repliesTo.get(lower(to.address)) ?? 0) + 1);
  }
  const triaged = threads.map((thread): TriagedThread => {
    const last = thread.messages.at(-1)!;
    const lastFromMe = me.has(lower(last.from?.address));
    const reasons: string[] = [];
    let priority = 0;
    const reference = last.date ? new Date(last.date) : options.now;
    const sentences = contentSentences(last.text);
    const asks = sentences.filter((sentence) => {
      const act = classifySentence(sentence);
      return act === 'question' || act === 'request';
    });
    const toMeDirectly = last.to.some((to) => me.has(lower(to.address)));
    const deadlines = thread.messages.flatMap((message) =>
      findDeadlines(message.text, message.date ? new Date(message.date) : reference),
    );
    const upcoming = deadlines.filter(
      (deadline) => Date.parse(deadline.date) >= options.now.getTime() - 86_400_000,
    );

    let label: TriageLabel;
    if (isNewsletter(last)) {
      label = 'newsletter';
      reasons.push('bulk mail (list headers, no-reply sender or unsubscribe link)');
    } else if (lastFromMe) {
      label = asks.length > 0 ? 'waiting-on-others' : 'fyi';
      reasons.push(
        asks.length > 0
          ? 'your last message asked a question or made a request'
          : 'you sent the last message',
      );
      if (asks.length > 0) priority += 1;
    } else if (asks.length > 0 && (toMeDirectly || me.size === 0)) {
      label = 'needs-reply';
      reasons.push(toMeDirectly ? 'a direct question or request to you' : 'a question or request');
      priority += 3;
    } else if (asks.length > 0) {
      label = 'needs-reply';
      reasons.push('a question or request (you are in Cc)');
      priority += 1;
    } else {
      label = 'fyi';
      reasons.push('no question or request for you');
    }
    if (label !== 'newsletter') {
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
      const sender = lower(last.from?.address);
      const often = repliesTo.get(sender) ?? 0;
      if (!lastFromMe && often >= 2) {
        priority += 2;
        reasons.push(`a sender you write to often (${often} messages)`);
      }
      if (!lastFromMe && toMeDirectly && label === 'fyi') priority += 1;
    }
    return {
      id: thread.id,
      subject: thread.subject,
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
