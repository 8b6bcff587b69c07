/**
 * @module threads
 * Rebuilds mail conversations. Messages are linked by In-Reply-To/References when present;
 * otherwise a reply ("RE:", "FW:", or quoted text) is linked to the latest earlier message
 * with the same normalized subject that shares a participant, or whose text it quotes.
 * A message with neither a reply prefix nor quoted text starts a new conversation even when
 * its subject repeats ("Weekly report").
 */
import { createHash } from 'node:crypto';
import type { Message } from '../formats/model.ts';
import { memoized } from '../lib/memo.ts';

export type ThreadAssignment = {
  readonly messageId: string;
  /** Stable thread id: a short hash of the thread's first Message-ID. */
  readonly threadId: string;
  /** The message this one replies to, when known or inferred. */
  readonly parentId?: string;
};

const REPLY_PREFIX = /^\s*(re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|回复|答复|转发)\s*(\[\d+\])?\s*[:：]/i;

/** "RE: Fw: [team] Budget" → "budget". */
export function normalizeSubject(subject: string): string {
  let value = subject.trim();
  for (;;) {
    const next = value
      .replace(/^\s*(re|fw|fwd|aw|wg|sv|vs|antw|tr|rif|回复|答复|转发)\s*(\[\d+\])?\s*[:：]\s*/i, '')
      .replace(/^\[[^\]]{1,40}\]\s*/, '');
    if (next === value) break;
    value = next;
  }
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function threadIdFor(rootMessageId: string): string {
  return `t${createHash('sha1').update(rootMessageId.trim().toLowerCase()).digest('hex').slice(0, 10)}`;
}

const cleanId = (id: string | undefined) => (id ?? '').trim().replace(/^<|>$/g, '').toLowerCase();
const address = (value: string | undefined) => (value ?? '').trim().toLowerCase();

function people(message: Message): Set<string> {
  return new Set(
    [message.from?.address, ...message.to.map((to) => to.address), ...message.cc.map((cc) => cc.address)]
      .map(address)
      .filter(Boolean),
  );
}

/** Words of a text normalized for quote matching. */
function fingerprint(text: string): string {
  return text
    .toLowerCase()
    .replace(/^>+/gm, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function quotedText(message: Message): string {
  const fromQuote = message.quoted ?? '';
  const inline = /-{3,}\s*original message\s*-{3,}([\s\S]*)/i.exec(message.text)?.[1] ?? '';
  return fingerprint(`${fromQuote} ${inline}`);
}

/** The opening of a message's own text that a reply would quote; '' when too short to tell. */
function opening(message: Message): string {
  const text = fingerprint(message.text);
  return text.length < 20 ? '' : text.slice(0, 80);
}

/** Does a child's quoted text hold a parent's opening? */
function quotes(childQuoted: string, parentOpening: string): boolean {
  return childQuoted !== '' && parentOpening !== '' && childQuoted.includes(parentOpening);
}

export function rebuildThreads(messages: readonly Message[]): ThreadAssignment[] {
  const order = messages.map((message, index) => ({
    message,
    index,
    time: message.date ? Date.parse(message.date) : Number.NaN,
  }));
  order.sort(
    (a, b) => (Number.isNaN(a.time) ? 0 : a.time) - (Number.isNaN(b.time) ? 0 : b.time) || a.index - b.index,
  );

  const parentOf = new Map<number, number>();
  const byId = new Map<string, number>();
  for (const { message, index } of order) {
    const id = cleanId(message.messageId);
    if (id && !byId.has(id)) byId.set(id, index);
  }
  const timeOf = new Map(order.map((entry) => [entry.index, entry.time]));
  // A message is a candidate parent of many: its opening and people are worked out once.
  const openingOf = memoized((index: number) => opening(messages[index]!), Number.POSITIVE_INFINITY);
  const peopleOf = memoized((index: number) => people(messages[index]!), Number.POSITIVE_INFINITY);
  const bySubject = new Map<string, number[]>();
  for (const { message, index, time } of order) {
    // 1. Explicit headers.
    const explicit = [message.inReplyTo, ...[...message.references].reverse()]
      .map(cleanId)
      .find((id) => id && byId.has(id) && byId.get(id) !== index);
    if (explicit) {
      parentOf.set(index, byId.get(explicit)!);
    } else {
      // 2. Subject, participants and quoted text.
      const subject = normalizeSubject(message.subject);
      const isReply = REPLY_PREFIX.test(message.subject);
      const childQuoted = quotedText(message);
      const candidates = (bySubject.get(subject) ?? []).slice(-50).filter((candidate) => {
        const candidateTime = timeOf.get(candidate) ?? Number.NaN;
        return Number.isNaN(time) || Number.isNaN(candidateTime) || time - candidateTime <= 90 * 86_400_000;
      });
      if (subject && candidates.length && (isReply || childQuoted)) {
        const mine = peopleOf(index);
        const sender = address(message.from?.address);
        let best: number | undefined;
        let bestScore = 0;
        for (const candidate of candidates) {
          const other = messages[candidate]!;
          let score = 0;
          if (quotes(childQuoted, openingOf(candidate))) score += 4;
          const theirs = peopleOf(candidate);
          if (theirs.has(sender)) score += 2;
          if (mine.has(address(other.from?.address))) score += 2;
          for (const person of mine) if (theirs.has(person)) score += 0.25;
          // Later candidates win ties: replies answer the latest message.
          if (score > 0 && score >= bestScore) {
            best = candidate;
            bestScore = score;
          }
        }
        if (best !== undefined) parentOf.set(index, best);
      }
    }
    const subject = normalizeSubject(message.subject);
    if (subject) {
      const list = bySubject.get(subject) ?? [];
      list.push(index);
      bySubject.set(subject, list);
    }
  }

  const rootOf = (index: number): number => {
    let current = index;
    const seen = new Set<number>();
    while (parentOf.has(current) && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current)!;
    }
    return current;
  };
  return messages.map((message, index) => {
    const root = messages[rootOf(index)]!;
    const parent = parentOf.get(index);
    return {
      messageId: message.messageId,
      threadId: threadIdFor(root.messageId || `${root.subject}|${root.date ?? ''}`),
      ...(parent !== undefined ? { parentId: messages[parent]!.messageId } : {}),
    };
  });
}
