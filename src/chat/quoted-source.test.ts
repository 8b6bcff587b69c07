/** An answer from a quoted message names its writer and date as the header says; invented mail. */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { withQuotedSource } from './quoted-source.ts';

const quoted = (quote: Record<string, unknown>): SearchHit =>
  notesHit('The deposit is $450.', 'email', {
    title: 'RE: Hall',
    data: { quote: { n: 1, in: {}, ...quote } },
  });

describe('withQuotedSource', () => {
  it('says who wrote the quoted message and when', () => {
    expect(
      withQuotedSource(
        'The deposit is $450. [1]',
        quoted({ author: 'Ann Lee', sent: 'Monday, May 7, 2001 9:12 AM' }),
      ),
    ).toBe('On Monday, May 7, 2001 9:12 AM, Ann Lee wrote (quoted in "RE: Hall"): The deposit is $450. [1]');
    expect(withQuotedSource('The deposit is $450. [1]', quoted({ sent: '05/07/2001 09:12 AM' }))).toBe(
      'Quoted in "RE: Hall", written 05/07/2001 09:12 AM: The deposit is $450. [1]',
    );
  });

  it("leaves an answer from a message's own words as it is", () => {
    expect(withQuotedSource('The deposit is $450. [1]', notesHit('The deposit is $450.', 'email'))).toBe(
      'The deposit is $450. [1]',
    );
  });
});

describe('withQuotedSource on the quoted history a short reply is read with', () => {
  const reply = notesHit('Thanks, fine by me.', 'email', {
    title: 'RE: Hall',
    data: {
      quoted:
        '-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Day, Bo\nSubject: Hall\n\nThe caretaker wants a deposit of $450\nby the end of the month.',
    },
  });

  it('names the quoted message a sentence of the kept history comes from', () => {
    expect(
      withQuotedSource('The caretaker wants a deposit of $450 by the end of the month. [1]', reply),
    ).toBe(
      'On Monday, May 7, 2001 9:12 AM, Ann Lee wrote (quoted in "RE: Hall"): The caretaker wants a deposit of $450 by the end of the month. [1]',
    );
  });

  it("leaves a sentence of the reply's own words as it is", () => {
    expect(withQuotedSource('Thanks, fine by me. [1]', reply)).toBe('Thanks, fine by me. [1]');
  });
});
