import { describe, expect, it } from 'vitest';
import { figuresOfOtherMonths } from './other-months.ts';

describe('figuresOfOtherMonths', () => {
  const table = "Here is our Brisk Ridge forecast for Jan: Supply Jan '31 Dec '30 Jan '30 Orvik 640 655 610.";

  it('is a figure under other months, the month asked named nowhere in the mail', () => {
    expect(figuresOfOtherMonths('What is the Orvik supply forecast for March?', table, table)).toBe(true);
  });

  it('is not when the mail names the month asked, or the answer names it, or one month only', () => {
    expect(
      figuresOfOtherMonths(
        'What is the Orvik supply forecast for March?',
        table,
        `${table}\nMarch to follow.`,
      ),
    ).toBe(false);
    expect(figuresOfOtherMonths('What is the Orvik supply forecast for January?', table, table)).toBe(false);
    const one = 'The Orvik forecast for Jan is 640.';
    expect(figuresOfOtherMonths('What is the Orvik supply forecast for March?', one, one)).toBe(false);
  });

  it('reads "may" the verb as no month and needs a figure', () => {
    const text = 'You may see Dec and Jan both in the notes.';
    expect(figuresOfOtherMonths('What was agreed in March?', text, text)).toBe(false);
  });
});
