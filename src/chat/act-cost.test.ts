import { describe, expect, it } from 'vitest';
import { sumOfOtherThanAct } from './act-cost.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('sumOfOtherThanAct: a sum of something else for the price of an act asked', () => {
  const question = 'What is the price to enter the Orla river run?';
  it('flags a sum that names neither the act nor a price', () => {
    const answer = 'Runners who raise $40 or more for the shelter get a cap. [1]';
    expect(sumOfOtherThanAct(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBeDefined();
  });
  it('keeps a sum said of the act or as a price', () => {
    expect(sumOfOtherThanAct(question, 'Registration is $15 until May 2. [1]')).toBe(false);
    expect(sumOfOtherThanAct(question, 'The entry fee is $15. [1]')).toBe(false);
    expect(sumOfOtherThanAct(question, 'You can enter on the day for $15. [1]')).toBe(false);
    expect(sumOfOtherThanAct('How much did the Orla club raise?', 'Runners raised $4,000. [1]')).toBe(false);
  });
});
