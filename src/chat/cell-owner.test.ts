import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = notesHit(
  [
    'I see my award as partly mine and partly the team’s. Here are my thoughts.',
    '',
    '  Low  Mid   High',
    '',
    'Cash  1 MM   2 MM   3 MM',
    'Stock  1 MM   3 MM   5 MM',
    '',
    "Here are Greta's numbers.  I have not changed them.",
    '',
    '  Low  Mid   High',
    '',
    'Cash  1 MM   2 MM   4 MM',
    'Stock  2 MM   6 MM   9 MM',
    '',
    'Tomas',
  ].join('\n'),
  'email',
  { title: 'Awards', date: '2024-03-04T10:00:00Z', people: [] },
);

describe('extractiveAnswer: a cell of the table whose caption names the one asked', () => {
  it('answers "… for Greta" from the table under "Here are Greta\'s numbers", not the same cell above', () => {
    const answer = extractiveAnswer(
      "What's the high stock number Tomas gave for Greta?",
      [mail],
      new CitationList(),
    );
    expect(answer.answer).toContain('9 MM');
    expect(answer.answer).not.toContain('5 MM');
  });
});
