import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented glazes and their gloss grades: most one number, some a range, a list, or a number with a word after it.
const GLAZES = `Glaze,Grade
Ashen,3.12
Birch,2.75
Cobalt,2.8 - 3.0
Dune,3.48
Ember,2.96
Fjord,2.9/3.2
Garnet,3.31
Heath,4 (assumed)
Iris,2.58
Juniper,3.05
Kelp,3.67
Loch,3.3 - 3.5
Moss,2.84
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(GLAZES, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('rows kept where a column is written as one number', () => {
  it('"is written as one number" keeps those rows, and a quoted example in the aside is left out too', () => {
    expect(
      answer({
        question:
          'Considering only the glazes whose grade is a single number, what are the mean and the standard deviation of the grade, and how many such glazes are there?',
        constraints:
          '{\nUse only the glazes whose "Grade" is written as one number (a span like "2.8 - 3.0", several values like "2.9/3.2" or a figure followed by a note like "4 (assumed)" do not count and are dropped). Report the mean and sample standard deviation of "Grade" and how many glazes are used.\nRound the mean and the standard deviation to four decimal places.\n}',
        format:
          '{\n@mean_grade[mean]\n@std_grade[std]\n@glazes[count]\nwhere "mean" and "std" are rounded to four decimal places and "count" is an integer.\n}',
      }),
    ).toEqual({ mean_grade: '3.0844', std_grade: '0.3525', glazes: '9' });
  });
});

// Invented hive counts: most a single figure with thousands commas, a few a range or empty.
const HIVES = `Apiary,Year,Bees
North,1990,"12,400"
East,1995,"9,800–10,500"
South,2000,"15,100"
West,2005,
Ridge,2010,"8,700"
Vale,2015,"11,000–13,000"
Glen,2020,"10,300"
`;

describe('rows kept where a column is a single figure', () => {
  it('"is a single figure" keeps the rows whose cell is one number, the ranges left out', () => {
    const request = {
      question:
        'Over the years whose Bees is a single figure, what are the mean and the largest count of bees?',
      constraints:
        '{\nKeep the rows whose "Bees" is a single figure written with thousands commas (leave out the ranges such as "1,000–2,000" and the empty cells). Calculate the mean and the maximum of the figure over those rows.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@mean_bees[mean]\n@max_bees[max]\nwhere "mean" is rounded to two decimal places and "max" is an integer.\n}',
    };
    let slots: Record<string, string> | string;
    try {
      slots = answerAnalysis(headerRowTable(csvToWorkbook(HIVES, 'invented').sheets[0]!)!, request).slots;
    } catch (thrown) {
      slots = toAppError(thrown).code;
    }
    expect(slots).toEqual({ mean_bees: '11625.00', max_bees: '15100' });
  });
});
