import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { answerQuestion } from './answer-question.ts';
import { headerRowTable } from './detect-tables.ts';

const load = (file: string) =>
  headerRowTable(
    csvToWorkbook(decodeText(readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', file))).text, file)
      .sheets[0]!,
  )!;

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (thrown) {
    const error = toAppError(thrown);
    return { code: error.code, message: error.message };
  }
  return { code: 'answered', message: '' };
}

describe('plan coverage: no answer that skips part of the question', () => {
  const titanic = load('titanic.csv');

  it('refuses a question whose compared number no step used, naming it', () => {
    const asked = refusal(() =>
      answerAnalysis(titanic, {
        question: 'What is the mean fare among passengers with at least 3 siblings or spouses aboard?',
        format: '@mean_fare[mean] rounded to two decimal places',
      }),
    );
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toContain('at least 3');
  });

  it('refuses a slot whose words the statistic it got does not account for', () => {
    // The engine can count rows but not "higher than the mean of their own class".
    const asked = refusal(() =>
      answerAnalysis(titanic, {
        question: 'How many passengers paid more than the typical passenger of their class?',
        format: '@higher_paying_count[count]',
      }),
    );
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toMatch(/higher|paying/);
  });

  it('still answers when the plan carries out each condition', () => {
    const answer = answerAnalysis(titanic, {
      question: "What is the mean age of passengers who embarked at 'Q' with a fare greater than 10?",
      format: '@mean_age[mean] rounded to two decimal places',
    });
    expect(answer.planText).toContain('Embarked is "Q"');
    expect(answer.planText).toContain('Fare greater than 10');
    const ages = titanic.columns.find((column) => column.name === 'Age')!.values;
    const embarked = titanic.columns.find((column) => column.name === 'Embarked')!.values;
    const fares = titanic.columns.find((column) => column.name === 'Fare')!.values;
    const kept = ages.filter(
      (age, row) => typeof age === 'number' && embarked[row] === 'Q' && (fares[row] as number) > 10,
    ) as number[];
    expect(Number(answer.slots.mean_age)).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 2);
  });

  it('applies "with at least N <column>" as a filter on that column', () => {
    const hotels = load('hotel_data.csv');
    const answer = answerAnalysis(hotels, {
      question: 'What is the mean star rating of hotels with at least 500 reviews?',
      format: '@mean_rating[mean] rounded to two decimal places',
    });
    expect(answer.planText).toContain('review_count at least 500');
    const reviews = hotels.columns.find((column) => column.name === 'review_count')!.values;
    const stars = hotels.columns.find((column) => column.name === 'star_rating')!.values;
    const kept = stars.filter(
      (star, row) => typeof star === 'number' && (reviews[row] as number) >= 500,
    ) as number[];
    expect(Number(answer.slots.mean_rating)).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 2);
  });

  it('refuses a plain question whose comparison became an equality', () => {
    const asked = refusal(() => answerQuestion(titanic, 'how many passengers were on a deck above 3?'));
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toContain('above 3');
  });

  it('refuses a percentage whose base is one of two conditions', () => {
    const asked = refusal(() =>
      answerQuestion(titanic, 'what percentage of passengers in third class survived?'),
    );
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toContain('base of the percentage');
    expect(answerQuestion(titanic, 'what percentage of passengers survived?').planText).toBe(
      'percentage of all rows, where Survived is 1',
    );
  });

  it('refuses a statistic the plan does not compute, and answers the ones it does', () => {
    const median = answerQuestion(titanic, 'what is the median fare of passengers who survived?');
    expect(median.planText).toBe('median of Fare, where Survived is 1');
    // "mean … per ticket" needs a count per ticket and then a mean: the reading only counts rows.
    const asked = refusal(() => answerQuestion(titanic, 'what is the mean number of passengers per ticket?'));
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toContain('"mean"');
  });

  it('refuses a count of missing values, which a plan would answer with all rows', () => {
    const asked = refusal(() => answerQuestion(titanic, 'how many missing values does the Age column have?'));
    expect(asked.code).toBe('unsupported');
    expect(asked.message).toContain('missing values');
  });
});
