import { describe, expect, it } from 'vitest';
import { deadlineAsked, statesDeadlineBy, statesRelativeDeadline } from './relative-deadline.ts';

describe('a deadline told relative to another moment', () => {
  it('is asked by "by when", "until when", "deadline" and "how soon"', () => {
    expect(deadlineAsked('By when must the deposit be paid?')).toBe(true);
    expect(deadlineAsked('What is the deadline for the expense report?')).toBe(true);
    expect(deadlineAsked('When does the workshop start?')).toBe(false);
  });

  it('is stated as a span before, after or within a moment', () => {
    expect(statesRelativeDeadline('The deposit is due no later than 10 working days before arrival.')).toBe(
      true,
    );
    expect(statesRelativeDeadline('Claims must be filed within thirty days of the invoice.')).toBe(true);
    expect(statesRelativeDeadline('The workshop lasts 3 days.')).toBe(false);
    expect(statesRelativeDeadline('Sessions run on April 12 - 14, 2007.')).toBe(false);
  });

  it('is written with "by" before a day, and a word that begins like a month is no day', () => {
    expect(statesDeadlineBy('Please return the forms by June 26th.')).toBe(true);
    expect(statesDeadlineBy('Send the drawings by 3 Sept.')).toBe(true);
    expect(statesDeadlineBy('The motion passed by 2 separate votes.')).toBe(false);
    expect(statesDeadlineBy('Rows are sorted by market 5 first.')).toBe(false);
  });
});
