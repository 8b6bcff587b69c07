import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented table; every expected figure below is worked out by hand. Six guests, three with
// a Locker recorded; Inn_brand holds three distinct values, parent_inn_brand two.
const GUESTS = `guest_id,sex,fee,locker,inn_brand,parent_inn_brand,number_of_nights,number_of_late_nights
1,male,10,A4,Sunrest,Grupo Sol,3,0
2,female,30,,Sunrest,Grupo Sol,5,4
3,male,20,B1,Pinewood,Grupo Sol,2,1
4,female,50,,Harbor,Bay Inns,8,5
5,male,30,C9,Pinewood,Grupo Sol,6,1
6,female,40,,Sunrest,Grupo Sol,1,0
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(GUESTS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

describe('counts of values rather than rows', () => {
  it('counts the values present when asked, and refuses a count of a sparse column otherwise', () => {
    expect(
      answer({
        question: 'How many guests have a locker value recorded?',
        format: '@locker_count[count] as an integer.',
      }),
    ).toEqual({ locker_count: '3' });
    expect(answer({ question: 'How many lockers are there?', format: '@locker_count[count]' })).toMatch(
      /^unsupported: .*missing in some rows/,
    );
  });

  it('counts distinct values of the column the phrase ends on', () => {
    expect(
      answer({ question: 'How many unique inn brands are there?', format: '@brand_count[count]' }),
    ).toEqual({ brand_count: '3' });
  });
});

describe('the order and the column a sentence states', () => {
  it('subtracts in the order "A minus B" states', () => {
    // female mean (30 + 50 + 40) / 3 = 40, male mean (10 + 20 + 30) / 3 = 20.
    expect(
      answer({
        question: 'Report the difference in mean fee between male and female guests.',
        constraints: 'Female mean minus male mean.',
        format: '@fee_gap[diff] rounded to two decimal places.',
      }),
    ).toEqual({ fee_gap: '20.00' });
    expect(
      answer({
        question: 'Report the difference in mean fee between male and female guests.',
        format: '@fee_gap[diff] rounded to two decimal places.',
      }),
    ).toEqual({ fee_gap: '-20.00' });
  });

  it('reads two column words side by side as the column holding both', () => {
    // number_of_late_nights above 2: guests 2 and 4 (fees 30 and 50); number_of_nights above 2
    // would keep four guests.
    expect(
      answer({
        question: 'What is the mean fee of guests with more than 2 late nights?',
        format: '@mean_fee[mean] rounded to two decimal places.',
      }),
    ).toEqual({ mean_fee: '40.00' });
  });
});

describe('missing cells of the column a question names', () => {
  // Invented: Depth is missing twice, Width once.
  const TRAILS = `Trail,Depth (m),Width (m)
North Loop,2.5,1.2
Ridge Path,,1.0
Creek Walk,3.1,
Lake Route,,0.8
`;
  const ask = (question: string, format: string) =>
    answerAnalysis(headerRowTable(csvToWorkbook(TRAILS, 'invented').sheets[0]!)!, { question, format }).slots;

  it('counts the missing cells of the named column only, and of every column when none is named', () => {
    expect(
      ask('How many missing values does the Depth (m) column have?', '@missing_count[count] an integer.'),
    ).toEqual({ missing_count: '2' });
    expect(ask('How many missing values does the table have?', '@missing_count[count] an integer.')).toEqual({
      missing_count: '3',
    });
  });
});
