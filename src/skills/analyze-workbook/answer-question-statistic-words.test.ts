import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../test/helpers/analysis-csv.ts';
import { answerQuestion } from './answer-question.ts';

// An invented bowling league: counted measures named "number_of_…", a rate named "…_average",
// and a fee given in a unit.
const LEAGUE = `fee_in_hundreds_of_dollars,strike_average,number_of_strikes,number_of_games
12,0.20,40,20
8,0.25,30,12
20,0.10,10,10
15,0.40,80,20
`;

const ask = (question: string) => answerQuestion(csvTable(LEAGUE), question);

describe('the statistic a question says and the column it names', () => {
  it('reads "the average number of X" as a mean of X, not a count or a sum', () => {
    const answer = ask('what is the average number of strikes?');
    expect(answer.planText).toContain('avg of number_of_strikes');
    expect(answer.answer).toEqual([40]);
    expect(ask('median number of games').planText).toContain('median of number_of_games');
  });
  it('names a column by its words before the unit it is given in', () => {
    const answer = ask('what is the average fee?');
    expect(answer.planText).toContain('avg of fee_in_hundreds_of_dollars');
    expect(answer.answer).toEqual([13.75]);
  });
  it('does not read a statistic word that is part of a column name as the statistic', () => {
    const answer = ask('what is the highest strike average?');
    expect(answer.planText).toContain('max of strike_average');
    expect(answer.answer).toEqual([0.4]);
    expect(ask('what is the average strike average?').planText).toContain('avg of strike_average');
  });
});
