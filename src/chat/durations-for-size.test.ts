/**
 * "How large …" / "how big …" asks a size or a sum: a sentence whose only figures are spans of
 * time does not answer it. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { durationsForSize } from './money-measures.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('spans of time for a size asked', () => {
  it('a sentence of durations does not say how large a garden annex may be', () => {
    const hit = notesHit(
      'Garden annexes. If a garden annex will be connected to a private well, the owner may be asked for a water test done within the last three years, or within the last eight years if the test was renewed.',
    );
    const answer = extractiveAnswer('How large may a garden annex be at most?', [hit], new CitationList());
    expect(answer.found).toBe(false);
  });

  it('a size among the figures still answers', () => {
    const hit = notesHit(
      'Garden annexes. A garden annex may be at most 400 square feet, and its permit lasts two years.',
    );
    const answer = extractiveAnswer('How large may a garden annex be at most?', [hit], new CitationList());
    expect(answer.answer).toContain('400 square feet');
  });

  it('reads which sentences give only spans of time', () => {
    expect(
      durationsForSize('How big a deposit did the Lomond works ask for?', 'We run a 2-day course in May.'),
    ).toBe(true);
    expect(
      durationsForSize(
        'How big a deposit did the Lomond works ask for?',
        'A deposit of $40,000 within 5 days.',
      ),
    ).toBe(false);
    expect(durationsForSize('How long is the course?', 'We run a 2-day course.')).toBe(false);
  });
});
