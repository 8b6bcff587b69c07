import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { ordinalColumnGlosses, withOrdinalColumnNames } from './ordinal-column-names.ts';

// Invented relay meets: each side's name, then its points, under a header that repeats the name.
const MEETS = `Day,Hosts,Hosts,Guests,Guests
Mon,Otters,30,Herons,10
Tue,Herons,24,Otters,20
Wed,Lynxes,18,Otters,12
Thu,Otters,40,Lynxes,16
Fri,Herons,22,Lynxes,21
`;
const COLUMNS = ['Day', 'Hosts', 'Hosts (2)', 'Guests', 'Guests (2)'];

describe('an ordinal that picks one of a repeated header name', () => {
  it('writes "the second ... column" as the repeat it picks', () => {
    expect(withOrdinalColumnNames(`Use the second 'Hosts' column.`, COLUMNS)).toBe('Use "Hosts (2)".');
    expect(withOrdinalColumnNames('Take the first Guests column.', COLUMNS)).toBe('Take "Guests".');
    // A name the header does not repeat, or a repeat it does not hold, is left as written.
    expect(withOrdinalColumnNames(`the second 'Day' column`, COLUMNS)).toBe(`the second 'Day' column`);
    expect(withOrdinalColumnNames(`the third 'Hosts' column`, COLUMNS)).toBe(`the third 'Hosts' column`);
  });

  it('reads a phrase glossed with the ordinal as that column wherever the text writes it', () => {
    const text = `The gap is the hosts' points (the second 'Hosts' column) minus the guests' points (the second 'Guests' column).`;
    const glosses = ordinalColumnGlosses(text, COLUMNS);
    expect(glosses).toEqual([
      { phrase: "hosts' points", column: 'Hosts (2)' },
      { phrase: "guests' points", column: 'Guests (2)' },
    ]);
    expect(withOrdinalColumnNames(`How big are the hosts' points?`, COLUMNS, glosses)).toBe(
      'How big are the "Hosts (2)"?',
    );
  });

  it('answers a figure defined over the glossed columns', () => {
    const answer = ask(MEETS, {
      question: 'What is the mean gap?',
      constraints: `The gap is the hosts' points (the second 'Hosts' column) minus the guests' points (the second 'Guests' column). Round to two decimal places.`,
      format: '@mean_gap[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_gap: '11.00' });
  });

  it('fits a regression with each side marked (x) and (y) after its quoted column', () => {
    const answer = ask(MEETS, {
      question: `Fit a simple linear regression that predicts the guests' points from the hosts' points. What is the slope?`,
      constraints: `The points are the second 'Hosts' column (x) and the second 'Guests' column (y). Use ordinary least squares. Round to three decimal places.`,
      format: '@slope[slope] where "slope" is rounded to three decimal places.',
    });
    expect(answer.slots.slope).toBe(
      (() => {
        const x = [30, 24, 18, 40, 22];
        const y = [10, 20, 12, 16, 21];
        const mx = x.reduce((a, b) => a + b) / 5;
        const my = y.reduce((a, b) => a + b) / 5;
        const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
        const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
        return (sxy / sxx).toFixed(3);
      })(),
    );
  });
});
