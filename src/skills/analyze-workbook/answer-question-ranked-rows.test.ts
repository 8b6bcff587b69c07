import { describe, expect, it } from 'vitest';
import { askCsv, csvTable } from '../../../test/helpers/analysis-csv.ts';
import { answerQuestion } from './answer-question.ts';

// Invented buoy readings: most buoy labels are bare numbers, two carry a zone prefix.
const BUOYS = `buoy,swell,salinity
(NW3)52,3.75,31.2
208,6.5,30.1
(SE1)9,1.25,33.8
117,2.0,29.4
64,5.0,32.6
`;

describe('a question word naming a column of number-like labels', () => {
  it('answers the label of the row the superlative ranks, not the ranked figure', () => {
    const answer = answerQuestion(csvTable(BUOYS), 'Which buoy has the highest swell?');
    expect(answer.text).toBe('208');
    expect(answerQuestion(csvTable(BUOYS), 'Which buoy has the lowest salinity?').text).toBe('117');
  });

  it('keeps the place an ordinal names', () => {
    expect(answerQuestion(csvTable(BUOYS), 'Which buoy has the second highest swell?').text).toBe('64');
  });
});

describe('a statistic over the N rows a superlative picks', () => {
  it('averages one column over the rows another column ranks lowest', () => {
    // Swell lowest first: (SE1)9 1.25, 117 2.0, (NW3)52 3.75 → salinity 33.8, 29.4, 31.2.
    const answer = answerQuestion(
      csvTable(BUOYS),
      'What is the average salinity of the three rows with the lowest swell?',
    );
    expect(Number(answer.text)).toBeCloseTo(31.47, 2);
  });

  it('averages the ranked column itself when no other is named', () => {
    const answer = answerQuestion(
      csvTable(BUOYS),
      'What is the mean of the three rows with the highest swell?',
    );
    expect(Number(answer.text)).toBeCloseTo(5.08, 2);
  });

  it('gives the mean over the rows in the slotted form, not the first row’s figure', () => {
    const answer = askCsv(BUOYS, {
      question: 'Calculate the mean salinity of the three rows with the lowest swell.',
      format: '@mean_salinity[value]',
    });
    expect(answer.slots.mean_salinity).toBe('31.47');
  });
});

// An invented packing list: each item named once, one weight beside it.
const PACKING = `Item,Weight
tent,2.4
stove,0.9
sleeping bag,1.6
lantern,0.4
`;

describe('a superlative of the rows’ own items when the question names no measure', () => {
  it('ranks the items by the one measure column, not by a count that is one for each', () => {
    expect(answerQuestion(csvTable(PACKING), 'What is the heaviest item?').text).toBe('tent');
    expect(answerQuestion(csvTable(PACKING), 'What is the smallest item?').text).toBe('lantern');
    expect(answerQuestion(csvTable(PACKING), 'What is the second biggest item?').text).toBe('sleeping bag');
  });

  it('still counts rows when the items repeat', () => {
    const repeated = `Item,Weight\ntent,2.4\nstove,0.9\ntent,2.2\nlantern,0.4\ntent,2.0\nstove,1.0\n`;
    expect(answerQuestion(csvTable(repeated), 'Which item appears the most?').text).toBe('tent (3)');
  });
});
