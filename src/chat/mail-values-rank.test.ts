/**
 * Which sentence of a mail answers a value asked: for "which floor", one that gives a floor before
 * one that only names a place or counts floors; an extension to dial and a room code on its own
 * line carry a number and a place. Invented people, places and figures.
 */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { carriesType, expectedAnswerType } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

function mailHit(text: string, extra: Partial<SearchHit> = {}): SearchHit {
  return notesHit(text, 'email', { title: 'Office space', date: '2031-02-19T16:45:14Z', ...extra });
}

describe('a sentence that gives a floor before one that only names a place', () => {
  it('"which floor" is answered by the floor, not by the tower nor a count of floors', () => {
    const hit = mailHit(
      'Orla has finished its new office tower beside Vell Plaza.  Tarvik Ltd took two floors in the tower last spring.  We want the 9th floor at $22 sq. ft. for a 7 year lease.',
      { people: [{ name: 'Voss, Nela', address: 'nela.voss@example.com', role: 'from' }] },
    );
    const answer = extractiveAnswer(
      'Which floor does Nela Voss want in the Orla tower?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('9th floor');
    expect(answer.answer).not.toContain('Vell Plaza');
  });
});

describe('an extension to dial and a room code on its own line', () => {
  it('reads them as a number and a place', () => {
    expect(carriesType('To book a seat, call 4-2718 and pick option 1.', 'phone')).toBe(true);
    expect(carriesType('Please call 4-2718 after noon.', 'phone')).toBe(true);
    expect(carriesType('The fee went up 4-2718 times.', 'phone')).toBe(false);
    expect(carriesType('OB 7C3', 'place')).toBe(true);
    expect(carriesType('Q3 2031', 'place')).toBe(false);
    expect(expectedAnswerType("What is Ida Brenner's office extension?")).toBe('phone');
  });
});
