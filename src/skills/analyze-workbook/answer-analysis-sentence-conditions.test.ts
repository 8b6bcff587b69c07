import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { constraintSentences } from './sentence-conditions.ts';

// Invented orchards: a valley, a season, a variety, the crates picked and the pickers on the day.
const ORCHARDS = `Orchard,Valley,Season,Variety,Crates,Pickers
Almsby,North,2019,Pear,40,4
Brenhold,North,2020,Apple,52,5
Corvane,South,2019,Apple,18,2
Dunmere,South,2020,Pear,30,3
Eastwick,North,2019,Apple,64,6
Fallow,South,2020,Apple,22,2
Gorse,East,2019,Pear,11,1
Hathern,East,2020,Plum,27,3
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(ORCHARDS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('constraints that state a condition sentence by sentence', () => {
  it('gives each sentence its own slots: a mean over one valley, a count of another', () => {
    expect(
      outcome({
        question:
          'How many crates does a North orchard pick on average, and how many orchards are in the South valley?',
        constraints:
          '{\nFor the mean, keep the rows whose "Valley" is "North" and average "Crates".\nFor the count, count the rows whose "Valley" is "South".\nRound the mean to two decimal places.\n}',
        format:
          '{\n@north_mean_crates[avg]\n@south_orchards[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
      }),
    ).toEqual({ north_mean_crates: '52.00', south_orchards: '3' });
  });
  it('gives each year its own rows when the question names both years', () => {
    expect(
      outcome({
        question: 'How many Apple rows were picked in 2020, and what was the mean crop in the 2019 rows?',
        constraints:
          '{\nFor 2020, count the rows whose "Season" is 2020 and whose "Variety" is "Apple".\nFor 2019, take the mean of "Crates" over the rows whose "Season" is 2019.\nRound the mean to two decimal places.\n}',
        format:
          '{\n@apple_2020[n]\n@mean_crates_2019[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ apple_2020: '2', mean_crates_2019: '33.25' });
  });
  it('pairs sentences and slots in order when the slot names say no more', () => {
    expect(
      outcome({
        question: 'What is the median crop of North orchards, and of South orchards?',
        constraints:
          '{\nTake the median of "Crates" over the rows whose "Valley" is "North".\nTake the median of "Crates" over the rows whose "Valley" is "South".\n}',
        format:
          '{\n@first_median[median]\n@second_median[median]\nwhere "median" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ first_median: '52.00', second_median: '22.00' });
  });
  it('refuses when the slots do not say which sentence each serves', () => {
    expect(
      outcome({
        question: 'Give the mean crop of North orchards, of South orchards and over all orchards.',
        constraints:
          '{\nTake the mean of "Crates" over the rows whose "Valley" is "North".\nTake the mean of "Crates" over the rows whose "Valley" is "South".\n}',
        format:
          '{\n@mean_a[avg]\n@mean_b[avg]\n@mean_c[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
  it('keeps a leading condition with no statistic of its own for every slot, or refuses', () => {
    const found = outcome({
      question: 'Leaving out apples, what is the mean crop in the North, and how many rows are in the South?',
      constraints:
        '{\nLeave out the rows whose "Variety" is "Apple".\nFor the mean, keep the rows whose "Valley" is "North" and average "Crates".\nFor the count, count the rows whose "Valley" is "South".\nRound the mean to two decimal places.\n}',
      format:
        '{\n@north_mean[avg]\n@south_rows[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
    });
    expect(['unsupported', JSON.stringify({ north_mean: '40.00', south_rows: '1' })]).toContain(
      typeof found === 'string' ? found : JSON.stringify(found),
    );
  });
  it('keeps every condition for every slot when a later sentence works within the earlier rows', () => {
    expect(
      outcome({
        question: 'How many North orchards are there, and what is the mean crop of their Apple rows?',
        constraints:
          '{\nCount the rows whose "Valley" is "North".\nAmong those, take the mean of "Crates" over the rows whose "Variety" is "Apple".\n}',
        format:
          '{\n@north_orchards[n]\n@north_apple_mean[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
      }),
    ).not.toEqual({ north_orchards: '3', north_apple_mean: '39.00' });
  });
});

describe('sentences whose conditions the question joins', () => {
  const rightOrRefused = (found: unknown, right: Record<string, string>) =>
    expect(['unsupported', JSON.stringify(right)]).toContain(
      typeof found === 'string' ? found : JSON.stringify(found),
    );
  it('keeps both conditions for every slot when one clause of the question states both', () => {
    rightOrRefused(
      outcome({
        question: 'For South orchards picked in 2019, what is the mean crop, and the maximum?',
        constraints:
          '{\nKeep the rows whose "Valley" is "South" and take the mean of "Crates".\nKeep the rows whose "Season" is 2019 and take the maximum of "Crates".\n}',
        format: '{\n@mean_crates[avg]\n@max_crates[max]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
      { mean_crates: '18.00', max_crates: '18.00' },
    );
  });
  it('never takes a figure of a column the sentence does not name', () => {
    rightOrRefused(
      outcome({
        question: 'What is the mean crop of Pear orchards and of orchards with more than 3 pickers?',
        constraints:
          '{\nAverage "Crates" over the rows whose "Variety" is "Pear".\nAverage "Crates" over the rows whose "Pickers" is greater than 3.\n}',
        format: '{\n@pear_mean[avg]\n@busy_mean[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
      { pear_mean: '27.00', busy_mean: '52.00' },
    );
  });
});

describe('a count slot named by the clause that asks "how many"', () => {
  it('counts the rows when the other clause asks for a share', () => {
    expect(
      outcome({
        question: 'How many orchards are worked by two pickers, and what share of all orchards is that?',
        constraints:
          '{\nCount the rows whose "Pickers" is 2.\nDivide that count by the number of rows and multiply by 100.\nRound the share to two decimal places.\n}',
        format:
          '{\n@two_pickers[n]\n@two_pickers_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ two_pickers: '2', two_pickers_percent: '25.00' });
  });
  it('counts the rows when the other clause asks for a mean', () => {
    expect(
      outcome({
        question: 'How many three-picker orchards are there, and what is their mean crop?',
        constraints:
          '{\nKeep the rows whose "Pickers" is 3. Count them, then take the mean of "Crates" over those rows.\nRound the mean to two decimal places.\n}',
        format:
          '{\n@three_picker_orchards[n]\n@mean_crates[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ three_picker_orchards: '2', mean_crates: '28.50' });
  });
});

describe('count slots named by a group beside a question that asks for a mean', () => {
  it('counts each group the slot names, not its mean', () => {
    expect(
      outcome({
        question: 'How many North orchards are there, how many South ones, and what is the mean crop?',
        constraints:
          '{\nCount the rows whose "Valley" is "North".\nCount the rows whose "Valley" is "South".\nTake the mean of "Crates" over all rows.\n}',
        format:
          '{\n@north[n]\n@south[n]\n@mean_crates[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ north: '3', south: '3', mean_crates: '33.00' });
  });
});

describe('the sentences of the constraints', () => {
  it('splits lines and full stops, not the stops inside a column name or a figure', () => {
    expect(
      constraintSentences('{\nTake the mean of "num. rows" above 0.5. Round it.\nCount them.\n}'),
    ).toEqual(['Take the mean of "num. rows" above 0.5.', 'Round it.', 'Count them.']);
  });
});
