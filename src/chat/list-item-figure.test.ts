import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('extractiveAnswer: the number of a list item', () => {
  it('is no amount: a list of points that states none answers no "how much"', () => {
    const memo = notesHit(
      [
        'Notes from Monday, for the desk heads.',
        '4.) Tove, the Harbor Mills review moves to the second floor.',
        '5.) Ines, I understand you are talking with the Harbor Mills team about their loan terms.',
      ].join('\n'),
      'email',
      { title: 'Points from Monday', date: '2024-03-04T10:00:00Z', people: [] },
    );
    const answer = extractiveAnswer(
      'How much did Harbor Mills ask for in loan terms?',
      [memo],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});
