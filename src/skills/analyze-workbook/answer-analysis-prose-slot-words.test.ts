import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented tour table; every expected figure below is worked out by hand.
// Date: three rows in March (two in 2021, one in 2022).
// Buses above 5: 7, 6, 9, 8. Band A: sum 31.5 over 10 rows. Closed − Opened: 10, 20, …, 100 days (mean 55).
const TOUR = `Stop,Date,Buses,Band A
Ashford,2021-03-02,4,2.50
Brill,2021-03-15,7,3.00
Crane,2021-04-01,6,3.50
Dunmore,2021-05-20,2,4.00
Elmfield,2022-03-09,9,2.00
Fenwick,2022-06-30,5,3.00
Garth,2022-07-04,3,2.50
Holm,2022-08-12,8,3.50
Ivel,2022-09-01,1,4.50
Juniper,2021-11-30,5,3.00
`;
// Five reigns in 2021, one of them dated by the year alone.
const REIGNS = `Holder,Date
Ash,2020-05-01
Bay,2021-02-11
Cole,2021
Dale,2021-06-30
Eve,2021-08-19
Fox,2021-12-01
Gale,2022-01-15
Hale,2022-03-04
Ida,2022-05-09
Jude,2023-02-27
`;
const TERMS = `Keeper,Opened,Closed
Ash,2020-01-01,2020-01-11
Bay,2020-01-01,2020-01-21
Cole,2020-01-01,2020-01-31
Dale,2020-01-01,2020-02-10
Eve,2020-01-01,2020-02-20
Fox,2020-01-01,2020-03-01
Gale,2020-01-01,2020-03-11
Hale,2020-01-01,2020-03-21
Ida,2020-01-01,2020-03-31
Jude,2020-01-01,2020-04-10
`;
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest, csv = TOUR) => answerAnalysis(tableOf(csv), request);
const code = (request: AnalysisRequest, csv = TOUR) => {
  try {
    ask(request, csv);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('slot words the question itself gives', () => {
  it('reads the plural a row count counts as the rows', () => {
    const answer = ask({
      question: 'How many concert tour stops took place in March?',
      format: '@march_stops[count]',
    });
    expect(answer.slots.march_stops).toBe('3');
  });

  it('still refuses an adjective of the counted rows that no step carried out', () => {
    expect(code({ question: 'How many tour stops took place?', format: '@busy_stops[count]' })).toBe(
      'unsupported',
    );
    // A counted noun that names a computation asks for more than a row count.
    expect(code({ question: 'How many fare increases were there?', format: '@fare_increases[count]' })).toBe(
      'unsupported',
    );
  });

  it('reads the noun written after a column the plan read as that column', () => {
    const answer = ask({ question: 'What is the mean Band A fare?', format: '@mean_fare[mean]' });
    expect(answer.slots.mean_fare).toBe('3.15');
    // "increase" after the column names a computation the mean is not.
    expect(code({ question: 'What is the mean Band A increase?', format: '@mean_increase[mean]' })).toBe(
      'unsupported',
    );
  });

  it('reads the noun written between a statistic and a column the plan read as that column', () => {
    expect(
      ask({ question: 'What is the mean shuttle Buses?', format: '@shuttle_mean[mean]' }).slots.shuttle_mean,
    ).toMatch(/^5(?:\.0+)?$/);
    // An adjective there narrows the rows: no step did, so no answer.
    expect(code({ question: 'What is the mean late Buses?', format: '@late_mean[mean]' })).toBe(
      'unsupported',
    );
  });

  it('reads "spread" in a slot as the dispersion the plan worked out, and only that', () => {
    // Buses 4 7 6 2 9 5 3 8 1 5: squared deviations from 5 add to 60; sqrt(60 / 9) = 2.58.
    expect(
      ask({ question: 'What is the standard deviation of Buses?', format: '@buses_spread[std]' }).slots
        .buses_spread,
    ).toBe('2.58');
    expect(code({ question: 'What is the mean of Buses?', format: '@buses_spread[value]' })).toBe(
      'unsupported',
    );
  });

  it('reads a span of dates as a term', () => {
    const answer = ask(
      {
        question: 'What is the mean number of days between Opened and Closed?',
        format: '@mean_term_days[mean]',
      },
      TERMS,
    );
    expect(answer.slots.mean_term_days).toBe('55.00');
  });

  it('reads a number word in a slot as the number a step used, and no other', () => {
    const question = 'How many stops have Buses above 5?';
    expect(ask({ question, format: '@over_five_buses[count]' }).slots.over_five_buses).toBe('4');
    expect(code({ question: 'How many stops have Buses above 6?', format: '@over_five_buses[count]' })).toBe(
      'unsupported',
    );
  });

  it('counts a date written as its year alone in that year', () => {
    const answer = ask({ question: 'How many reigns began in 2021?', format: '@reigns_2021[count]' }, REIGNS);
    expect(answer.slots.reigns_2021).toBe('5');
  });
});

// Departure: 10, 12, 14, 20 (mean 14); one Arrival holds two times, not a single number.
const TRAINS = `Train,Departure,Arrival
Lark,10,11
Wren,12,13 / 15
Kite,14,16
Rook,20,22
`;

describe('rows the constraints tell to leave out', () => {
  const question = 'What is the mean Departure of the trains?';
  const format = '@mean_departure[mean]';
  it('leaves out the rows whose other column is not a single number', () => {
    const constraints = 'Leave out rows whose Arrival is not a single number. Round to two decimal places.';
    expect(ask({ question, constraints, format }, TRAINS).slots.mean_departure).toBe('14.67');
  });

  it('refuses an answer over all rows when no step left out the rows another column names', () => {
    expect(code({ question, constraints: 'Exclude rows where Arrival is blank.', format }, TRAINS)).toBe(
      'unsupported',
    );
  });

  it('answers when the clause is about the column the statistic reads, or names no column', () => {
    const own = ask(
      { question, constraints: 'Leave out rows whose Departure is not a number.', format },
      TRAINS,
    );
    expect(own.slots.mean_departure).toBe('14.00');
    const total = ask({ question, constraints: 'Leave out the region total rows.', format }, TRAINS);
    expect(total.slots.mean_departure).toBe('14.00');
  });
});
