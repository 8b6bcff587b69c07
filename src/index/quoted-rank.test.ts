/** Quoted messages below new text in the ranking; invented passages. */
import { describe, expect, it } from 'vitest';
import { quotedLast } from './quoted-rank.ts';
import type { Chunk } from './types.ts';

function ranked(id: number, text: string, score: number, quote?: number) {
  const chunk = {
    id,
    type: 'email',
    title: 'RE: Hall',
    text,
    locator: { messageId: `<m${id}@example.com>`, ...(quote ? { quote } : {}) },
    people: [],
    data: quote ? { quote: { n: quote, in: {} } } : {},
  } as unknown as Chunk;
  return { chunk, score };
}

describe('quotedLast', () => {
  it('ranks quoted messages below every passage of new text', () => {
    const order = quotedLast([
      ranked(1, 'The deposit for the hall is $450.', 10, 1),
      ranked(2, 'We booked the hall for the deposit we agreed.', 9),
      ranked(3, 'The hall has a new caretaker.', 2),
    ]).map((item) => item.chunk.id);
    expect(order).toEqual([2, 3, 1]);
  });

  it('says a message once: a quote of a ranked message, or of one quoted above it, is left out', () => {
    const order = quotedLast([
      ranked(1, 'The deposit for the hall is $450, due Monday.', 12, 1),
      ranked(2, 'The deposit for the hall is $450, due Monday.', 9),
      ranked(3, 'The caretaker leaves the keys at the desk.', 8, 2),
      ranked(4, 'The caretaker leaves the keys at the desk.', 7, 1),
    ]).map((item) => item.chunk.id);
    expect(order).toEqual([2, 3]);
  });
});

describe('a message quoted under replies in several folders', () => {
  it('is said by its earliest copy, at the place of the best one', () => {
    const copy = (id: number, score: number, date: string) => {
      const item = ranked(id, 'The caretaker leaves the keys at the desk.', score, 1);
      return { ...item, chunk: { ...item.chunk, date } };
    };
    const order = quotedLast([
      copy(1, 12, '2031-03-09T10:00:00Z'),
      ranked(2, 'The lease of the hall ends in June.', 10, 1),
      copy(3, 8, '2031-03-02T10:00:00Z'),
    ]).map((item) => item.chunk.id);
    expect(order).toEqual([3, 2]);
  });
});
