import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented tables; every expected figure below is worked out by hand.
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (csv: string, request: AnalysisRequest) => answerAnalysis(tableOf(csv), request);
const refusal = (csv: string, request: AnalysisRequest) => {
  try {
    return `answered ${JSON.stringify(ask(csv, request).slots)}`;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

// Visitors written with notes the engine cannot read as numbers; Season is a numeric column.
const MUSEUM = `Season,Visitors,Guides
2001,12 450 (est.),4
2002,9980 approx,5
2003,about 15002,3
2004,none,6
`;

describe('the column a statistic is named for', () => {
  it('refuses when the named column holds figures it cannot read, rather than using another column', () => {
    for (const [question, format] of [
      ['What is the mean number of Visitors per season?', '@mean_visitors[value]'],
      ['What is the sum of the Visitors over all seasons?', '@visitors_total[value]'],
      ['What is the mean of the Visitors?', '@mean[value]'],
    ] as const)
      expect(refusal(MUSEUM, { question, format })).toMatch(/^unsupported: .*names Visitors/);
    // A readable measure named next to it is still answered: (4 + 5 + 3 + 6) / 4.
    expect(
      ask(MUSEUM, {
        question: 'What is the mean number of Guides per season?',
        format: '@mean_guides[value]',
      }).slots.mean_guides,
    ).toBe('4.50');
  });
});

// Ann Lee holds three rows, Bo Chan two, Cy Dorn one; the largest Prize (20000) is in 2003,
// the most Entrants (40) in 2004.
const RACES = `Year,Coach,Entrants,Prize
2001,Ann Lee,12,"$9,000"
2002,Bo Chan,30,"$12,000"
2003,Ann Lee,25,"$20,000"
2004,Cy Dorn,40,"$15,000"
2005,Bo Chan,8,"$11,000"
2006,Ann Lee,22,"$10,000"
`;

describe('ranked counts and the row where a named measure peaks', () => {
  it('answers "the most times" with the value holding the most rows, not the row with the largest measure', () => {
    const most = ask(RACES, {
      question: 'Which Coach won the race the most times?',
      format: '@top_coach[coach]',
    });
    expect(most.slots.top_coach).toBe('Ann Lee');
    expect(most.planText).toContain('count of rows');
    const fewest = ask(RACES, { question: 'Which Coach won the fewest times?', format: '@coach[name]' });
    expect(fewest.slots.coach).toBe('Cy Dorn');
  });
  it('refuses "the most times" over a column whose values each hold one row', () => {
    const once = 'Year,Coach,Prize\n2001,Ann Lee,5\n2002,Bo Chan,7\n2003,Cy Dorn,6\n';
    expect(refusal(once, { question: 'Which Coach won the most times?', format: '@coach[name]' })).toMatch(
      /^unsupported: /,
    );
  });
  it('counts the rows of the most frequent value, never all rows, for a count about it', () => {
    const count = ask(RACES, {
      question: 'How many times does the most frequent Coach appear?',
      format: '@count[value]',
    });
    expect(count.slots.count).toBe('3');
    // The least frequent value (Cy Dorn) is read too; the count of all rows would be wrong.
    expect(
      refusal(RACES, {
        question: 'How many times does the least frequent Coach appear?',
        format: '@count[value]',
      }),
    ).toBe('answered {"count":"1"}');
    const both = ask(RACES, {
      question: 'What is the most common Coach and how many rows are there in total?',
      format: '@coach[name] @total_rows[value]',
    });
    expect(both.slots).toEqual({ coach: 'Ann Lee', total_rows: '6' });
  });
  it('reads the year of the row where the named measure peaks', () => {
    const both = ask(RACES, {
      question: 'What was the largest Prize and in which Year was it paid?',
      format: '@maxPrize[amount] @maxPrizeYear[year]',
    });
    expect(both.slots).toEqual({ maxPrize: '20000.00', maxPrizeYear: '2003' });
    const year = ask(RACES, {
      question: 'In which Year was the largest Prize paid?',
      format: '@year[value]',
    });
    expect(year.slots.year).toBe('2003');
    // A question asking for the number itself keeps the number, whatever the slot's name holds.
    const number = ask(RACES, {
      question: 'What is the highest number of Entrants in a Year?',
      format: '@max_entrants_year[value]',
    });
    expect(number.slots.max_entrants_year).toBe('40.00');
    // The latest year itself is still the maximum of Year.
    expect(
      ask(RACES, { question: 'What is the latest Year?', format: '@max_year[value]' }).slots.max_year,
    ).toBe('2006.00');
  });
  it('ranks by the measure named after the superlative, not another numeric column the question names', () => {
    const answer = ask(RACES, {
      question: 'Which Coach with more than 10 Entrants had the largest Prize?',
      format: '@coach[name]',
    });
    expect(answer.slots.coach).toBe('Ann Lee');
  });
});
