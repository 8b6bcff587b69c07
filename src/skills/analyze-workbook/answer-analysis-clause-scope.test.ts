import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented trainees: two assessments and a final mark.
const TRAINEES = `Trainee,Test1,Test2,Mark
Aldo,50,62,71
Brina,70,71,85
Cato,65,90,92
Dessa,80,78,64
Elko,55,58,80
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(TRAINEES, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a condition stated only in the clause that counts', () => {
  it("takes the other clause's statistics over every row and counts the rows the condition keeps", () => {
    expect(
      outcome({
        question:
          'What are the mean and the maximum of the Mark, and how many trainees have a Mark of at least 80?',
        format: '@mean_mark[mean], @max_mark[max], @mark_80_or_more[count]',
      }),
    ).toEqual({ mean_mark: '78.40', max_mark: '92.00', mark_80_or_more: '3' });
  });
  it('keeps the condition for every slot when the other clause states a number of its own', () => {
    expect(
      outcome({
        question:
          'What is the mean Mark of trainees with Test1 above 60, and how many trainees have a Test1 above 60?',
        format: '@mean_mark[mean], @above_60[count]',
      }),
    ).toEqual({ mean_mark: '80.33', above_60: '3' });
  });
});

describe('the size asked after a superlative ("by how many")', () => {
  it('ranks the column made from the named one and gives its extreme value', () => {
    expect(
      outcome({
        question: 'Which trainee improved the most from Test1 to Test2, and by how many points?',
        constraints: 'The improvement is Test2 minus Test1.',
        format: '@most_improved[trainee], @improvement[points]',
      }),
    ).toEqual({ most_improved: 'Cato', improvement: '25.00' });
  });
  it('never answers "by how many" with a count of rows', () => {
    expect(
      outcome({
        question: 'By how many points does the Mark vary?',
        format: '@spread[points]',
      }),
    ).toBe('unsupported');
  });
});

describe('a condition comparing two columns of a row', () => {
  // Invented cook-offs: the resident chef, the winner and the score.
  const BOUTS = `Bout,Resident,Winner,Points\n1,Ode,Ode,44\n2,Ves,Ulla,38\n3,Ode,Ode,51\n4,Ves,Ves,47\n`;
  const bouts = (request: AnalysisRequest) => {
    try {
      return answerAnalysis(headerRowTable(csvToWorkbook(BOUTS, 'invented').sheets[0]!)!, request).slots;
    } catch (thrown) {
      return toAppError(thrown).code;
    }
  };
  it('refuses a count the comparison scopes, since no step reads it', () => {
    expect(
      bouts({
        question: 'In how many bouts did the resident chef win?',
        constraints: 'The resident chef won when Winner equals Resident.',
        format: '@resident_wins[count]',
      }),
    ).toBe('unsupported');
  });
});

describe('a value condition stated in one clause of two (a corpus table of tennis finals)', () => {
  const finals = () =>
    headerRowTable(
      csvToWorkbook(
        decodeText(readFileSync(join(CORPUS, 'tables', 'wikitablequestions', 'csv', '203-csv', '342.csv')))
          .text,
        'finals',
      ).sheets[0]!,
    )!;
  it('counts the finals the value keeps and the distinct values over every row', () => {
    // The country ends Tournament, after its last comma: 12 finals in one country, 6 countries in all.
    const answer = answerAnalysis(finals(), {
      question:
        'How many finals were played in Italy, and in how many distinct countries were finals played?',
      constraints: 'The country is the text after the last comma and space in Tournament.',
      format: '@finals_in_italy[count], @distinct_countries[count]',
    });
    expect(answer.slots).toEqual({ finals_in_italy: '12', distinct_countries: '6' });
  });
});
