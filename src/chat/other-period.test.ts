import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { otherDatedItem, statesOtherPeriod } from './other-period.ts';
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

describe("an item named by its day answered from another day's item", () => {
  const question = 'By how much did the till count top the 3/14 float sheet?';
  const passage =
    'Ines,\n\nHere is the float sheet for this week.\n\nA few lines of the float sheet from 3/7 look wrong.\n\n1.  The till was meant to hold 812.40; the float sheet comes to 760.';

  it('flags figures of a mail that names the item with another day only', () => {
    expect(
      otherDatedItem(
        question,
        passage,
        'The till was meant to hold 812.40; the float sheet comes to 760. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer whose mail writes the day asked, or that writes a day itself', () => {
    expect(
      otherDatedItem(
        question,
        `${passage}\nThe 3/14 float sheet is fine.`,
        'the float sheet comes to 760. [1]',
      ),
    ).toBe(false);
    expect(otherDatedItem(question, passage, 'On 3/14 the till held 812.40. [1]')).toBe(false);
    expect(
      otherDatedItem('By how much did the till top the float sheet?', passage, 'It comes to 760. [1]'),
    ).toBe(false);
  });
});
