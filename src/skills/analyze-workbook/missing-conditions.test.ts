import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented tram cars: some unnamed ('-'), in two liveries, with a seat count one car lacks.
const CARS = `Car,Name,Livery,Seats
101,Bluebell,Green,40
102,-,Green,38
103,-,Cream,
104,Primrose,Cream,42
105,-,Green,36
`;

// Invented village fairs: two have no sponsor written down.
const FAIRS = `Fair,Sponsors,Stalls
Spring,,12
Summer,Mill Bakery,30
Harvest,Mill Bakery; Ferry Inn,25
Winter,,9
`;

describe('rows kept by whether a cell is missing', () => {
  it('keeps the rows whose cell is missing, with another condition', () => {
    const answer = ask(CARS, {
      question: 'How many unnamed cars have the Livery "Green"?',
      constraints: "A Name '-' is missing. Keep the rows whose Name is missing and whose Livery is Green.",
      format: '@unnamed_green[count] where "count" is an integer.',
    });
    expect(answer.slots.unnamed_green).toBe('2');
  });
  it('reads "ignore the rows where … is missing" as dropping them, not keeping them', () => {
    const answer = ask(CARS, {
      question: 'What is the mean Seats?',
      constraints: 'Ignore any rows where Seats is missing. Round to two decimal places.',
      format: '@mean_seats[mean] where "mean" is rounded to two decimal places.',
    });
    // 40, 38, 42 and 36.
    expect(answer.slots.mean_seats).toBe('39.00');
  });

  it('reads "no sponsor listed" as the rows whose Sponsors cell is blank', () => {
    const answer = ask(FAIRS, {
      question: 'How many fairs have no sponsor listed?',
      constraints: 'A blank Sponsors cell means no sponsor is listed.',
      format: '@unsponsored_fairs[count] where "count" is an integer.',
    });
    // The spring and the winter fair.
    expect(answer.slots.unsponsored_fairs).toBe('2');
  });
});
