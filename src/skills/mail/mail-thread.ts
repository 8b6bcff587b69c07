/**
 * @module mail-thread
 * A conversation: messages in date order with a stable id, and where each message came from.
 */
import type { Address, Message } from '../../formats/model.ts';
import { rebuildThreads } from '../../index/threads.ts';

export type SourcedMessage = Message & { readonly path: string };

export type MailThread = {
  /** Stable id: a short hash of the first message's Message-ID. */
  readonly id: string;
  readonly subject: string;
  readonly messages: readonly SourcedMessage[];
  readonly participants: readonly Address[];
};

export function participantsOf(messages: readonly Message[]): Address[] {
  const seen = new Map<string, Address>();
  for (const message of messages) {
    for (const address of [message.from, ...message.to, ...message.cc]) {
      if (!address?.address) continue;
      const key = address.address.toLowerCase();
      const known = seen.get(key);
      if (!known || (!known.name && address.name)) seen.set(key, address);
    }
  }
  return [...seen.values()];
}

function makeThread(id: string, messages: readonly SourcedMessage[]): MailThread {
  const sorted = [...messages].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const root = sorted[0]!;
  return {
    id,
    subject: root.subject.replace(/^\s*((re|fw|fwd)\s*:\s*)+/i, '') || '(no subject)',
    messages: sorted,
    participants: participantsOf(sorted),
  };
}

export function firstName(address: Address | undefined): string {
  const name = address?.name?.trim();
  if (name) {
    // "Smith, Anna" → Anna; "Anna Smith" → Anna
    if (name.includes(',')) return name.split(',')[1]!.trim().split(/\s+/)[0] ?? name;
    return name.split(/\s+/)[0] ?? name;
  }
  const local = address?.address.split('@')[0] ?? 'there';
  const part = local.split(/[._-]/)[0] ?? local;
  return part.charAt(0).toUpperCase() + part.slice(1);
}

/** A line that is a person's name: one to three capitalized words ("Greg Thorse", "-Ryan", "Mery"). */
const NAME_LINE =
  /^\s*-?\s*((?:\p{Lu}[\p{L}'.-]*)(?:\s+\p{Lu}\.?(?:[\p{L}'-]*))?(?:\s+\p{Lu}[\p{L}'-]+)?)\s*$/u;
const SIGN_OFF_LINE =
  /^\s*(?:thanks?(?: you| again| a lot| so much| very much)?|many thanks|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours(?: truly| sincerely)?|respectfully|all the best|with best regards)\s*[,.!]*\s*/i;
const NOT_A_NAME =
  /^(?:thanks|thank|regards|best|cheers|sincerely|hi|hello|dear|fyi|attachment|attached|enclosed|ok|okay|yes|no|please|team|all)$/i;

/**
 * The name a message is signed with: the signature block's first line, or the short name line
 * that closes the text ("Thanks A Lot\n\nGreg Thorse", "… With best regards, Jim Wills").
 */
export function signatureName(message: Pick<Message, 'text' | 'signature'>): string | undefined {
  const candidates: string[] = [];
  const signature = message.signature
    ?.split('\n')
    .map((line) => line.replace(SIGN_OFF_LINE, '').trim())
    .filter(Boolean);
  if (signature?.[0]) candidates.push(signature[0]);
  const lines = message.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines.slice(-3).reverse()) {
    candidates.push(line);
    const after = line.replace(
      /^.*?\b(?:thanks?(?: you| again| a lot)?|regards|sincerely|cheers)\s*[,.!]*\s*/i,
      '',
    );
    if (after !== line) candidates.push(after);
  }
  for (const candidate of candidates) {
    const name = NAME_LINE.exec(candidate)?.[1];
    if (
      name &&
      name.length >= 2 &&
      name.length <= 30 &&
      !name.split(/\s+/).some((word) => NOT_A_NAME.test(word))
    )
      return name;
  }
  return undefined;
}

/** Groups messages into conversations, newest conversation first. */
export function buildThreads(messages: readonly SourcedMessage[]): MailThread[] {
  const groups = new Map<string, SourcedMessage[]>();
  rebuildThreads(messages).forEach((assignment, i) => {
    const group = groups.get(assignment.threadId) ?? [];
    group.push(messages[i]!);
    groups.set(assignment.threadId, group);
  });
  const threads = [...groups.entries()].map(([id, group]) => makeThread(id, group));
  return threads.sort((a, b) => (b.messages.at(-1)?.date ?? '').localeCompare(a.messages.at(-1)?.date ?? ''));
}

/** Finds a thread by id, or by a unique prefix of it. */
export function findThread(threads: readonly MailThread[], id: string): MailThread | undefined {
  const exact = threads.find((thread) => thread.id === id);
  if (exact) return exact;
  const matches = threads.filter((thread) => thread.id.startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}
