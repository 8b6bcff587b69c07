import { describe, expect, it } from 'vitest';
import { otherNumberedLabel, sequenceNumberForAmount } from './numbered-label.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherNumberedLabel', () => {
  it('flags the same label with another number and never the one asked', () => {
    expect(
      otherNumberedLabel(
        'In the Kestrel chart, what is Series 3 for Category 5?',
        'Category 1, Series 6: 2.4. [1]',
      ),
    ).toBe(true);
    expect(
      otherNumberedLabel('What does Phase 3 of the Orvik plan cost?', 'Phase 2 costs 40,000 kr. [1]'),
    ).toBe(true);
  });

  it('keeps a line naming the number asked, or no number of the label', () => {
    expect(
      otherNumberedLabel(
        'In the Kestrel chart, what is Series 3 for Category 5?',
        'Category 5, Series 3: 7.1. [1]',
      ),
    ).toBe(false);
    expect(
      otherNumberedLabel('What does Phase 3 of the Orvik plan cost?', 'The third phase costs 55,000 kr. [1]'),
    ).toBe(false);
  });

  it('reads a month before a day as a date, not as a label', () => {
    expect(
      otherNumberedLabel(
        'What is the Brenlac limit until March 22?',
        'The limit is 40 until 3/22, 35 from March 23. [1]',
      ),
    ).toBe(false);
    expect(otherNumberedLabel('Who was under 18 at the Velm camp?', 'Two of them were under 16. [1]')).toBe(
      false,
    );
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer(
        'What is Series 3 for Category 5 on the Kestrel slide?',
        'Category 1, Series 6: 2.4. [1]',
      ),
    ).toBe('another number of the label asked');
  });
});

describe('sequenceNumberForAmount', () => {
  it('flags an amount asked answered only by the number of a step, page or option', () => {
    expect(
      sequenceNumberForAmount(
        'What amount did tovik_ put in the refund request?',
        'tovik_: At step 2 it says "Create the refund". [1]',
      ),
    ).toBe(true);
    expect(
      sequenceNumberForAmount(
        'How much is the Brantley late fee?',
        'The fee is explained on page 14 of the lease. [1]',
      ),
    ).toBe(true);
    // A heading cell of a sheet of worked examples, for a row the sheet does not have.
    expect(
      sequenceNumberForAmount(
        'In the Marrowby tariff examples, how much does a household earning 65,000 save each year?',
        'EXAMPLE 3. [1]',
      ),
    ).toBe(true);
    expect(sequenceNumberForAmount('How much did the Quillon kiosk earn in May?', 'See Table 2. [1]')).toBe(
      true,
    );
  });

  it('keeps a line that gives an amount beside a step number, and questions of no amount', () => {
    expect(
      sequenceNumberForAmount(
        'What amount did tovik_ put in the refund request?',
        'tovik_: at step 2 I put 450 in it. [1]',
      ),
    ).toBe(false);
    expect(
      sequenceNumberForAmount(
        'How many tabs does the Brantley workbook have?',
        'The total is on line 13 of the sheet; it has thirteen tabs. [1]',
      ),
    ).toBe(false);
    expect(
      sequenceNumberForAmount('Which step creates the refund?', 'At step 2 it says "Create the refund". [1]'),
    ).toBe(false);
    expect(
      sequenceNumberForAmount(
        'In the Marrowby tariff examples, how much does a household earning 65,000 save each year?',
        'EXAMPLE 3, household earning 65,000: saves 1,240 a year. [1]',
      ),
    ).toBe(false);
  });
});
