import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';

// Invented orders taken by branch in two seasons.
const ORDERS = `Branch,Spring,Autumn
Pellow,40,46
Quarn,52,47
Ristby,33,41
Sallow,61,58
Tembry,28,36
`;

describe('a condition stated in a later counting clause of a sentence', () => {
  it('takes the mean and the deviation over every row, and counts the fallen rows alone', () => {
    const answer = askCsv(ORDERS, {
      question:
        'Create a new column "shift" as Autumn minus Spring. What are the mean and the standard deviation of shift, and in how many rows did it fall?',
      constraints:
        '{\n"shift" = "Autumn" - "Spring". Calculate the mean and the sample standard deviation of "shift", and count the rows whose "shift" is less than 0.\nRound to two decimal places.\n}',
      format: '{\n@mean_shift[mean]\n@std_shift[std]\n@rows_fallen[count]\n}',
    });
    expect(answer.slots).toEqual({ mean_shift: '2.80', std_shift: '6.30', rows_fallen: '2' });
  });
});
