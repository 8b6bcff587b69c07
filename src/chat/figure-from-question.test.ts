import { describe, expect, it } from 'vitest';
import { expectedAnswerType } from './answer-type.ts';
import { figuresOnlyAsked } from './figure-from-question.ts';

describe('figuresOnlyAsked', () => {
  const question = 'What is the fine for registering a boat later than 45 days after purchase in Norvik?';

  it('rejects a sentence whose only figure is the one the question gives', () => {
    expect(
      figuresOnlyAsked(question, 'amount', 'A boat must be registered within 45 days of purchase. [1]'),
    ).toBe(true);
  });

  it('keeps a sentence that writes a figure of its own, and other kinds of question', () => {
    expect(
      figuresOnlyAsked(question, 'amount', 'A late registration costs a fine of up to 1,200 crowns. [1]'),
    ).toBe(false);
    expect(figuresOnlyAsked(question, 'amount', 'Late registrations are fined. [1]')).toBe(false);
    expect(
      figuresOnlyAsked(question, 'date', 'A boat must be registered within 45 days of purchase. [1]'),
    ).toBe(false);
  });
});

describe('sums and counts asked in Arabic', () => {
  it('"كم" and "ما هي الغرامة" ask an amount; "ما نسبة" still asks a rate', () => {
    expect(expectedAnswerType('كم قاربا سُجّل في ميناء نورفيك؟')).toBe('amount');
    expect(expectedAnswerType('ما هي الغرامة على التأخر في تسجيل القارب؟')).toBe('amount');
    expect(expectedAnswerType('ما نسبة القوارب المسجلة في نورفيك؟')).toBe('rate');
  });
});
