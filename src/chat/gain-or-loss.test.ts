import { describe, expect, it } from 'vitest';
import { otherDirectionSum } from './gain-or-loss.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherDirectionSum', () => {
  it('refuses a loss for a gain asked', () => {
    const q = 'How much will the night desk make, as Ilse Marquand sees it?';
    const a = 'From what I hear, the night desk has lost about $12MM since January. [1]';
    expect(otherDirectionSum(q, a)).toBe(true);
    expect(unsoundAnswer(q, a)).toBeDefined();
  });

  it('refuses a gain for a loss asked', () => {
    expect(
      otherDirectionSum(
        'How much did the Ottavio book lose in March?',
        'The Ottavio book made $3.4 million in March. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a figure said in the direction asked', () => {
    expect(
      otherDirectionSum(
        'How much did the grain desk earn in June?',
        'The grain desk cut its risk after earning $41 MM in June alone. [1]',
      ),
    ).toBe(false);
    expect(
      otherDirectionSum(
        'How much has the pulp book lost since spring?',
        'The pulp book has lost $7MM since spring. [1]',
      ),
    ).toBe(false);
  });

  it('leaves a figure that names neither direction to the other checks', () => {
    expect(
      otherDirectionSum(
        'How much did the Brisk fund earn?',
        'The Brisk fund closed the year at $88 million. [1]',
      ),
    ).toBe(false);
  });
});
