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
