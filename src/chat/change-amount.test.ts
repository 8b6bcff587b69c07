import { describe, expect, it } from 'vitest';
import { changeSizeNotGiven, changeSizeUnstated } from './change-amount.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('changeSizeUnstated', () => {
  it('flags a change said to come by an unstated degree for "by how much"', () => {
    expect(
      changeSizeUnstated(
        'By how much could the Varna office budget be cut?',
        'It is possible the $2.1 million could be cut somewhat as the Varna lease ends. [1]',
      ),
    ).toBe(true);
    expect(
      changeSizeUnstated(
        'By how much will the Orlo fee rise?',
        'The Orlo fee of $40 will rise slightly in May. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer that gives the size, and questions that ask no size', () => {
    expect(
      changeSizeUnstated(
        'By how much could the Varna budget be cut?',
        'The $2.1 million could be cut by $300,000. [1]',
      ),
    ).toBe(false);
    expect(
      changeSizeUnstated(
        'By how much will the Orlo fee rise?',
        'The Orlo fee will rise somewhat, from $40 to $46. [1]',
      ),
    ).toBe(false);
    expect(
      changeSizeUnstated('By how much will the fee rise?', 'The fee will rise slightly, about 3%. [1]'),
    ).toBe(false);
    expect(
      changeSizeUnstated(
        'How much is the Varna budget?',
        'The $2.1 million could be cut somewhat next year. [1]',
      ),
    ).toBe(false);
  });
});

describe('changeSizeNotGiven', () => {
  const question = 'By how much did the deposit exceed the 3/4 Orla ledger?';

  it('flags a size asked and answered by numbered items and days alone', () => {
    const answer =
      'Here is the 3/4 ledger: it does not tie to the deposit. Your note answered #2,7,12b, and 40. [1]';
    expect(changeSizeNotGiven(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('only numbered items or days for a size asked');
  });

  it('keeps a size given, a sentence with no figure, and other questions', () => {
    expect(
      changeSizeNotGiven(question, 'The deposit was $310 more than the 3/4 ledger adds up to. [1]'),
    ).toBe(false);
    expect(changeSizeNotGiven(question, 'The deposit does not tie to the ledger. [1]')).toBe(false);
    expect(
      changeSizeNotGiven('Which items of the ledger are open?', 'Items #2, 7 and 12b are open. [1]'),
    ).toBe(false);
  });
});
