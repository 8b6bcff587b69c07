import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { mailOfOtherDay } from './sent-on-day.ts';

function mail(date: string): SearchHit {
  return {
    chunkId: 1,
    path: 'mail/inbox.mbox',
    uri: 'file:///mail/inbox.mbox#mid=1',
    title: 'RE: Rota',
    locator: {},
    score: 1,
    snippet: '',
    text: 'The rota for April is attached.',
    type: 'email',
    people: [{ name: 'Ines Varga', role: 'from' }],
    date,
  };
}

describe('mailOfOtherDay: a mail of another day than the sending asked', () => {
  const march4 = new Date('2031-03-04T00:00:00Z');

  it('flags a mail written days after the day the question names', () => {
    expect(
      mailOfOtherDay('What did Ines Varga send me on March 4?', mail('2031-03-07T18:06:00Z'), march4),
    ).toBe(true);
  });

  it('keeps a mail of that day, give or take the time zone, and a question that names no sending day', () => {
    expect(
      mailOfOtherDay('What did Ines Varga send me on March 4?', mail('2031-03-05T01:30:00Z'), march4),
    ).toBe(false);
    expect(mailOfOtherDay('What is on the rota for March 4?', mail('2031-03-07T18:06:00Z'), march4)).toBe(
      false,
    );
  });
});
