import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table; every expected figure below is worked out by hand.
// height: 10, 20, 30, 40 (mean 25, sample sd 12.91, median 25); weight: 1, 3, —, 4 (mean 8/3).
const PLANTS = `plant,bed,height,weight,time
Alder,north,10,1,12.5
Birch,south,20,3,11.0
Cedar,north,30,—,13.25
Dogwood,south,40,4,10.75
`;
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(tableOf(PLANTS), request);
const code = (request: AnalysisRequest) => {
  try {
    ask(request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('slot names written with abbreviations', () => {
  it('reads camel-case, abbreviated and glued statistic words', () => {
    const question = 'Describe the height of the plants.';
    expect(ask({ question, format: '@stdevHeight[value]' }).slots.stdevHeight).toBe('12.91');
    expect(ask({ question, format: '@avgheight[value]' }).slots.avgheight).toBe('25.00');
    expect(ask({ question, format: '@med_height[value]' }).slots.med_height).toBe('25.00');
    expect(ask({ question, format: '@height_var[value]' }).slots.height_var).toBe('166.67');
  });

  it('counts rows under the names a table gives its rows', () => {
    const answer = ask({ question: 'How many plants have a height above 15?', format: '@n_records[value]' });
    expect(answer.slots.n_records).toBe('3');
  });

  it('reads the word after "per" in a mean over all rows as the rows, and a filled column as imputed', () => {
    const mean = ask({
      question: 'What is the average height per plant?',
      format: '@mean_height_per_plant[value]',
    });
    expect(mean.slots.mean_height_per_plant).toBe('25.00');
    const filled = ask({
      question: 'Fill the missing values in weight with 0. What is the mean weight after filling?',
      format: '@imputed_mean_weight[value]',
    });
    // 1 + 3 + 0 + 4 over 4 rows.
    expect(filled.slots.imputed_mean_weight).toBe('2.00');
  });

  it('reads consonant skeletons and cuts of plan words, and counts the rows a comparison kept', () => {
    const question = 'What are the mean and the population standard deviation of the height?';
    expect(ask({ question, format: '@mean_hgt[value]' }).slots.mean_hgt).toBe('25.00');
    // Population σ of 10, 20, 30, 40 is √125.
    expect(ask({ question, format: '@std_hgt_pop[value]' }).slots.std_hgt_pop).toBe('11.18');
    const above = ask({
      question: 'How many plants are taller than the mean height of all plants?',
      format: '@num_above_mean_height[count]',
    });
    expect(above.slots.num_above_mean_height).toBe('2');
    // The same bar stated twice ("taller than the mean height", "whose height is greater than
    // the mean height") is one condition, not a second one over the rows the first kept.
    const twice = ask({
      question: 'How many plants are taller than the mean height of all plants?',
      constraints: 'Count the plants whose height is greater than the mean height.',
      format: '@n_taller[count]',
    });
    expect(twice.slots.n_taller).toBe('2');
    const young = ask({
      question: 'What is the mean weight of the plants with a height of 20 or lower?',
      format: '@mean_weight_low[value]',
    });
    expect(young.slots.mean_weight_low).toBe('2.00');
    // A skeleton must match a word the plan wrote: "wgt" is not the height asked for.
    expect(code({ question: 'What is the mean height?', format: '@mean_wgt[value]' })).toBe('unsupported');
  });

  it('still refuses a slot word no statistic or table word explains', () => {
    expect(code({ question: 'What is the mean height?', format: '@busiest_height[value]' })).toBe(
      'unsupported',
    );
    expect(code({ question: 'What is the mean height?', format: '@height_change[value]' })).toBe(
      'unsupported',
    );
  });
});

describe('slot words beside the statistic', () => {
  it('reads "modal" as the most frequent value, not finding a column in a form placeholder', () => {
    const answer = ask({
      question: 'Which bed holds the most plants?',
      format: '@modal_bed[name] where "name" is a bed.',
    });
    expect(answer.slots.modal_bed).toMatch(/^(north|south)$/);
    const table = `name,region\nAlpha,east\nBeta,west\nGamma,west\n`;
    const regions = answerAnalysis(tableOf(table), {
      question: 'Which region appears most often?',
      format: '@modal_region[name] where "name" is a region name.',
    });
    expect(regions.slots.modal_region).toBe('west');
  });

  it('takes "final" in a column name as the column, and reads "spread" as a range', () => {
    const table = `player,final score\nAlpha,9\nBeta,4\nGamma,6\n`;
    const answer = answerAnalysis(tableOf(table), {
      question: 'What is the highest final score?',
      format: '@max_final_score[value]',
    });
    expect(answer.slots.max_final_score).toBe('9.00');
    const spread = answerAnalysis(tableOf(table), {
      question: 'What is the range of final score?',
      format: '@score_spread[value]',
    });
    expect(spread.slots.score_spread).toBe('5.00');
  });

  it('refuses a count of rows at another statistic it does not compute', () => {
    expect(
      code({
        question: 'What is the highest height and how many plants have it?',
        format: '@num_plants_at_max[value]',
      }),
    ).toBe('unsupported');
  });
});

describe('outlier fences', () => {
  it('gives the 1.5·IQR bounds a slot names, and refuses another multiplier', () => {
    // Q1 17.5, Q3 32.5 (linear), IQR 15: fences −5 and 55.
    const question = 'Using the IQR method, what are the bounds for outliers in height?';
    const answer = ask({ question, format: '@iqr_lower_bound[value] @upperLimit[value]' });
    expect(answer.slots).toEqual({ iqr_lower_bound: '-5.00', upperLimit: '55.00' });
    expect(code({ question: `${question} Use 3 times the IQR.`, format: '@iqr_lower_bound[value]' })).toBe(
      'unsupported',
    );
  });
});

describe('cumulative sums', () => {
  it('run down the table, skipping a missing cell as pandas does', () => {
    // weight 1, 3, —, 4: running 1, 4, —, 8.
    const question = 'Calculate the cumulative sum of weight in table order.';
    const answer = ask({
      question: `${question} What is its maximum?`,
      format: '@max_cumulative_sum[value]',
    });
    expect(answer.slots.max_cumulative_sum).toBe('8.00');
    const last = ask({
      question: `${question} What is the cumulative sum at the last row?`,
      format: '@last_cumsum[value]',
    });
    expect(last.slots.last_cumsum).toBe('8.00');
    expect(answer.planText).toContain('weight added up row by row');
    // The mean of 1, 4 and 8, not of the weights themselves (8/3).
    const averaged = ask({ question: `${question} What is the mean of it?`, format: '@mean_cumsum[value]' });
    expect(averaged.slots.mean_cumsum).toBe('4.33');
  });
});

describe('slowest and fastest', () => {
  it('take the largest and smallest of a column of times', () => {
    const answer = ask({
      question: 'What is the difference between the slowest and the fastest time?',
      format: '@time_gap[value]',
    });
    // 13.25 − 10.75.
    expect(answer.slots.time_gap).toBe('2.50');
  });

  it('are not read over a column that holds no times', () => {
    expect(
      code({
        question: 'What is the difference between the slowest and the fastest height?',
        format: '@gap[value]',
      }),
    ).toBe('unsupported');
  });
});

describe('groups ranked by a total the question asks for', () => {
  // Invented race: the best single result (Comet, 30) is not the best team total (Lynx, 20 + 18 + 5).
  const RACE = `rider,team,points
Ada,Comet,30
Bo,Lynx,20
Cy,Lynx,18
Di,Otter,12
Ed,Lynx,5
Fe,Comet,2
Gu,Otter,1
Hal,Heron,9
`;
  it('sums each group for "which team scored the most points in total" and gives its score', () => {
    const answer = answerAnalysis(tableOf(RACE), {
      question: 'Which team scored the most points in total, and how many points was that?',
      format: '@top_team[team_name] @team_points[total] where "total" is an integer.',
    });
    expect(answer.slots).toEqual({ top_team: 'Lynx', team_points: '43' });
  });
});

describe('rows with none of a counted column', () => {
  // Invented league: three of five clubs scored no goals away.
  const CLUBS = `club,home_goals,away_goals,rating
Ash,3,0,4.5
Elm,1,2,3.5
Fir,0,0,2.0
Oak,2,1,4.0
Yew,4,0,1.5
`;
  it('keeps the rows at 0 for "did not score any" and "without any", and no others', () => {
    const ask = (question: string, format: string) =>
      answerAnalysis(tableOf(CLUBS), { question, format }).slots;
    expect(ask('How many clubs did not score any away goals?', '@clubs_without_away[count]')).toEqual({
      clubs_without_away: '3',
    });
    expect(
      ask('What is the mean home goals of the clubs without any away goals?', '@mean_home[mean]'),
    ).toEqual({
      mean_home: '2.33',
    });
    // "Ignore the clubs with no away goals" leaves them out; it keeps no rows at 0.
    expect(ask('What is the mean home goals of the clubs?', '@mean_home[mean]')).toEqual({
      mean_home: '2.00',
    });
    expect(
      answerAnalysis(tableOf(CLUBS), {
        question: 'What is the mean home goals?',
        constraints: 'Ignore the clubs with no away goals.',
        format: '@mean_home[mean]',
      }).slots.mean_home,
    ).not.toBe('2.33');
    // A rating is no count: "without a rating" keeps every row and is not read as rating 0.
    expect(() =>
      ask('What is the mean rating of clubs without a rating?', '@mean_rating_none[mean]'),
    ).toThrow();
  });
});

describe('lists and values for each group', () => {
  const RACE = `rider,team,laps
Ada,Comet,80
Bo,Lynx,81
Cy,Lynx,79
Di,Otter,80
Ed,Lynx,12
Fe,Comet,80
Gu,Otter,81
Hal,Heron,80
`;
  const run = (question: string, format: string) => answerAnalysis(tableOf(RACE), { question, format });
  it('lists the outliers a list placeholder asks for, not their count', () => {
    expect(run('Identify the outliers in laps using the IQR method.', '@outliers[list]').slots.outliers).toBe(
      '12.00',
    );
    expect(
      run('Identify the outliers in laps using the IQR method.', '@outlier_count[count]').slots.outlier_count,
    ).toBe('1');
  });
  it('refuses one value over all rows when the question asks for one per group', () => {
    expect(() => run('What is the mean laps for each team?', '@mean_laps[value]')).toThrow(/each team/);
    // "@bin_counts[list]": one count is no list.
    expect(() =>
      run('Bin laps into 3 equal-width bins. How many riders are in each bin?', '@bin_counts[list]'),
    ).toThrow(/list/);
    // "in range" counts the rows inside the stated range, not the spread of the column.
    expect(
      run('How many riders have laps between 80 and 81?', '@riders_in_range[count]').slots.riders_in_range,
    ).toBe('6');
    // A t-test over a measure of near-unique values as its "groups" is refused, not run as an ANOVA.
    expect(() =>
      run('Test whether the mean laps differ between riders, using an independent t-test.', '@t_stat[t]'),
    ).toThrow();
    // "per rider" names the rows themselves: one rider a row. The mean is 71.625 exactly, an exact tie
    // that Python writes to the even digit.
    expect(run('What is the mean laps per rider?', '@mean_laps[value]').slots.mean_laps).toBe('71.62');
  });
});
