import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const memo = notesHit(
  [
    'Mayor Lindqvist met the harbour boards today.',
    'The first offer made by Mayor Lindqvist to the harbour boards this morning held the following points:',
    'The boards would have to hand back $2.2 million to the port fund.',
    'The boards would keep their ferry berths.',
    'The city would buy the crane yards for $4.8 million.',
    'The talks go on tomorrow.',
  ].join('\n'),
  'email',
  { title: 'Harbour talks', date: '2024-03-04T10:00:00Z', people: [] },
);

describe('extractiveAnswer: the item of a list that the question names', () => {
  it('is the line naming the thing asked, not the first item read with the lead-in', () => {
    const answer = extractiveAnswer(
      "How much would the city pay for the boards' crane yards under Mayor Lindqvist's first offer?",
      [memo],
      new CitationList(),
    );
    expect(answer.answer).toBe('The city would buy the crane yards for $4.8 million. [1]');
  });

  it('stays the first item when that is the one the question names', () => {
    const answer = extractiveAnswer(
      "How much would the boards hand back to the port fund under Mayor Lindqvist's first offer?",
      [memo],
      new CitationList(),
    );
    expect(answer.answer).toContain('$2.2 million');
  });
});
