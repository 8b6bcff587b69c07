/**
 * @module summarize-thread
 * Builtin thread summary: what was asked, what was decided, which questions are still open
 * and who owes what, every sentence citing the message it came from.
 */
import type { Address } from '../../formats/model.ts';
import { classifySentence, contentSentences, findDeadlines } from './mail-acts.ts';
import { firstName, type MailThread, type SourcedMessage } from './mail-thread.ts';

export type MailCitation = {
  readonly n: number;
  readonly path: string;
  readonly uri: string;
  readonly locator: { readonly messageId: string };
  readonly quote: string;
};

export type ThreadPoint = { readonly text: string; readonly by: string; readonly n: number };
export type Obligation = {
  readonly owner: string;
  readonly task: string;
  readonly due?: string;
  readonly n: number;
};

export type ThreadSummary = {
  readonly threadId: string;
  readonly subject: string;
  readonly summary: string;
  readonly asked: readonly ThreadPoint[];
  readonly decided: readonly ThreadPoint[];
  readonly openQuestions: readonly ThreadPoint[];
  readonly owes: readonly Obligation[];
  readonly engine: 'builtin';
  readonly citations: readonly MailCitation[];
};

function displayName(address: Address | undefined): string {
  if (!address) return 'someone';
  return address.name?.trim() || address.address;
}

function sameSender(a: SourcedMessage, b: SourcedMessage): boolean {
  return (a.from?.address ?? '').toLowerCase() === (b.from?.address ?? '').toLowerCase();
}

function clip(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function dateRange(thread: MailThread): string {
  const dates = thread.messages
    .map((message) => message.date)
    .filter((date): date is string => Boolean(date));
  if (dates.length === 0) return '';
  const first = dates[0]!.slice(0, 10);
  const last = dates.at(-1)!.slice(0, 10);
  return first === last ? ` on ${first}` : ` from ${first} to ${last}`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function summarizeThread(thread: MailThread): ThreadSummary {
  const citations: MailCitation[] = thread.messages.map((message, i) => ({
    n: i + 1,
    path: message.path,
    uri: `mail://${encodeURIComponent(message.messageId.replace(/^<|>$/g, ''))}`,
    locator: { messageId: message.messageId },
    quote: clip(contentSentences(message.text).join(' ')),
  }));
  const asked: ThreadPoint[] = [];
  const decided: ThreadPoint[] = [];
  const openQuestions: ThreadPoint[] = [];
  const owes: Obligation[] = [];

  thread.messages.forEach((message, i) => {
    const n = i + 1;
    const by = displayName(message.from);
    const reference = message.date ? new Date(message.date) : new Date(0);
    const answeredLater = thread.messages.slice(i + 1).some((later) => !sameSender(later, message));
    for (const sentence of contentSentences(message.text)) {
      const act = classifySentence(sentence);
      const due = findDeadlines(sentence, reference)[0]?.date;
      if (act === 'question' || act === 'request') {
        asked.push({ text: sentence, by, n });
        if (!answeredLater) openQuestions.push({ text: sentence, by, n });
      }
      if (act === 'decision') decided.push({ text: sentence, by, n });
      if (act === 'request') {
        // "Lars, please send…" is addressed to Lars; otherwise to the first recipient.
        const vocative = /^([A-Z][\p{L}'-]+)\s*,/u.exec(sentence)?.[1]?.toLowerCase();
        const named = vocative ? thread.participants.find((person) => firstName(person).toLowerCase() === vocative) : undefined;
        const addressee = named ?? message.to[0];
        owes.push({
          owner: addressee ? displayName(addressee) : 'the recipients',
          task: sentence,
          ...(due ? { due } : {}),
          n,
        });
      }
      if (act === 'commitment') owes.push({ owner: by, task: sentence, ...(due ? { due } : {}), n });
    }
  });

  const names = thread.participants.map((person) => person.name?.trim() || person.address);
  const sentences: string[] = [];
  sentences.push(
    `"${thread.subject}" is a thread of ${thread.messages.length} message${thread.messages.length === 1 ? '' : 's'}${dateRange(thread)} between ${joinNames(names.slice(0, 5))}${names.length > 5 ? ` and ${names.length - 5} others` : ''} [1].`,
  );
  const opening = contentSentences(thread.messages[0]?.text ?? '')[0];
  if (opening)
    sentences.push(`${firstName(thread.messages[0]?.from)} opened with: "${clip(opening, 160)}" [1].`);
  for (const point of asked.slice(0, 3))
    sentences.push(`${point.by} asked: "${clip(point.text, 160)}" [${point.n}].`);
  for (const point of decided.slice(0, 3))
    sentences.push(`Decided (${point.by}): "${clip(point.text, 160)}" [${point.n}].`);
  for (const point of openQuestions.slice(0, 3))
    sentences.push(`Still open: "${clip(point.text, 160)}" [${point.n}].`);
  for (const item of owes.slice(0, 4)) {
    sentences.push(
      `${item.owner} owes: "${clip(item.task, 140)}"${item.due ? ` (due ${item.due.slice(0, 10)})` : ''} [${item.n}].`,
    );
  }
  if (decided.length === 0 && asked.length === 0 && thread.messages.length > 1) {
    const last = thread.messages.at(-1)!;
    const closing = contentSentences(last.text)[0];
    if (closing)
      sentences.push(
        `Last word from ${firstName(last.from)}: "${clip(closing, 160)}" [${thread.messages.length}].`,
      );
  }
  return {
    threadId: thread.id,
    subject: thread.subject,
    summary: sentences.join(' '),
    asked,
    decided,
    openQuestions,
    owes,
    engine: 'builtin',
    citations,
  };
}
