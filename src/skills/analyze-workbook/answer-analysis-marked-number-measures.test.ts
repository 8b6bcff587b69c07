import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented songs and the peak each reached on two made-up charts, "—" where it missed one.
const PEAKS = `Year,Song,Lowland Peak,Highland Peak
1990,Amber Road,12,—
1990,Birch Lane,—,7
1991,Copper Sky,33,15
1991,Dune Song,—,41
1992,Ember Tide,5,—
1992,Fern Hollow,48,22
1993,Glass River,—,9
1993,Harbour Light,71,—
1994,Iron Bell,19,3
1994,Juniper,—,55
1995,Kestrel,26,—
1995,Lantern,8,30
1996,Meadow Run,—,12
1996,Night Ferry,64,—
1997,Oak Hollow,2,18
1997,Pine Ridge,90,—
1998,Quarry Blues,41,27
1998,Reed Song,37,—
1999,Salt Marsh,—,44
1999,Tin Roof,—,61
`;

// Invented samples and a measured index: most cells a number, some a range, one a number with a note.
const INDEX = `Sample,k
Alpha,1 (by definition)
Beta,1.42
Gamma,1.38
Delta,1.55
Epsilon,1.20 - 1.30
Zeta,1.61
Eta,1.47
Theta,1.33
Iota,2.05
Kappa,1.50 - 1.52
Lambda,1.44
Mu,1.71
Nu,1.29
Xi,1.66
Omicron,1.90 - 1.95
Pi,1.58
`;

// Invented shops and their ratings, text where a rating is still to come, all of it in one region.
const RATINGS = `Shop,Region,Rating
Alder,North,4.2
Bramble,South,pending
Cedar,North,3.8
Dunlin,South,4.9
Egret,North,4.5
Fallow,South,pending
Gorse,North,3.1
Heron,South,under review
Ivy,North,4.0
`;

// Invented household costs.
const COSTS = `Item,Amount
Rent,900
Power,120
Water,40
Phone,35
Food,300
Travel,80
`;

const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a column of figures with dashes or notes among them', () => {
  it('is the measure of a statistic when the question names it and no other such column', () => {
    // Lowland peaks: 12 33 5 48 71 19 26 8 64 2 90 41 37 → 456 / 13.
    expect(
      answer(PEAKS, {
        question: 'What is the mean Lowland Peak of the songs?',
        constraints: "Treat '—' as a missing value and leave those rows out. Round to two decimal places.",
        format: '@mean_peak[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_peak: '35.08' });
  });

  it('is not picked when the question names two such columns alike', () => {
    expect(
      answer(PEAKS, {
        question: 'What is the mean Peak of the songs?',
        constraints: 'Round to two decimal places.',
        format: '@mean_peak[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });

  it('"the numeric k values" leaves out ranges and a number with a note, as pandas coercion does', () => {
    // 1.42 1.38 1.55 1.61 1.47 1.33 2.05 1.44 1.71 1.29 1.66 1.58 → 18.49 / 12.
    expect(
      answer(INDEX, {
        question: 'What is the mean k of the samples?',
        constraints: 'Use the numeric k values only. Round to three decimal places.',
        format: '@mean_k[mean] where "mean" is rounded to three decimal places.',
      }),
    ).toEqual({ mean_k: '1.541' });
  });

  it('a stated leaving-out makes the column the measure a superlative ranks labels by', () => {
    expect(
      answer(INDEX, {
        question: 'Which Sample has the highest measured index k?',
        constraints: 'Leave out k values that are not a number.',
        format: '@sample[name] where "name" is a string.',
      }),
    ).toEqual({ sample: 'Iota' });
  });
});

describe('a column the slot names that holds text in rows a condition leaves out', () => {
  it('reads as numbers over the rows kept', () => {
    expect(
      answer(RATINGS, {
        question: 'What is the mean Rating of the shops in the North region?',
        constraints: "Keep the rows whose Region is 'North'. Round to two decimal places.",
        format: '@mean_rating[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_rating: '3.92' });
  });

  it('is still refused over every row', () => {
    expect(
      answer(RATINGS, {
        question: 'What is the mean Rating of the shops?',
        constraints: 'Round to two decimal places.',
        format: '@mean_rating[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('a count of the rows above a bare mean', () => {
  it('takes the mean of the one column the table measures by', () => {
    // Mean 245.83: Rent and Food lie above it.
    expect(
      answer(COSTS, {
        question: 'What is the median cost, and how many costs are above the mean?',
        constraints: 'Round the median to one decimal place.',
        format:
          '@median_amount[median], @above_mean[count] where "median" is rounded to one decimal place and "count" is an integer.',
      }),
    ).toEqual({ median_amount: '100.0', above_mean: '2' });
  });
});
