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
      'Good news below.\n\nThe harbour office tells us the PRB has granted a second mooring slot to our ferry line for the summer.',
      [{ name: 'Ilse Varga', address: 'ilse.varga@example.com', role: 'from' }],
    );
    const answer = extractiveAnswer('Who granted the second mooring slot?', [hit], new CitationList());
    expect(answer.answer).toContain('PRB has granted');
    // The sentence names who acts: "who" is answered, not refused as naming no one.
    expect(answer.support?.typed).toBe(true);
  });
});

describe('"I" in a forwarded message', () => {
  it('is the writer of that message, not the one who forwards it', () => {
    const text =
      'Can you look at a plan of support for Lisbon with Oren?\n\n-----Original Message-----\n\nSorry for the slow reply. As I said on the phone, I have turned down the Lisbon post.';
    const hit = mailHit(text, [{ name: 'Quist, Marta', address: 'marta.quist@example.com', role: 'from' }], {
      data: {
        forwarded: true,
        forwardedFrom: [{ author: 'Tobias Wren', opening: 'sorry for the slow reply' }],
      },
    });
    const answer = extractiveAnswer('Who turned down the Lisbon post?', [hit], new CitationList());
    expect(answer.answer).toContain('Tobias Wren wrote:');
    expect(answer.answer).not.toContain('Marta Quist');
  });
});

describe('the writer\'s own "my" for the question\'s possessive', () => {
  it('stands for the name the question owns the noun by', () => {
    expect(
      writerPossessive("Who is Nell Farrow's mentor?", 'I asked my mentor (Abe Lund).', 'Nell Farrow'),
    ).toEqual(['nell', 'farrow']);
    expect(
      writerPossessive("Who is Nell Farrow's mentor?", 'I asked my new mentor, Abe Lund.', 'Nell Farrow'),
    ).toEqual(['nell', 'farrow']);
  });

  it('not another writer, nor another noun', () => {
    expect(
      writerPossessive("Who is Nell Farrow's mentor?", 'I asked my mentor (Abe Lund).', 'Ines Brook'),
    ).toEqual([]);
    expect(
      writerPossessive("Who is Nell Farrow's mentor?", 'I asked my manager (Abe Lund).', 'Nell Farrow'),
    ).toEqual([]);
  });

  it('answers the possessive "who" from her own reply', () => {
    const hit = mailHit(
      'Tomas,\n\nThe spring rota is done. I went over it with my mentor (Abe Lund) this morning and the night shifts stay as they are. The mentor signs every rota, and the mentor keeps the copies.\n\nThanks',
      [
        { name: 'Farrow, Nell', address: 'nell.farrow@example.com', role: 'from' },
        { name: 'Tomas Eide', address: 'tomas.eide@example.com', role: 'to' },
      ],
      { title: 'RE: Spring rota' },
    );
    const answer = extractiveAnswer("Who is Nell Farrow's mentor?", [hit], new CitationList());
    expect(answer.answer).toContain('Abe Lund');
    // Her "my" carries her name: the sentence holds the question's words as its own.
    expect(answer.support?.own ?? 0).toBeGreaterThan(0.5);
    expect(weaklySupported(answer, 'person')).toBe(false);
  });
});

describe('places a mail writes without a place word', () => {
  it('a town and its state or province', () => {
    expect(carriesType('Our new hire drives up from Dunmore, Ohio next week.', 'place')).toBe(true);
    expect(carriesType('She drives down from Red Deer, Alberta.', 'place')).toBe(true);
    expect(carriesType('Our new hire starts on Monday, Ohio said.', 'place')).toBe(false);
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
