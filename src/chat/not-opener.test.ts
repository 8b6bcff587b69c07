import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('a capitalised "Not" opening a line names nothing', () => {
  it('does not answer "which mixer" with the line that rules one out', () => {
    const hit = notesHit(
      [
        '[15:02] <ilsa_m> which mixer should I get for the garage band, the old one hums',
        '[15:04] <corbin> ilsa_m: you should get a tape mixer for that',
        '[15:05] <ilsa_m> corbin: a tape mixer, or the studio mixer from the shop?',
        '[15:07] <corbin> ilsa_m: Not the studio mixer. Too many parts you will never need.',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'Which mixer did corbin end up telling ilsa_m to get?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('Not the studio mixer');
  });
});
