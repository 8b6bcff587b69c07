import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { withElidedStatistic } from './elided-superlative.ts';

// An invented table of depots: sample standard deviations of Minutes North 10, South 1, East 5.
const DEPOTS = `Depot,Minutes\nNorth,20\nNorth,30\nNorth,40\nSouth,30\nSouth,31\nSouth,32\nEast,25\nEast,30\nEast,35\n`;
const table = headerRowTable(csvToWorkbook(DEPOTS, 'invented').sheets[0]!)!;

describe('a superlative with nothing after it', () => {
  it('takes the statistic an earlier sentence asked for each group', () => {
    expect(
      withElidedStatistic(
        'What is the standard deviation of Minutes for each depot? Which depot has the highest?',
      ),
    ).toBe(
      'What is the standard deviation of Minutes for each depot? Which depot has the highest standard deviation of Minutes?',
    );
    // Other groups, or a superlative that names its measure, are left as they are.
    expect(
      withElidedStatistic('What is the mean Minutes for each depot? Which driver has the highest?'),
    ).toBe('What is the mean Minutes for each depot? Which driver has the highest?');
    expect(withElidedStatistic('Which depot has the highest Minutes?')).toBe(
      'Which depot has the highest Minutes?',
    );
  });
  it('answers the group and its statistic', () => {
    const answer = answerAnalysis(table, {
      question: 'What is the standard deviation of Minutes for each depot? Which depot has the lowest?',
      constraints: 'Use the sample standard deviation. Round to two decimal places.',
      format: '@depot[name], @std_minutes[std] rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ depot: 'South', std_minutes: '1.00' });
  });
});
