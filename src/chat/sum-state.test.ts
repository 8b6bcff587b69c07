import { describe, expect, it } from 'vitest';
import { sumStateAsked, sumStateMissing } from './sum-state.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('sumStateAsked', () => {
  it('tells a sum asked available, left or owed, and no deed', () => {
    expect(sumStateAsked('How much money is available for the Varna fund?')).toContain('available');
    expect(sumStateAsked('How much is left in the Orla budget?')).toContain('remaining');
    expect(sumStateAsked('How much is still owed on the Lumo loan?')).toContain('outstanding');
    expect(sumStateAsked('How much did I donate to the Orla walk?')).toBeUndefined();
    expect(sumStateAsked('How much is the Varna fee?')).toBeUndefined();
  });
});

describe('sumStateMissing', () => {
  const question = 'How much money is available for the Varna fund?';

  it('flags a figure of the fund that is not said to be available', () => {
    expect(
      sumStateMissing(
        question,
        'On Tuesday, March 05, 2024 8:25 AM, Pia Holm wrote (quoted in "Varna fund"): Let us know if the 2M is OK with you. [1]',
      ),
    ).toBe(true);
    expect(unsoundAnswer(question, 'Let us know if the 2M is OK with you. [1]')).toBe(
      'a sum that is not in the state asked',
    );
  });

  it('keeps a figure said to be available, left over or on hand, and a sentence with no figure', () => {
    expect(sumStateMissing(question, 'At this point we have about 2.6M available. [1]')).toBe(false);
    expect(sumStateMissing(question, 'We have $40,000 on hand for it. [1]')).toBe(false);
    expect(sumStateMissing('How much is left in the Orla budget?', 'The balance is $1,200. [1]')).toBe(false);
    expect(sumStateMissing(question, 'Pia will tell you soon. [1]')).toBe(false);
  });
});
