import { describe, expect, it } from 'vitest';
import { figureOfOtherDaySpan } from './other-day-span.ts';

const stub = 'Hi Oskar,\nYour pay for March 1-15 is on its way:\nGross 4,210.00\nless: pension (312.40)';

describe('figureOfOtherDaySpan: a figure of another span of days of the month asked', () => {
  it('flags a figure from a passage that names only another span of that month', () => {
    expect(
      figureOfOtherDaySpan(
        'What pension deduction does my pay for March 16-31 show?',
        'less: pension (312.40). [1]',
        stub,
      ),
    ).toBe(true);
    expect(
      figureOfOtherDaySpan(
        'What was my gross pay for 16–31 March?',
        'Gross 4,210.00. [1]',
        stub.replace('March 1-15', '3/1-3/15'),
      ),
    ).toBe(true);
  });

  it('keeps a figure from a passage that writes the span asked, or no span of that month', () => {
    expect(
      figureOfOtherDaySpan(
        'What pension deduction does my pay for March 1-15 show?',
        'less: pension (312.40). [1]',
        stub,
      ),
    ).toBe(false);
    expect(
      figureOfOtherDaySpan(
        'What pension deduction does my pay for March 16-31 show?',
        'less: pension (312.40). [1]',
        `${stub}\nFor 3/16-3/31 it will be the same.`,
      ),
    ).toBe(false);
    expect(
      figureOfOtherDaySpan(
        'How much was billed for April 1-15?',
        'Billed 980.00. [1]',
        'Billed 980.00 so far.',
      ),
    ).toBe(false);
  });
});
