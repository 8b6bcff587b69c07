import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const note = (text: string) =>
  notesHit(text, 'email', {
    title: 'Mtg: Oskar Lind',
    path: '/mail/diary.mbox',
    uri: 'mail:///diary/7',
  });

describe('latestMove', () => {
  const moves = note(
    [
      'left a message with his assistant to move it to 3/14',
      '',
      'spoke with Irma and moved to 4:00',
      '',
      'spoke with Irma and moved to 2:00 on 3/16',
    ].join('\n'),
  );

  it('asked when a meeting was moved to, the last move the note writes holds', () => {
    const answer = extractiveAnswer(
      'When was my meeting with Oskar Lind moved to?',
      [moves],
      new CitationList(),
    );
    expect(answer.answer).toContain('2:00 on 3/16');
  });

  it('a question that asks no move keeps the line that ranks first', () => {
    const answer = extractiveAnswer('When is my meeting with Oskar Lind?', [moves], new CitationList());
    expect(answer.answer).not.toContain('2:00 on 3/16');
  });
});
