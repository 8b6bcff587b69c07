import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented opening and closing prices of a cooperative's stock over eight days.
const PRICES = `Date,Open,Close
2024-05-01,10,11
2024-05-02,11,10.5
2024-05-03,10.5,12
2024-05-06,12,12.5
2024-05-07,12.5,12
2024-05-08,12,12
2024-05-09,12,13
2024-05-10,13,12.2
`;

const REQUEST = {
  question: 'On how many days did the price close higher than it opened, and what share of all days is that?',
  constraints:
    '{\nA day closed higher when "Close" is greater than "Open".\nGive the share as a percentage rounded to two decimal places.\n}',
  format:
    '{\n@up_days[n]\n@up_days_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
};

describe('a slot naming the rows a "how many" counts, beside a share', () => {
  it('answers "@up_days[n]" with the count of the days, not the share the question also asks', () => {
    expect(ask(PRICES, REQUEST).slots).toEqual({ up_days: '4', up_days_percent: '50.00' });
  });

  it('never reads "a share of all days" as a share of the total of a Day column counting the rows', () => {
    const numbered = PRICES.replace('Date,', 'Day,')
      .split('\n')
      .map((line, at) => (at === 0 || line === '' ? line : line.replace(/^[^,]+/, String(at))))
      .join('\n');
    expect(refusal(numbered, REQUEST)).toBe('unsupported');
  });
});
