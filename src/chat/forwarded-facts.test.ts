/**
 * Answers that sit in a message a mail forwards or in another person's words: who acts when a
 * body is written in capitals, who "I" is in a forwarded message, whose "my" a possessive
 * question asks about, and places written as a town and its state, a preference, or a room code
 * in brackets. Invented people, bodies, places and figures.
 */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { acronymActs } from './acronym-agent.ts';
import { carriesType } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer, weaklySupported } from './passage-answer.ts';
import { writerPossessive } from './writer-possessive.ts';

function mailHit(text: string, people: SearchHit['people'], extra: Partial<SearchHit> = {}): SearchHit {
  return notesHit(text, 'email', {
    title: 'FW: Harbour permit',
    date: '2003-04-02T15:00:00Z',
    people,
    ...extra,
  });
}

describe('a body in capitals as the doer of the verb asked', () => {
  it('names who acts, past an auxiliary', () => {
    expect(
      acronymActs('Who granted the Tarn Quay permit?', 'We hear the PRB has granted the Tarn Quay permit.'),
    ).toBe(true);
    expect(
      acronymActs('Who approved the dredging plan?', 'The WQC approved the dredging plan on Monday.'),
    ).toBe(true);
  });

  it('not another verb, a line in capitals, nor a body the question names', () => {
    expect(
      acronymActs('Who granted the Tarn Quay permit?', 'The PRB will review the Tarn Quay permit.'),
    ).toBe(false);
    expect(acronymActs('Who granted the permit?', 'WE HAVE GRANTED THE PERMIT.')).toBe(false);
    expect(acronymActs('Who at the PRB granted the permit?', 'The PRB has granted the permit.')).toBe(false);
    expect(acronymActs('What did the PRB grant?', 'The PRB has granted the permit.')).toBe(false);
  });

  it('answers "who" from the forwarded notice', () => {
    const hit = mailHit(
      'Good news below.\n\nWe have just been told that the PRB has granted early release of the berth for the sale of our ferry business.',
      [{ name: 'Ilse Varga', address: 'ilse.varga@example.com', role: 'from' }],
    );
    const answer = extractiveAnswer('Who granted early release of the berth?', [hit], new CitationList());
    expect(answer.answer).toContain('PRB has granted');
    // The sentence names who acts: "who" is answered, not refused as naming no one.
    expect(answer.support?.typed).toBe(true);
  });
});

describe('"I" in a forwarded message', () => {
  it('is the writer of that message, not the one who forwards it', () => {
    const text =
      'Can you look at a plan of support for Lisbon with Oren?\n\n-----Original Message-----\n\nThanks for waiting on me. As I had said, I have decided not to take the Lisbon offer.';
    const hit = mailHit(text, [{ name: 'Quist, Marta', address: 'marta.quist@example.com', role: 'from' }], {
      data: {
        forwarded: true,
        forwardedFrom: [{ author: 'Tobias Wren', opening: 'thanks for waiting on me' }],
      },
    });
    const answer = extractiveAnswer('Who decided not to take the Lisbon offer?', [hit], new CitationList());
    expect(answer.answer).toContain('Tobias Wren wrote:');
    expect(answer.answer).not.toContain('Marta Quist');
  });
});

describe('the writer\'s own "my" for the question\'s possessive', () => {
  it('stands for the name the question owns the noun by', () => {
    expect(
      writerPossessive("Who is Nell Farrow's director?", 'I asked my director (Abe Lund).', 'Nell Farrow'),
    ).toEqual(['nell', 'farrow']);
    expect(
      writerPossessive("Who is Nell Farrow's director?", 'I asked my new director, Abe Lund.', 'Nell Farrow'),
    ).toEqual(['nell', 'farrow']);
  });

  it('not another writer, nor another noun', () => {
    expect(
      writerPossessive("Who is Nell Farrow's director?", 'I asked my director (Abe Lund).', 'Ines Brook'),
    ).toEqual([]);
    expect(
      writerPossessive("Who is Nell Farrow's director?", 'I asked my manager (Abe Lund).', 'Nell Farrow'),
    ).toEqual([]);
  });

  it('answers the possessive "who" from her own reply', () => {
    const hit = mailHit(
      'Tomas,\n\nThe levy has been withheld already on your payout. I checked with my director (Abe Lund) on your question about refunds of levies paid. You cannot get them back. The director signs every payout form, and the director keeps the copies.\n\nThanks',
      [
        { name: 'Farrow, Nell', address: 'nell.farrow@example.com', role: 'from' },
        { name: 'Tomas Eide', address: 'tomas.eide@example.com', role: 'to' },
      ],
      { title: 'RE: Payout form' },
    );
    const answer = extractiveAnswer("Who is Nell Farrow's director?", [hit], new CitationList());
    expect(answer.answer).toContain('Abe Lund');
    // Her "my" carries her name: the sentence holds the question's words as its own.
    expect(answer.support?.own ?? 0).toBeGreaterThan(0.5);
    expect(weaklySupported(answer, 'person')).toBe(false);
  });
});

describe('places a mail writes without a place word', () => {
  it('a town and its state or province', () => {
    expect(carriesType('The candidate is flying in from Dunmore, Ohio on Monday.', 'place')).toBe(true);
    expect(carriesType('She drives down from Red Deer, Alberta.', 'place')).toBe(true);
    expect(carriesType('The candidate is flying in on Monday, Ohio said.', 'place')).toBe(false);
  });

  it('a place someone prefers', () => {
    expect(carriesType('He prefers Tarnwick.', 'place')).toBe(true);
    expect(carriesType('He prefers to wait.', 'place')).toBe(false);
  });

  it("a building's initials and a room number in brackets", () => {
    expect(carriesType('2:00 - 2:30 Abe Lund (QB4417)', 'place')).toBe(true);
    expect(carriesType('3:00 Nell Farrow (QB 12C4)', 'place')).toBe(true);
    expect(carriesType('Nell Farrow (x4417)', 'place')).toBe(false);
  });
});
