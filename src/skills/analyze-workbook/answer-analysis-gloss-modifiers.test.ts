import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { columnGlosses, withGlossedColumns } from './column-glosses.ts';

// Invented daily closes of two fictitious listed companies and a copper price.
const CLOSES = `Date,BRQX.L,TNDV.L,CU=
2031-03-03,12.1,40.2,310
2031-03-04,12.5,40.9,318
2031-03-05,12.2,40.1,305
2031-03-06,13.0,41.8,322
2031-03-07,13.4,42.5,339
2031-03-10,13.1,41.9,331
2031-03-11,13.9,43.6,344
2031-03-12,14.2,44.0,352
`;

describe('words written before a noun glossed with a column name', () => {
  it('reads the company names before "share price (…)" as names of those columns', () => {
    const answer = ask(CLOSES, {
      question:
        'How strongly does the Brackwater share price (BRQX.L) move with the Tindale share price (TNDV.L)? Give the coefficient.',
      constraints: 'Use the Pearson correlation. Round the coefficient to two decimal places.',
      format: '@brackwater_tindale_r[r]\nwhere "r" is between -1 and 1.',
    });
    expect(answer.planText).toContain('Pearson correlation of BRQX.L and TNDV.L');
    expect(Number(answer.slots.brackwater_tindale_r)).toBeGreaterThan(0.9);
  });

  it('names the column a slot counts outliers of when two columns were standardized', () => {
    const answer = ask(CLOSES, {
      question:
        'Leave out the days with no Tindale close (TNDV.L) or no copper price (CU=), then standardize the copper price. On how many days is it more than 1 standard deviation from the mean?',
      constraints:
        '{\nStandardize "CU=" with the sample standard deviation; a day counts when |z| exceeds 1.\n}',
      format: '{\n@extreme_copper_days[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.planText).toContain('count of CU= |z| > 1');
    expect(answer.slots).toEqual({ extreme_copper_days: '3' });
  });

  it('drops a word glossed with two columns, and leaves the text as written for a modifier', () => {
    const glosses = columnGlosses(
      ['BRQX.L', 'TNDV.L'],
      'the Brackwater share price (BRQX.L) and the Tindale share price (TNDV.L)',
    );
    expect(glosses.map((gloss) => gloss.word).sort()).toEqual(['brackwater', 'tindale']);
    expect(withGlossedColumns('How did Brackwater do?', glosses)).toBe('How did Brackwater do?');
  });

  it('keeps refusing a slot whose word no gloss or column names', () => {
    expect(
      refusalCode(CLOSES, {
        question:
          'How strongly does the Brackwater share price (BRQX.L) move with the TNDV.L close? Give the coefficient.',
        constraints: 'Use the Pearson correlation.',
        format: '@brackwater_harlow_r[r]\nwhere "r" is between -1 and 1.',
      }),
    ).not.toBe('answered');
  });
});
