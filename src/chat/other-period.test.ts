import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { statesOtherPeriod } from './other-period.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('statesOtherPeriod', () => {
  it('a sentence of this year is of another period than the last year asked', () => {
    expect(
      statesOtherPeriod(
        'How much did the Brindle Rowing Club collect last year?',
        "This year's drive asks every Brindle Rowing Club member to collect $400.",
      ),
    ).toBe(true);
  });

  it('a sentence naming the period asked, or none, or another unit only, is not', () => {
    const question = 'How much did the Brindle Rowing Club collect last year?';
    expect(statesOtherPeriod(question, 'We collected $7,300 last year, and this year we aim higher.')).toBe(
      false,
    );
    expect(statesOtherPeriod(question, 'We collected $7,300.')).toBe(false);
    expect(statesOtherPeriod(question, 'This week we counted $900 in pledges.')).toBe(false);
    expect(statesOtherPeriod('How much did the club collect?', 'This year we collect $400 each.')).toBe(
      false,
    );
  });
});

describe('extractiveAnswer: the period asked', () => {
  it('the sum of the year asked, not the one the same passage asks of this year', () => {
    const hit = notesHit(
      [
        'Last year the Brindle Rowing Club did better than ever.',
        'Members collected $7,300 for the boathouse roof.',
        'To make the Brindle Rowing Club collect even more for the boathouse this year, each member is asked to pledge $400 or more.',
      ].join(' '),
    );
    const answer = extractiveAnswer(
      'How much did the Brindle Rowing Club collect for the boathouse last year?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('$7,300');
  });
});
