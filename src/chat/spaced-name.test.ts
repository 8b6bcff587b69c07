import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { spacedNames } from './spaced-name.ts';

describe('a name a question writes closed up at its capitals', () => {
  it('reads its parts written apart, spaced or hyphenated', () => {
    const [quill] = spacedNames('Who suggested QuillDesk to marit?');
    expect(quill?.closed).toBe('QuillDesk');
    expect(quill?.apart.test('marit, Quill Desk')).toBe(true);
    expect(quill?.apart.test('try quill-desk')).toBe(true);
    expect(quill?.apart.test('the quill and the desk')).toBe(false);
    expect(spacedNames('Who suggested OpenZZT to marit?')[0]?.apart.test('marit, Open ZZT')).toBe(true);
    expect(spacedNames('Who suggested quilldesk to marit?')).toEqual([]);
  });
});

describe('extractiveAnswer: who suggested a thing a line writes spaced', () => {
  it('names the speaker of the line that writes it apart', () => {
    const talk = notesHit(
      [
        '[15:00] <marit> any good building games that run on an old laptop?',
        '[15:01] <joss_> marit: Mudtown',
        '[15:01] <perrin> marit, Open ZZT',
        '[15:02] <marit> oh, openzzt! I had forgotten about that',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('Who suggested OpenZZT to marit?', [talk], new CitationList());
    expect(answer.answer).toContain('perrin');
  });
});
