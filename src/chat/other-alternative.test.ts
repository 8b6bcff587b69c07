import { describe, expect, it } from 'vitest';
import { otherAlternative } from './other-alternative.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherAlternative', () => {
  it('flags the other alternative before the same word, and never the one asked', () => {
    expect(
      otherAlternative(
        'What levy did a Velm couple pay in 2004 on the reduced rate?',
        'FULL RATE LEVY, COUPLE, 2004: 3.1%. [1]',
      ),
    ).toBe(true);
    expect(
      otherAlternative(
        'What is the net price of the Brenlac kiln?',
        'The gross price of the kiln is 4,200 kr. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a line that names the alternative asked, or names no alternative', () => {
    expect(
      otherAlternative(
        'What levy did a Velm couple pay in 2004 on the reduced rate?',
        'Reduced rate levy, couple, 2004: 1.9% (full rate: 3.1%). [1]',
      ),
    ).toBe(false);
    expect(
      otherAlternative('What is the net price of the Brenlac kiln?', 'The kiln costs 3,900 kr. [1]'),
    ).toBe(false);
    expect(
      otherAlternative(
        'Which rate applies, full or reduced, to the Orvanne ferry?',
        'The full rate applies. [1]',
      ),
    ).toBe(false);
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer(
        'What is the proposed levy at 40,000 in the Tromsø example?',
        'Existing levy, 40,000: 800. [1]',
      ),
    ).toBe('the other alternative of the thing asked');
  });
});

describe('an alternative written after its noun', () => {
  it('flags "pertumbuhan primer" for "pertumbuhan sekunder", as Indonesian writes them', () => {
    expect(
      otherAlternative(
        'Apa yang menyebabkan pertumbuhan sekunder pada pohon di Velm?',
        'Pertumbuhan primer menyebabkan batang bertambah tinggi. [1]',
      ),
    ).toBe(true);
    expect(
      otherAlternative(
        'Apa yang menyebabkan pertumbuhan sekunder pada pohon di Velm?',
        'Kambium menyebabkan pertumbuhan sekunder. [1]',
      ),
    ).toBe(false);
  });
});

describe('otherAlternative between commodities, sides and seasons', () => {
  it('flags the gas prices for the power prices, and the west desk for the east desk', () => {
    expect(
      otherAlternative(
        'When will the Nordvik power prices be posted?',
        'The Nordvik gas prices should be posted by 2:15 local time. [1]',
      ),
    ).toBe(true);
    expect(
      otherAlternative('Who runs the east desk now?', 'Tomas Brek runs the west desk from Monday. [1]'),
    ).toBe(true);
  });

  it('keeps a line that names the one asked beside the other', () => {
    expect(
      otherAlternative(
        'When will the Nordvik power prices be posted?',
        'Lise said the power prices follow an hour after the gas prices. [1]',
      ),
    ).toBe(false);
  });
});

describe('alternatives before words for the same thing', () => {
  it('flags the gas transactions for the power deals asked, and keeps the power trades', () => {
    const question = 'What share of the power deals at Orvik settle before nine?';
    expect(
      otherAlternative(question, 'Some 12% of the natural gas transactions at Orvik settle before nine. [1]'),
    ).toBe(true);
    expect(otherAlternative(question, 'Some 7% of the power trades at Orvik settle before nine. [1]')).toBe(
      false,
    );
    // The alternative asked joined to the other shares its noun: "58 gas and 31 power transactions".
    expect(
      otherAlternative(
        'How many gas deals did Orvik settle in the spring?',
        'Orvik settled 58 gas and 31 power transactions in the spring. [1]',
      ),
    ).toBe(false);
  });

  it('reads a plural and a singular as one thing', () => {
    expect(
      otherAlternative('What is the power price at Fjell today?', 'Gas prices at Fjell closed at 3.10. [1]'),
    ).toBe(true);
  });
});

describe('off-peak and peak', () => {
  it('flags the peak figure for off-peak hours asked, and keeps the off-peak one', () => {
    expect(
      otherAlternative(
        'How much load did the Varenne grid shed in the off-peak hours of May 3?',
        'Varenne figures for May 3: 412 MWh shed in the Peak period. [1]',
      ),
    ).toBe(true);
    expect(
      otherAlternative(
        'How much load did the Varenne grid shed in the off-peak hours of May 3?',
        'Varenne figures for May 3: 96 MWh shed in the off-peak period. [1]',
      ),
    ).toBe(false);
    expect(
      otherAlternative(
        'How much load did the Varenne grid shed in the peak hours of May 3?',
        'Varenne figures for May 3: 412 MWh shed in the Peak period. [1]',
      ),
    ).toBe(false);
  });
});
