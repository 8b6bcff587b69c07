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
