import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerQuestion } from './answer-question.ts';
import { pointedColumn } from './value-columns.ts';

// Invented match results: each side appears as Team in some rows and as Opposing team in others.
const MATCHES = `No,Team,Opposing team,Goals
1,Harbour City,Lakeside,3
2,Harbour City,Hillview,2
3,Lakeside,Harbour City,4
4,Hillview,Harbour City,1
5,Hillview,Harbour City,2
6,Lakeside,Hillview,1
7,Harbour City,Lakeside,2
`;

// Invented fixtures: the same sides as Home team and as Away team; neither column is named for the other side.
const FIXTURES = `No,Home team,Away team,Goals
1,Harbour City,Lakeside,3
2,Lakeside,Harbour City,2
3,Hillview,Harbour City,1
4,Harbour City,Hillview,4
`;

function plainRefusal(csv: string, question: string): string {
  try {
    answerQuestion(csvTable(csv), question);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).message;
  }
}

describe('a value held by two columns', () => {
  it('reads the words right before the value', () => {
    const columns = [['team'], ['opposing', 'team']];
    const words = (text: string) => text.split(' ');
    expect(pointedColumn(words('which team scored most against harbour'), 5, columns)).toBe(1);
    expect(pointedColumn(words('goals versus harbour'), 2, columns)).toBe(1);
    expect(pointedColumn(words('rows whose opposing team is harbour'), 5, columns)).toBe(1);
    expect(pointedColumn(words('rows whose team is harbour'), 4, columns)).toBe(0);
    expect(pointedColumn(words('how many goals did harbour score'), 4, columns)).toBeUndefined();
    // "against" with no column named for the other side: nothing to choose.
    expect(pointedColumn(words('games against harbour'), 2, [['home'], ['away']])).toBeUndefined();
  });

  it('filters the opposing side after "against" in an analysis question', () => {
    const answer = ask(MATCHES, {
      question: 'Against Harbour City, which team played the most matches, and how many?',
      format: '@side[team], @games[count] where "team" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ side: 'Hillview', games: '2' });
    expect(answer.planText).toContain('rows where Opposing team is "Harbour City"');
  });

  it('filters the column named right before the value', () => {
    const answer = ask(MATCHES, {
      question: 'What is the total of Goals in the rows whose Team is Harbour City?',
      format: '@goals[total] where "total" is an integer.',
    });
    expect(answer.slots).toEqual({ goals: '7' });
  });

  it('refuses, naming both columns, after "against" when no column is named for the other side', () => {
    const request = {
      question: 'What is the total of Goals against Harbour City?',
      format: '@goals[total] where "total" is an integer.',
    };
    expect(refusalCode(FIXTURES, request)).toBe('unsupported');
    expect(() => ask(FIXTURES, request)).toThrow(/Home team and Away team/);
  });

  it('does the same for a plain question', () => {
    const plan = answerQuestion(csvTable(MATCHES), 'How many matches were played against Lakeside?');
    expect(plan.planText).toContain('Opposing team is "Lakeside"');
    expect(plan.answer).toEqual([2]);
    expect(plainRefusal(FIXTURES, 'How many matches were played against Lakeside?')).toMatch(
      /"Lakeside" \(found in Home team and Away team\)/,
    );
  });
});
