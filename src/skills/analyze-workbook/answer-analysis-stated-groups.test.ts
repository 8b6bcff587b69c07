import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented visits to a library, each logged with the shift it fell in.
const VISITS = `Ref,Shift,Minutes
1,Morning,20
2,Morning,35
3,Evening,15
4,Night,10
5,Morning,25
6,Evening,40
7,Night,5
8,Morning,30
`;

describe('groups the constraints name by a quoted column', () => {
  it('ranks the groups of the quoted column when the question calls them by its own word', () => {
    const answer = ask(VISITS, {
      question: 'Which part of the day had the most logged visits, and how many visits were logged in it?',
      constraints: '{\nCount the rows of each value of "Shift"; every row is one visit.\n}',
      format: '{\n@busiest_part[part]\n@visits_in_part[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ busiest_part: 'Morning', visits_in_part: '4' });
  });

  it('still refuses when the constraints group by two quoted columns', () => {
    expect(
      refusal(VISITS, {
        question: 'Which part of the day had the most logged visits?',
        constraints: '{\nCount the rows of each "Shift" and of each "Minutes".\n}',
        format: '{\n@busiest_part[part]\n}',
      }),
    ).toBe('unsupported');
  });
});

// Invented exam results: the track each student took, whether they passed (1) and their age.
const EXAMS = `Name,Track,Passed,Age
Ann,North,1,34
Bo,North,1,29
Cy,South,0,41
Di,North,1,52
Ed,South,0,38
Flo,North,0,27
Gus,South,0,45
Hal,North,1,33
Ivy,South,1,30
Jo,South,0,48
Kim,North,1,36
Lu,South,0,50
`;

describe('a chi-square test of two cross-tabulated columns', () => {
  it('reads the pair from \'Cross-tabulate "A" against "B"\' and no age bound from "the p-value is below 0.05"', () => {
    const answer = ask(EXAMS, {
      question: 'Is the track linked to the exam result? Check it with a chi-square test of independence.',
      constraints:
        '{\nCross-tabulate "Track" against "Passed" and use scipy.stats.chi2_contingency with its defaults.\nThe two are dependent when the p-value is below 0.05.\nRound the statistic to two decimal places.\n}',
      format: '{\n@chi_square_statistic[stat]\n@dependent[answer]\nwhere "answer" is "yes" or "no".\n}',
    });
    expect(answer.slots).toEqual({ chi_square_statistic: '3.00', dependent: 'no' });
  });

  it('tests over every row when a condition read from the question leaves one value of a tested column', () => {
    const answer = ask(EXAMS, {
      question: 'Did passing depend on the track? Check it with a chi-square test.',
      constraints: '{\nCross-tabulate "Track" against "Passed" with pandas.crosstab.\n}',
      format: '{\n@chi_square_statistic[stat]\nwhere "stat" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ chi_square_statistic: '3.00' });
  });

  it('still refuses when the text itself keeps one value of a tested flag', () => {
    expect(
      refusal(EXAMS, {
        question: 'Among the students who passed, is the track linked to the result? Use a chi-square test.',
        constraints: '{\nKeep the rows whose Passed is 1. Cross-tabulate "Track" against "Passed".\n}',
        format: '{\n@chi_square_statistic[stat]\nwhere "stat" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
