import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented club record: one row per season.
const SEASONS = `Season,Goals scored,Points
2011,48,61
2012,55,70
2013,39,52
2014,62,77
2015,51,66
2016,44,58
`;

const COUNT = { constraints: '{\nCount the rows.\n}', format: '{\n@seasons[n]\nwhere "n" is an integer.\n}' };

describe('a bound after "did … <verb>", the verb in its bare form', () => {
  it('reads "did the club net over 50 goals scored" as a bound on the column named in full', () => {
    const answer = ask(SEASONS, {
      ...COUNT,
      question: 'For how many seasons did the club net over 50 goals scored?',
    });
    expect(answer.slots).toEqual({ seasons: '3' });
  });

  it('reads "does" and a bound with "at least" the same way', () => {
    const answer = ask(SEASONS, {
      ...COUNT,
      question: 'In how many seasons does the club collect at least 61 points?',
    });
    expect(answer.slots).toEqual({ seasons: '4' });
  });

  it('keeps refusing a bound whose noun is a unit of another column ("goals in …")', () => {
    expect(
      refusalCode(SEASONS, {
        ...COUNT,
        question: 'In how many seasons did the club score more than 50 goals in the cup?',
      }),
    ).not.toBe('answered');
  });
});
