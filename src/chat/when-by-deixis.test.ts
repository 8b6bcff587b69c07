import { describe, expect, it } from 'vitest';
import { unsoundAnswer } from './unsound-answer.ts';
import { whenByDayOfWriting } from './when-by-deixis.ts';

describe('whenByDayOfWriting', () => {
  const question = "When is Ines's garden party in Varna?";

  it('flags a time asked and answered only by the day of writing, naming nothing asked', () => {
    const answer = 'Sorry, but I only got to read my mail till today. [1]';
    expect(whenByDayOfWriting(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('only the day of writing for a time asked');
  });

  it('keeps an answer naming what is asked, one with a date, and other questions', () => {
    expect(whenByDayOfWriting(question, 'The garden party is today, after lunch. [1]')).toBe(false);
    expect(whenByDayOfWriting(question, 'I wrote today: it will be on June 8. [1]')).toBe(false);
    expect(whenByDayOfWriting(question, 'Sorry, I only got to it on 3/4 as well. [1]')).toBe(false);
    expect(whenByDayOfWriting('Who hosts the garden party?', 'I only read my mail today. [1]')).toBe(false);
  });
});
