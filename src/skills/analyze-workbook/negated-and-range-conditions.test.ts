import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented ferry's passengers: a free ticket is a fare of 0.
const PASSENGERS = `Name,Age,Fare,Rating
Ann,20,0,
Bo,30,10,4
Cy,40,20,5
Di,50,0,3
`;

describe('negated comparisons, ranges and exclusions', () => {
  it('reads "whose Fare is not equal to 0" as every fare but 0', () => {
    const answer = ask(PASSENGERS, {
      question: 'What is the average Age of passengers whose Fare is not equal to 0?',
      format: '@avg_age[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ avg_age: '35.00' });
  });

  it('refuses a range of numbers the plan never used', () => {
    expect(() =>
      ask(PASSENGERS, {
        question: 'What is the average Fare of passengers who boarded between 25 and 45?',
        format: '@avg_fare[mean]',
      }),
    ).toThrow(/between 25 and 45/);
  });

  it('reads a range after a verb that names a column ("aged between 25 and 45")', () => {
    // Ages 30 and 40: fares 10 and 20.
    expect(
      ask(PASSENGERS, {
        question: 'What is the average Fare of passengers aged between 25 and 45?',
        format: '@avg_fare[mean]',
      }).slots,
    ).toEqual({ avg_fare: '15.00' });
  });

  it('refuses rows excluded in words that no step left out', () => {
    expect(() =>
      ask(PASSENGERS, {
        question: 'Excluding passengers without a rating, what is the median Fare?',
        format: '@median_fare[median]',
      }),
    ).toThrow(/Excluding passengers without a rating/);
  });

  it('leaves the bounds of a verdict ("if the skewness is between -0.5 and 0.5") alone', () => {
    const answer = ask(PASSENGERS, {
      question:
        'Calculate the skewness of Age. If the skewness is between -0.5 and 0.5, the data is fairly symmetrical.',
      format: '@age_skewness[skew] where "skew" is rounded to two decimal places.',
    });
    expect(answer.slots.age_skewness).toBe('0.00');
  });

  it('reads a comparison sign before a number in the constraints', () => {
    const answer = ask(PASSENGERS, {
      question: 'What is the average Age?',
      constraints: 'Use the passengers with Fare >= 10.',
      format: '@avg_age[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ avg_age: '35.00' });
  });

  it('refuses a column set equal to a value that the plan never read', () => {
    expect(() =>
      ask(PASSENGERS, {
        question: 'What is the average Age of the rated passengers?',
        constraints: 'A rated passenger has Rating = 5.',
        format: '@avg_age[mean]',
      }),
    ).toThrow(/Rating = 5/);
  });

  it('refuses a yes/no column the question names that the plan never read', () => {
    const workers = `Site,Part_Time,Wage\nNorth,Yes,10\nNorth,No,20\nSouth,Yes,30\n`;
    expect(() =>
      ask(workers, {
        question: 'What is the average Wage where part time matters?',
        format: '@avg_wage[mean]',
      }),
    ).toThrow(/Part_Time/);
  });

  it('keeps the Yes rows of a yes/no column of two words, after "who are" or before the rows\' noun', () => {
    const workers = `Site,Part_Time,Wage\nNorth,Yes,10\nNorth,No,20\nSouth,Yes,30\n`;
    for (const question of [
      'What is the average Wage of workers who are part time?',
      'What is the average Wage of part-time workers?',
    ])
      expect(ask(workers, { question, format: '@avg_wage[mean]' }).slots).toEqual({
        avg_wage: '20.00',
      });
  });
});
