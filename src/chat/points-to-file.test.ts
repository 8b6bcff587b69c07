import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string) => ({ ...notesHit(text), type: 'email' as const, title: 'Harbour crane costs' });

describe('extractiveAnswer: a pointer to an attached file', () => {
  it('the line that states the figure, not the one that says the thing asked is attached', () => {
    const hit = mail(
      [
        'Attached is the revised harbour crane impact for Quayside with the new insurance premiums and the longer lease changes:',
        'Sorry for my earlier note.',
        'Tove',
        'lease changes to Quayside crane = $(3.4) MM',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'What harbour crane impact did the Quayside lease changes have?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('3.4');
  });

  it('still answers a question about the file itself', () => {
    const hit = mail('Attached is the revised harbour crane cost sheet for Quayside.');
    const answer = extractiveAnswer(
      'Which harbour crane cost file for Quayside was sent?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('Attached is the revised harbour crane cost sheet');
  });
});
