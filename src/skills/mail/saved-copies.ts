/**
 * @module saved-copies
 * One message saved twice in a mailbox (a copy filed in two folders, an export that wrote a
 * second copy with its own Message-ID and a clock twelve or thirteen hours off): the same sender, subject,
 * words and attachments, sent within half a day. Listed twice it reads as two conversations; only the
 * earliest copy is kept. A message another one points at by In-Reply-To or References is kept,
 * so no reply loses its parent.
 */
import type { Message } from '../../formats/model.ts';

/**
 * Copies further apart than this are two messages (a daily notice says the same each day). An
 * export's clock is off by twelve hours, and by one more where it and the first copy disagree on
 * daylight saving (lavorato-j/comp: 02:46 and 15:46 on one December day).
 */
const COPY_WINDOW_MS = 13 * 3_600_000;

/** A text shorter than this (in letters and digits) says too little to tell a copy by. */
const MIN_TEXT = 40;

/**
 * What a mail export leaves where an attachment or embedded object was ("<Embedded StdOleLink>",
 * "<Embedded Picture (Metafile)>"): one copy of a message may have it and another not
 * (a reply saved twice, hours apart, its quoted history once with the embedded object and once without).
 */
export const EMBEDDED_OBJECT = /<Embedded\b[^<>]*>/i;
const EMBEDDED_OBJECTS = new RegExp(EMBEDDED_OBJECT.source, 'gi');

const normal = (value: string) =>
  value
    .replace(EMBEDDED_OBJECTS, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const cleanId = (id: string | undefined) => (id ?? '').trim().replace(/^<|>$/g, '').toLowerCase();

/** The key two copies of one message share; undefined when the message says too little. */
function copyKey(message: Message): string | undefined {
  const sender = message.from?.address?.trim().toLowerCase();
  const words = normal(`${message.text} ${message.quoted ?? ''}`);
  if (!sender || words.replace(/\s/g, '').length < MIN_TEXT) return undefined;
  // A message sent again with other files attached is a new message.
  const files = message.attachments.map((file) => `${file.filename}:${file.size}`).sort();
  return [sender, normal(message.subject), words, ...files].join('\u0001');
}

/** The messages with every later saved copy of one message left out, in their given order. */
export function withoutSavedCopies<T extends Message>(messages: readonly T[]): T[] {
  const pointedAt = new Set(
    messages.flatMap((message) => [message.inReplyTo, ...message.references].map(cleanId).filter(Boolean)),
  );
  const order = messages
    .map((message, index) => ({ message, index, time: message.date ? Date.parse(message.date) : Number.NaN }))
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  const kept = new Map<string, number>();
  const dropped = new Set<number>();
  for (const { message, index, time } of order) {
    const key = copyKey(message);
    if (key === undefined) continue;
    const earlier = kept.get(key);
    if (
      earlier !== undefined &&
      time - earlier <= COPY_WINDOW_MS &&
      !pointedAt.has(cleanId(message.messageId))
    ) {
      dropped.add(index);
      continue;
    }
    kept.set(key, time);
  }
  return messages.filter((_, index) => !dropped.has(index));
}
