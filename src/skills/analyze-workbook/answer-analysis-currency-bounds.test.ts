import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { currencyBoundsAsColumns } from './currency-bounds.ts';

// Invented sailing regatta: one row per winner, with the prize in dollars.
const PRIZES = `Year,Skipper,Prize $,Boats
2015,Alma Reyes,120000,14
2016,Bo Lindqvist,140000,16
2017,Cato Ferris,175000,15
2018,Dana Oyelaran,90000,12
2019,Eero Maki,210000,18
`;

const COUNT = {
  constraints: '{\nCount the rows.\n}',
  format: '{\n@big_prizes[n]\nwhere "n" is an integer.\n}',
};

describe('a money bound that names no column', () => {
  it('is a bound on the one numeric column of that currency', () => {
    const answer = ask(PRIZES, { ...COUNT, question: 'How many skippers were paid at least $140,000?' });
    expect(answer.slots).toEqual({ big_prizes: '3' });
  });

  it('is left as written beside a column that names it, or a second column of that currency', () => {
    const frame = createFrame(csvTable(PRIZES));
    expect(currencyBoundsAsColumns(frame, 'whose Prize $ is at least $140,000')).toBe(
      'whose Prize $ is at least $140,000',
    );
    const two = createFrame(csvTable('Year,Prize $,Bonus $\n2015,100,5\n2016,120,7\n'));
    expect(currencyBoundsAsColumns(two, 'were paid at least $110')).toBe('were paid at least $110');
    expect(currencyBoundsAsColumns(frame, 'paid over $5 per boat')).toBe('paid over $5 per boat');
  });

  it('keeps refusing a pound bound over a table of dollars', () => {
    expect(
      refusalCode(PRIZES, { ...COUNT, question: 'How many skippers were paid at least £140,000?' }),
    ).not.toBe('answered');
  });
});
