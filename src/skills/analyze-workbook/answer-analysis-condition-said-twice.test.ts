import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented ferry line: a year's crossings, the share of them on time and the fare.
const FERRY = `Year,OnTime,Fare,Crossings
1990,22,31,400
1991,35,33,420
1992,41,30,380
1993,28,36,450
1994,47,38,470
1995,33,35,410
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(FERRY, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe("a count's condition said in the question and again in the constraints", () => {
  it("is one condition, the count's own: the mean is over every year", () => {
    expect(
      outcome({
        question: 'What was the average fare, and in how many years did OnTime come in above 34?',
        constraints:
          'Take the mean of "Fare" over all the years, and count the years whose "OnTime" is greater than 34.',
        format: '@mean_fare[mean]\n@years_above_34[count]',
      }),
    ).toEqual({ mean_fare: '33.83', years_above_34: '3' });
  });
  it('leaves out a reading that keeps every row ("years … above 30" as Year above 30)', () => {
    expect(
      outcome({
        question:
          'How much does the on-time share vary? Give its standard deviation, and the number of years it was above 30.',
        constraints:
          'Use the sample standard deviation of "OnTime" over all the years, and count the years whose "OnTime" is greater than 30.',
        format: '@std_ontime[std]\n@years_above_30[count]',
      }),
    ).toEqual({ std_ontime: '8.94', years_above_30: '4' });
  });
  it('keeps both conditions for every slot when they read two columns', () => {
    expect(
      outcome({
        question:
          'What was the average fare, and in how many years was OnTime above 30 with Crossings above 400?',
        format: '@mean_fare[mean]\n@years[count]',
      }),
    ).toEqual({ mean_fare: '35.33', years: '3' });
  });
});

describe('a constraints sentence that counts the rows a condition keeps "and takes" another figure', () => {
  it('takes the other figure over the rows before the condition', () => {
    expect(
      outcome({
        question: 'In how many years did OnTime beat Fare, and what was the average gap?',
        constraints:
          'Gap = "OnTime" - "Fare". Count the rows with a positive gap and take the mean gap over the rows kept.\nRound the mean to two decimal places.',
        format: '@years_ontime_higher[count]\n@mean_gap[mean]',
      }),
    ).toEqual({ years_ontime_higher: '3', mean_gap: '0.50' });
  });
});

// An invented rowing club's members: age and whether they renewed.
const CLUB = `Member,Age,Renewed
Ansel,15,1
Bryn,34,1
Corra,16,0
Dov,52,1
Enid,17,1
Fenn,41,0
Gale,29,0
`;
const club = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(CLUB, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('conditions on two columns, each stated in a clause of its own', () => {
  it("answers each clause's slot over the rows of its own condition", () => {
    expect(
      club({
        question:
          'What is the mean age of the members who renewed, and how many members were younger than 18?',
        constraints: 'A member renewed when "Renewed" is 1.\nRound the mean to two decimal places.',
        format: '@mean_age_renewed[mean]\n@members_under_18[count]',
      }),
    ).toEqual({ mean_age_renewed: '29.50', members_under_18: '3' });
  });
  it('keeps both conditions for every slot when one clause states both', () => {
    expect(
      club({
        question: 'How many members who renewed were younger than 18, and what is the mean age?',
        constraints: 'A member renewed when "Renewed" is 1.\nRound the mean to two decimal places.',
        format: '@young_renewed[count]\n@mean_age[mean]',
      }),
    ).toEqual({ young_renewed: '2', mean_age: '16.00' });
  });
});
