import { describe, expect, it } from 'vitest';
import type { Address } from '../../formats/model.ts';
import type { MailThread, SourcedMessage } from './mail-thread.ts';
import { addressKey, ownerKeys } from './owner-address.ts';
import { triageThreads } from './triage.ts';

describe('an owner address as a mail writes it', () => {
  it('matches the address the reader cleaned of doubled dots and stray quotes', () => {
    expect(ownerKeys(['k..quist@example.org']).has(addressKey('k.quist@example.org'))).toBe(true);
    expect(ownerKeys(["'mara.quist'@example.org"]).has(addressKey('mara.quist@example.org'))).toBe(true);
  });
});

describe('the owner in Lotus Notes addresses', () => {
  const owner = ownerKeys(['mara.quist@example.org']);

  it('knows the owner with the Notes routing left in, or the name written out with a middle initial', () => {
    expect(owner.has(addressKey('mara.quist/corp/example@example.org'))).toBe(true);
    expect(owner.has(addressKey('Mara B Quist/OSL/EXAMPLE@EXAMPLE'))).toBe(true);
    expect(owner.has(addressKey('MARA.QUIST@example.org'))).toBe(true);
  });

  it('does not take another person, or a one-word address, for the owner', () => {
    expect(owner.has(addressKey('mara.lind/corp/example@example.org'))).toBe(false);
    expect(owner.has(addressKey('Oskar Quist/OSL/EXAMPLE@EXAMPLE'))).toBe(false);
    expect(owner.has(addressKey('mara.quist@other.example'))).toBe(false);
    expect(ownerKeys(['quist@example.org', 'm..quist@example.org'])).toEqual(
      // The doubled dot is cleaned as the mail readers clean it; no person key comes of it.
      new Set(['quist@example.org', 'm.quist@example.org']),
    );
  });

  it('reads a question sent to the owner as a Notes address as a question to them', () => {
    const from: Address = { name: 'Oskar Lind', address: 'oskar.lind@example.org' };
    const to: Address = { address: 'mara.quist/corp/example@example.org' };
    const message: SourcedMessage = {
      type: 'message',
      messageId: 'n1@example.org',
      subject: 'Offer for the new analyst',
      from,
      to: [to],
      cc: [],
      bcc: [],
      date: '2026-03-02T10:00:00Z',
      references: [],
      text: 'Sven came back with a higher figure. Let me know your thoughts on accept or counter.',
      attachments: [],
      headers: {},
      locator: { messageId: 'n1@example.org' },
      path: 'inbox.mbox',
    };
    const thread: MailThread = {
      id: 't1',
      subject: message.subject,
      messages: [message],
      participants: [from, to],
    };
    const [triaged] = triageThreads([thread], {
      me: ['mara.quist@example.org'],
      now: new Date('2026-03-03T10:00:00Z'),
    });
    expect(triaged?.label).toBe('needs-reply');
  });
});
