import { describe, expect, it } from 'vitest';
import { changeSizeUnstated } from './change-amount.ts';

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
