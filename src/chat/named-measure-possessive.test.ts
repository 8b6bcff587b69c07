import { describe, expect, it } from 'vitest';
import { namedMeasureUnwritten } from './figure-asked.ts';

describe('namedMeasureUnwritten: a measure asked as "what <kind>\'s <measure> did …"', () => {
  const question = "What dealer's margin did the Hartwell quote allow?";
  it('flags a figure of another measure', () => {
    expect(namedMeasureUnwritten(question, 'The Hartwell quote adds a 4% handling charge on top.')).toBe(
      true,
    );
    expect(
      namedMeasureUnwritten(
        "What desk's profit did the Oslo report show?",
        'The report shows $12,000 in fees.',
      ),
    ).toBe(true);
  });
  it('keeps a sentence that names the measure or its kind', () => {
    expect(namedMeasureUnwritten(question, 'It leaves the dealer 6% over cost.')).toBe(false);
    expect(
      namedMeasureUnwritten("What desk's profit did the Oslo report show?", 'The profit came to $9,500.'),
    ).toBe(false);
  });
});
