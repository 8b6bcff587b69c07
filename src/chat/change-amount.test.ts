import { describe, expect, it } from 'vitest';
import {
  changeSizeNotGiven,
  changeSizeUnstated,
  changeUnsaid,
  differenceForLevel,
  extraUnsaid,
} from './change-amount.ts';
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
  const question = 'By how much did the gate takings top the 3/4 Orla ledger?';

  it('flags a size asked and answered by numbered items and days alone', () => {
    const answer =
      'Attached is the 3/4 ledger; it does not match the takings. Your list covered #2,7,12b, and 40. [1]';
    expect(changeSizeNotGiven(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('only numbered items or days for a size asked');
  });

  it('keeps a size given, a sentence with no figure, and other questions', () => {
    expect(
      changeSizeNotGiven(question, 'The takings came to $310 over what the 3/4 ledger totals. [1]'),
    ).toBe(false);
    expect(changeSizeNotGiven(question, 'The takings do not match the ledger. [1]')).toBe(false);
    expect(
      changeSizeNotGiven('Which items of the ledger are open?', 'Items #2, 7 and 12b are open. [1]'),
    ).toBe(false);
  });
});

describe('changeUnsaid', () => {
  const question = 'By what percent did the Velm filter rule reduce smoke from the kilns in 2031?';

  it('flags a sentence whose figure is a level, with no change told', () => {
    const level = 'Each kiln is run at 40 percent load for the Velm test, then at 80 percent load. [1]';
    expect(changeUnsaid(question, level)).toBe(true);
    expect(unsoundAnswer(question, level)).toBe('no change told for the size of a change asked');
  });

  it('keeps a change or a difference told, a sentence with no figure, and other questions', () => {
    expect(changeUnsaid(question, 'The Velm rule reduced smoke by 7 percent in 2031. [1]')).toBe(false);
    expect(changeUnsaid(question, 'Smoke was 7 percent lower than before the Velm rule. [1]')).toBe(false);
    expect(changeUnsaid(question, 'The kilns burn cleaner now. [1]')).toBe(false);
    expect(
      changeUnsaid('What load is each Velm kiln run at?', 'Each kiln is run at 40 percent load. [1]'),
    ).toBe(false);
    expect(
      changeUnsaid(
        'By how much did Orla Mills undercut our Velm tender?',
        'In the end Orla undercut us by 4 dollars a crate. [1]',
      ),
    ).toBe(false);
  });
});

describe('extraUnsaid', () => {
  const question = 'How much extra is a locker at the Tarnby gym?';

  it('flags a sentence whose figures are the level, with nothing on top told', () => {
    const level = 'odric: no, i meant the tarnby gym fees, which are 32 and 45 dollars a month. [1]';
    expect(extraUnsaid(question, level)).toBe(true);
    expect(unsoundAnswer(question, level)).toBe('no sum on top told for an extra sum asked');
  });

  it('keeps a sum on top or a change told, a sentence with no figure, and other questions', () => {
    expect(extraUnsaid(question, 'A locker costs an additional 4 dollars a month. [1]')).toBe(false);
    expect(extraUnsaid(question, 'The plan with a locker is 4 dollars higher than a plain one. [1]')).toBe(
      false,
    );
    expect(extraUnsaid(question, 'With the 12 million of increased limit I propose this: [1]')).toBe(false);
    expect(extraUnsaid(question, 'Ask the Tarnby front desk. [1]')).toBe(false);
    expect(extraUnsaid('How much does the Tarnby gym charge?', 'The fees are 32 and 45 dollars. [1]')).toBe(
      false,
    );
  });
});

describe('differenceForLevel', () => {
  it('flags a sum asked answered only by how far apart two sums are', () => {
    expect(
      differenceForLevel(
        'What fee did Orla Mills quote for the Varna hall?',
        'Without Orla in the running, our quote would have stood even at 4 dollars a crate higher. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'What rent does the Velm lodge charge?',
        'On 04/02/2031 10:00 AM, Pia Vale wrote (quoted in "Re: lodge"): It asks $40 more than the Birch lodge. [1]',
      ),
    ).toBe('only a difference for a sum asked');
  });

  it('keeps a sum given beside a difference, a bound, and a question asking the difference', () => {
    expect(
      differenceForLevel(
        'How much did the Varna fair raise?',
        'We raised $3.1 million, which was 12 percent higher than our goal. [1]',
      ),
    ).toBe(false);
    expect(
      differenceForLevel(
        'How much does a Velm walk ticket cost?',
        'You get a cap for giving $30 or more. [1]',
      ),
    ).toBe(false);
    expect(
      differenceForLevel(
        'By how much did Orla Mills undercut our quote?',
        'Orla undercut us by 4 dollars higher. [1]',
      ),
    ).toBe(false);
  });
});
