import { describe, expect, it } from 'vitest';
import type { Person, SearchHit } from '../index/types.ts';
import { importance, isBulkItem, readerOf } from './missed.ts';

const people: Person[] = [
  {
    id: 1,
    name: 'Maya Lind',
    emails: ['maya.lind@example.com', 'mlind@example.com'],
    aliases: ['Lind, Maya'],
    mentions: 9,
  },
  { id: 2, name: 'Tomas Brevik', emails: ['tomas.brevik@example.com'], aliases: [], mentions: 4 },
  { id: 3, name: 'Ines Falk', emails: ['ines.falk@example.com'], aliases: [], mentions: 4 },
];

function mail(from: string, to: readonly string[], text: string, title = 'Note'): SearchHit {
  return {
    id: 1,
    chunkId: 1,
    score: 0,
    snippet: text,
    type: 'email',
    title,
    text,
    path: '/mail/inbox.mbox',
    uri: 'file:///mail/inbox.mbox#mid=1',
    hash: '',
    readers: ['*'],
    owner: 'maya',
    locator: { messageId: '1' },
    people: [{ address: from, role: 'from' }, ...to.map((address) => ({ address, role: 'to' as const }))],
    date: '2026-03-10T09:00:00Z',
    data: { from: { address: from }, subject: title },
  } as SearchHit;
}

describe('what did I miss: importance to the asker', () => {
  const reader = readerOf(people, 'maya.lind@example.com');

  it('knows mail the asker wrote under another of their addresses', () => {
    expect(reader.wrote(mail('mlind@example.com', ['maya.lind@example.com'], 'Synchronizing mailbox'))).toBe(
      true,
    );
    expect(reader.wrote(mail('tomas.brevik@example.com', ['maya.lind@example.com'], 'Hello'))).toBe(false);
  });

  it('puts mail to the asker among few people above a broadcast, and a broadcast naming them above one that does not', () => {
    const direct = mail(
      'tomas.brevik@example.com',
      ['mlind@example.com'],
      'Can you send the survey figures today?',
    );
    const many = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}@example.com`);
    const naming = mail('ines.falk@example.com', many, 'Maya, please bring the harbour maps on Monday.');
    const other = mail('ines.falk@example.com', many, 'The harbour maps are in the shared folder.');
    expect(importance(direct, reader)).toBeGreaterThan(importance(naming, reader));
    expect(importance(naming, reader)).toBeGreaterThan(importance(other, reader));
  });

  it('puts automated notices and newsletters last, even when addressed to the asker alone', () => {
    const notice = mail(
      'arsystem@mailman.example.com',
      ['maya.lind@example.com'],
      'This request has been pending your approval for 12 days.',
      'Your Approval is Overdue',
    );
    const letter = mail(
      'tomas.brevik@example.com',
      ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'],
      'Lunch is moved to noon.',
    );
    expect(isBulkItem(notice)).toBe(true);
    expect(importance(notice, reader)).toBeLessThan(importance(letter, reader));
  });

  it('ranks without an asker the index knows', () => {
    const nobody = readerOf(people, 'someone.else@example.org');
    expect(nobody.wrote(mail('mlind@example.com', [], 'x'))).toBe(false);
    expect(
      importance(mail('tomas.brevik@example.com', ['ines.falk@example.com'], 'Short note for Ines.'), nobody),
    ).toBe(3);
  });
});
