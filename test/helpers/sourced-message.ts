import type { Address } from '../../src/formats/model.ts';
import type { SourcedMessage } from '../../src/skills/mail/mail-thread.ts';

/**
 * The nth message of a test thread in inbox.mbox: sent on 2026-03-0n at 10:00 UTC, with id
 * `m<n>@example.org`; `extra` sets any other field (subject, quoted history, headers).
 */
export function sourcedMessage(
  n: number,
  from: Address,
  to: Address[],
  text: string,
  extra: Partial<SourcedMessage> = {},
): SourcedMessage {
  return {
    type: 'message',
    messageId: `m${n}@example.org`,
    subject: 'Test thread',
    from,
    to,
    cc: [],
    bcc: [],
    date: `2026-03-0${n}T10:00:00Z`,
    references: [],
    text,
    attachments: [],
    headers: {},
    locator: { messageId: `m${n}@example.org` },
    path: 'inbox.mbox',
    ...extra,
  };
}
