import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string) =>
  notesHit(text, 'email', {
    title: 'photos & boat',
    path: '/mail/home.mbox',
    uri: 'mail:///home/3',
    people: [{ role: 'from', name: 'Tomas Weld', address: 'tomas.weld@example.com' }],
  });

describe('sentFileLine', () => {
  const hit = mail(
    [
      'Ivo,',
      '',
      'Happy new year from Tomas Weld! I have a great many photos to send you.',
      'Look at the list and tell me which ones you want, or I will send them all.',
      '',
      'Brochure:',
      '',
      ' <<Skerry 21 brochure.pdf>>',
      '',
      'Tomas Weld',
      '',
      ' - photo list.txt ',
      ' - Skerry 21 brochure.pdf ',
    ].join('\n'),
  );

  it('asked which brochure was sent, the line naming the file answers, not a sentence about sending', () => {
    const answer = extractiveAnswer('Which boat brochure did Tomas Weld send me?', [hit], new CitationList());
    expect(answer.answer).toContain('Skerry 21');
  });

  it('a question about what was said keeps its sentence', () => {
    const answer = extractiveAnswer('What photos did Tomas Weld offer to send?', [hit], new CitationList());
    expect(answer.answer).not.toContain('Skerry 21');
  });
});
