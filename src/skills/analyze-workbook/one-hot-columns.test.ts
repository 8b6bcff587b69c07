import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented ferry line's sailings: route, vessel and a fare class with one cell left blank.
const SAILINGS = `Route,Vessel,Class,Passengers
North,Gull,Standard,120
North,Tern,Saver,88
South,Gull,Standard,140
East,Heron,Flexi,61
South,Tern,,95
North,Heron,Saver,77
`;

describe('one-hot indicator columns', () => {
  it('counts one column per distinct value, apart from a count of rows with a 1 in one of them', () => {
    const answer = ask(SAILINGS, {
      question:
        'How many columns does one-hot encoding of Route create, and how many rows have a 1 in the North column?',
      constraints: 'One-hot encode Route with pandas.get_dummies, one column per distinct value.',
      format: '@onehot_columns[count], @north_rows[count] where both are integers.',
    });
    // North, South, East: three columns; three North rows.
    expect(answer.slots).toEqual({ onehot_columns: '3', north_rows: '3' });
  });
  it('makes no column for a missing cell, and leaves the first out when drop_first is stated', () => {
    const plain = ask(SAILINGS, {
      question: 'How many dummy columns does one-hot encoding of Class make?',
      format: '@dummy_columns[count] where "count" is an integer.',
    });
    expect(plain.slots.dummy_columns).toBe('3');
    const dropped = ask(SAILINGS, {
      question: 'How many dummy columns does one-hot encoding of Class make?',
      constraints: 'Use pandas.get_dummies with drop_first=True.',
      format: '@dummy_columns[count] where "count" is an integer.',
    });
    expect(dropped.slots.dummy_columns).toBe('2');
  });
});
