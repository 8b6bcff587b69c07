import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { cellsOf, createFrame, type Frame } from './analysis-frame.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { applyTransforms, modeOf, readRange, statedRanges } from './transform-frame.ts';

// Invented rows: people of a small club.
const CSV = [
  'Name,Sex,Age,Fee,Joined',
  '"Lark, Mr. Otto",male,4,10,1',
  '"Brisk, Mrs. Ada",female,15,20,0',
  '"Vale, Miss. Ivy",female,,30,1',
  '"Oakes, Dr. Ned",male,40,40,1',
  '"Fenn, Mr. Hal",male,61,,0',
  '"Pell, Rev. Uma",female,70,60,1',
].join('\n');

function frame(): Frame {
  return createFrame(headerRowTable(csvToWorkbook(CSV, 'club').sheets[0]!)!);
}

describe('cleaning and feature steps stated in prose', () => {
  it('fills missing values with the mean, median or mode, and drops rows with a missing value', () => {
    const a = frame();
    applyTransforms(a, 'Fill the missing values in the Age column with the median age.', '');
    expect(cellsOf(a, 'Age')[2]).toBe(40);
    const b = frame();
    applyTransforms(b, 'Impute missing Fee values with the mean.', '');
    expect(cellsOf(b, 'Fee')[4]).toBe(32);
    expect(modeOf(['b', 'a', 'b', 'a', null])).toBe('a');
    const c = frame();
    applyTransforms(c, 'Drop the rows where Age or Fee is missing.', '');
    expect(c.rows).toEqual([0, 1, 3, 5]);
  });

  it('scales with min-max and z-scores, and encodes labels as stated or in sorted order', () => {
    const a = frame();
    applyTransforms(a, 'Normalize the Fee column using Min-Max scaling.', '');
    expect(cellsOf(a, 'Fee').slice(0, 4)).toEqual([0, 0.2, 0.4, 0.6]);
    const b = frame();
    applyTransforms(b, 'Standardize the Fee column (z-score normalization).', '');
    const z = cellsOf(b, 'Fee').filter((cell): cell is number => typeof cell === 'number');
    expect(z.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 10);
    // Sample standard deviation (pandas): (10 − 32) / sqrt(370) = −1.1437.
    expect(z[0]).toBeCloseTo(-1.1437, 4);
    const c = frame();
    applyTransforms(c, 'Encode "Sex" with label encoding, where "male" is 1 and "female" is 0.', '');
    expect(cellsOf(c, 'Sex')).toEqual([1, 0, 0, 1, 1, 0]);
    const d = frame();
    applyTransforms(d, 'Apply label encoding to the Sex column.', '');
    expect(cellsOf(d, 'Sex')).toEqual([1, 0, 0, 1, 1, 0]);
  });

  it('takes titles from names and groups the rarer ones as stated', () => {
    const a = frame();
    applyTransforms(
      a,
      "Create a new feature called 'Title' by extracting the title from the 'Name' column.",
      "Titles other than 'Mr.', 'Mrs.' and 'Miss.' are replaced with 'Other'.",
    );
    expect(cellsOf(a, 'Title')).toEqual(['Mr', 'Mrs', 'Miss', 'Other', 'Mr', 'Other']);
  });

  it('bins into equal-width bins as pandas cut does, and into stated ranges', () => {
    const a = frame();
    applyTransforms(a, 'Bin the Fee column into 3 equal-width bins.', '');
    // pandas.cut(Fee, 3): (9.95, 26.667], (26.667, 43.333], (43.333, 60]
    const bins = cellsOf(a, 'Fee group');
    expect(bins[0]).toBe(bins[1]);
    expect(bins[2]).toBe(bins[3]);
    expect(bins[2]).not.toBe(bins[1]);
    expect(bins[4]).toBeNull();
    const b = frame();
    applyTransforms(
      b,
      "Create a new column called 'AgeGroup' with the groups 'Child' (0-12), 'Teen' (13-19), 'Adult' (20-59) and 'Senior' (60 and above) based on Age.",
      '',
    );
    expect(cellsOf(b, 'AgeGroup')).toEqual(['Child', 'Teen', null, 'Adult', 'Senior', 'Senior']);
    expect(readRange('less than 5')!(4.9)).toBe(true);
    expect(readRange('1,000 to 2,000')!(1500)).toBe(true);
    expect(statedRanges("'Low' (< 10), 'High' (10 or more)").map((range) => range.label)).toEqual([
      'Low',
      'High',
    ]);
  });

  it('answers a question over the prepared columns, part by part for a slot listing several values', () => {
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(CSV, 'club').sheets[0]!)!, {
      question: 'Normalize the "Fee" column using min-max scaling and encode "Sex" with label encoding.',
      constraints: 'Fill missing Fee values with the median. Count each label of Sex after encoding.',
      format:
        '@sex_counts[label_0_count, label_1_count] @fee_scaled[min_fee, mean_fee] where "min_fee" is rounded to two decimal places and "mean_fee" is rounded to three decimal places.',
    });
    expect(answer.slots).toEqual({ sex_counts: '3, 3', fee_scaled: '0.00, 0.433' });
    expect(answer.planText).toMatch(/missing Fee filled with the median/);
  });
});
