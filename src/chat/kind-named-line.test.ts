import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = notesHit(
  [
    'Dario,',
    '',
    'The seller on Elm Street will not come down, so I am pulling out of that job.',
    'A builder on Elm Street has quoted me too, and I may go with him for the work.',
    'Vela Studio drew the plans, and our engineer is Brink & Sons in Harwick.',
    'Talk to you Monday.',
  ].join('\n'),
  'email',
  {
    title: 'Re: Elm Street',
    path: '/mail/sent.mbox',
    uri: 'mail:///sent/4',
    people: [{ role: 'from', name: 'Oskar Lind', address: 'oskar.lind@example.com' }],
  },
);

describe('kindNamedLine', () => {
  it('answers "which engineer" by the sentence that names the engineer as such', () => {
    const answer = extractiveAnswer(
      'Which engineer is working on the Elm Street job?',
      [mail],
      new CitationList(),
    );
    expect(answer.answer).toContain('Brink & Sons');
  });

  it('leaves a question of another kind to its own sentence', () => {
    const answer = extractiveAnswer(
      'Which builder on Elm Street is Oskar speaking with?',
      [mail],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('Brink & Sons');
  });
});
