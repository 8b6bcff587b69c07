import { describe, expect, it } from 'vitest';
import { askedUnitMissing } from './asked-unit-missing.ts';

describe('an answer that gives no value in the unit or kind asked', () => {
  it('refuses a line with no figure in watts for "how many megawatts"', () => {
    expect(
      askedUnitMissing(
        'How many megawatts will the Varn plant add?',
        'The Varn plant will add capacity in the spring, said the mayor. [1]',
      ),
    ).toBe(true);
    expect(
      askedUnitMissing('How many megawatts will the Varn plant add?', 'It adds 450 MW in May. [1]'),
    ).toBe(false);
  });

  it('refuses a line with no size in bytes for "how much RAM"', () => {
    expect(
      askedUnitMissing(
        "How much RAM does kit42's laptop have?",
        'kit42: it keeps freezing on my laptop. [1]',
      ),
    ).toBe(true);
    expect(askedUnitMissing("How much RAM does kit42's laptop have?", 'kit42: only 4GB sadly. [1]')).toBe(
      false,
    );
  });

  it('refuses a line with no sum for what something was said to cost', () => {
    expect(
      askedUnitMissing(
        'What did Ana Ruiz say it cost to leave the Orla lease?',
        'We tried to leave the lease in May, but the owner would not talk. [1]',
      ),
    ).toBe(true);
    expect(
      askedUnitMissing(
        'What did Ana Ruiz say it cost to leave the Orla lease?',
        'Leaving the lease cost us $42,000 in the end. [1]',
      ),
    ).toBe(false);
  });

  it('refuses a placeholder for an ID asked, and keeps a real one', () => {
    expect(
      askedUnitMissing(
        'Which account ID did bo say kit was passing?',
        'bo: kit: you need to pass the acct_xxx ID of the account you made. [1]',
      ),
    ).toBe(true);
    expect(
      askedUnitMissing(
        'Which account ID did bo say kit was passing?',
        'bo: kit: you passed acct_7Hq2210x, not the xxx one. [1]',
      ),
    ).toBe(false);
  });

  it('refuses a line whose only figures are years and spans for a change asked by its noun', () => {
    expect(
      askedUnitMissing(
        'What is the housing grant increase for a lone parent in the Velm tables?',
        '(b) Value during 2031 of the increase in the housing grant, effective from May 2031 (i.e. 8 months of it). [1]',
      ),
    ).toBe(true);
    expect(
      askedUnitMissing(
        'What is the housing grant increase for a lone parent in the Velm tables?',
        'Lone parent, housing grant increase, 2031: 420. [1]',
      ),
    ).toBe(false);
  });

  it('reads a unit after a scale word or a hyphen, and leaves other questions about a cost or a change', () => {
    expect(
      askedUnitMissing('How many megawatts will the Varn plant add?', 'A 450-MW unit comes in May. [1]'),
    ).toBe(false);
    expect(
      askedUnitMissing(
        'How many barrels did the Orla field give?',
        'It gave 2 million barrels last year. [1]',
      ),
    ).toBe(false);
    expect(
      askedUnitMissing('Why did it cost so much to leave the Orla lease?', 'The owner would not talk. [1]'),
    ).toBe(false);
    expect(
      askedUnitMissing(
        'What was the reason for the rent increase?',
        'The owner raised it when the roof was fixed. [1]',
      ),
    ).toBe(false);
  });

  it('refuses prefixed IDs of another kind than the one asked, and keeps one of that kind', () => {
    expect(
      askedUnitMissing(
        'What request ID did kit42 give for the card error?',
        'kit42: bo: the error is { "code": "card_missing", "message": "No such token: tok_9QxLm2Vb7Rw" }. [1]',
      ),
    ).toBe(true);
    expect(
      askedUnitMissing(
        'What request ID did kit42 give for the card error?',
        'kit42: bo: req_Q8vLm2Xc4T. [1]',
      ),
    ).toBe(false);
  });
});
