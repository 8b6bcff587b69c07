/** An answer from a quoted message names its writer and date as the header says; invented mail. */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';
import { givesWayToQuote, WEAK_NEW_TEXT, withQuotedSource } from './quoted-source.ts';

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

describe('withQuotedSource on the messages a bare forward carries', () => {
  // A forward's text keeps the note, then each forwarded message's words without its header.
  const forward = notesHit(
    'See below.\n\n-----Original Message-----\nI talked to the caretaker about the hall deposit today.\nShe wants $450 by the end of the month.\n\nFYI, the hall is booked for the whole of June.',
    'email',
    {
      title: 'FW: Hall',
      data: {
        forwarded: true,
        forwardedFrom: [
          {
            author: 'Ann Lee',
            sent: 'Monday, May 7, 2001 9:12 AM',
            opening: 'i talked to the caretaker about the hall deposit today. she wants $450 by the e',
          },
          { author: 'Cy Moss', opening: 'fyi, the hall is booked for the whole of june.' },
        ],
      },
    },
  );

  it('names the forwarded message a sentence comes from', () => {
    expect(withQuotedSource('She wants $450 by the end of the month. [1]', forward)).toBe(
      'On Monday, May 7, 2001 9:12 AM, Ann Lee wrote (forwarded in "FW: Hall"): She wants $450 by the end of the month. [1]',
    );
    expect(withQuotedSource('FYI, the hall is booked for the whole of June. [1]', forward)).toBe(
      'Cy Moss wrote (forwarded in "FW: Hall"): FYI, the hall is booked for the whole of June. [1]',
    );
  });

  it("leaves the forwarder's own note as it is", () => {
    expect(withQuotedSource('See below, the details follow. [1]', forward)).toBe(
      'See below, the details follow. [1]',
    );
  });
});

describe('givesWayToQuote', () => {
  const sentence = (relevance: number, keyed = false) => ({
    answer: 'The picnic hall holds 80 guests. [1]',
    sentences: 1,
    found: true,
    ...(keyed ? { keyed } : {}),
    support: { relevance, own: relevance, typed: true },
  });

  it('lets a quote answer where new text holds less than half of what is asked', () => {
    expect(givesWayToQuote(sentence(0.3))).toBe(true);
    expect(givesWayToQuote(sentence(WEAK_NEW_TEXT))).toBe(false);
    expect(givesWayToQuote(sentence(0.8))).toBe(false);
  });

  it('keeps a keyed table cell, an answer with no support measured, and no answer', () => {
    expect(givesWayToQuote(sentence(0.3, true))).toBe(false);
    const unmeasured: ExtractiveAnswer = { answer: 'Thanks. [1]', sentences: 1, found: true };
    expect(givesWayToQuote(unmeasured)).toBe(false);
    expect(givesWayToQuote({ ...sentence(0.3), found: false })).toBe(false);
  });
});
