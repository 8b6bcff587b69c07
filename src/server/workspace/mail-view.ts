/**
 * @module mail-view
 * A mailbox as the web app shows it: its threads (rebuilt and triaged by the mail skills' own
 * code) a page at a time, newest first, one thread's messages with quoted history apart, and a
 * reply drafted for a thread, stored as an .eml once the user has edited it. Threads of a
 * stored file are kept for a few files: a file's bytes never change under its id.
 */
import type { Address } from '../../formats/model.ts';
import type { MailMessageView, MailThreadInfo, MailThreadPage, MailThreadView } from '../../protocol/api.ts';
import { draftReply, type ReplyDraft } from '../../skills/mail/draft-reply.ts';
import { loadThreads } from '../../skills/mail/mail-input.ts';
import { findThread, type MailThread, ownName, threadOpening } from '../../skills/mail/mail-thread.ts';
import { guessOwner, type TriagedThread, triageThreads } from '../../skills/mail/triage.ts';
import type { SkillContext } from '../../skills/skill.ts';

export type Mailbox = {
  readonly threads: readonly MailThread[];
  readonly triaged: ReadonlyMap<string, TriagedThread>;
};

const KEPT = 4;
const kept = new Map<string, Mailbox>();

/** The threads of a mail file the context's user may read (readSource checks), triaged as of now. */
export async function openMailbox(context: SkillContext, fileId: string): Promise<Mailbox> {
  // Reading the source first checks the user may read it, also when the threads are kept.
  await context.readSource(fileId);
  const found = kept.get(fileId);
  if (found) return found;
  const threads = await loadThreads(context, [fileId]);
  const triaged = new Map(
    triageThreads(threads, { me: [], now: context.clock.now() }).map((item) => [item.id, item]),
  );
  const mailbox = { threads, triaged };
  kept.set(fileId, mailbox);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return mailbox;
}

const person = (address: Address | undefined) => address?.name || address?.address || '';

function lastDate(thread: MailThread): string | undefined {
  return thread.messages
    .map((message) => message.date)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
}

function threadInfo(mailbox: Mailbox, thread: MailThread): MailThreadInfo {
  const label = mailbox.triaged.get(thread.id)?.label ?? 'fyi';
  const date = lastDate(thread);
  const opening = threadOpening(thread);
  return {
    id: thread.id,
    subject: thread.subject,
    ...(opening ? { opening } : {}),
    participants: thread.participants.map(person),
    ...(date ? { date } : {}),
    count: thread.messages.length,
    label,
    needsReply: label === 'needs-reply',
  };
}

/** A page of threads, newest first (threads without dates last). */
export function threadPage(mailbox: Mailbox, offset: number, limit: number): MailThreadPage {
  const ordered = [...mailbox.threads].sort((a, b) => (lastDate(b) ?? '').localeCompare(lastDate(a) ?? ''));
  return {
    total: ordered.length,
    offset,
    limit,
    threads: ordered.slice(offset, offset + limit).map((thread) => threadInfo(mailbox, thread)),
  };
}

export function findMailThread(mailbox: Mailbox, id: string): MailThread | undefined {
  return findThread(mailbox.threads, id);
}

function messageView(message: MailThread['messages'][number]): MailMessageView {
  return {
    messageId: message.messageId,
    from: person(message.from),
    to: [...message.to, ...message.cc].map(person),
    ...(message.date ? { date: message.date } : {}),
    subject: message.subject,
    text: message.text,
    ...(message.quoted?.trim() ? { quoted: message.quoted } : {}),
    ...(message.signature?.trim() ? { signature: message.signature } : {}),
  };
}

export function threadView(mailbox: Mailbox, thread: MailThread): MailThreadView {
  const triaged = mailbox.triaged.get(thread.id);
  return {
    ...threadInfo(mailbox, thread),
    reasons: [...(triaged?.reasons ?? [])],
    deadlines: (triaged?.deadlines ?? []).map((deadline) => ({ text: deadline.text, date: deadline.date })),
    messages: thread.messages.map(messageView),
  };
}

/** A reply to the thread from the mailbox's owner (the writer of a sent folder, else the most frequent recipient), as the mail-reply skill drafts it. */
export function replyTo(mailbox: Mailbox, thread: MailThread, now: Date, all: boolean): ReplyDraft {
  const messages = mailbox.threads.flatMap((item) => item.messages);
  const address = guessOwner(messages) ?? 'me@localhost';
  const known = thread.participants.find((item) => item.address.toLowerCase() === address.toLowerCase());
  const name = known?.name ?? ownName(messages, address);
  return draftReply(thread, { me: { address, ...(name ? { name } : {}) }, now, replyAll: all });
}
