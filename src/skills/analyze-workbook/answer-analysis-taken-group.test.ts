import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented inns of three towns and their guests' scores (one inn not scored yet).
const INNS = `Inn,Town,Score
Amber Rest,Brisa,40
Birch Hall,Brisa,30
Cove House,Colm,45
Dune Lodge,Colm,35
Elm Yard,Dorn,20
Fig Court,Dorn,
`;

const CONSTRAINTS =
  '{\nAverage "Score" for each "Town", ignoring missing scores, and take the town with the highest average.\nRound the average to two decimal places.\n}';
const FORMAT =
  '{\n@best_town[town]\n@best_town_mean_score[avg]\nwhere "town" is written as in "Town" and "avg" is rounded to two decimal places.\n}';

describe('a "which" question beside constraints that take the group with the highest figure', () => {
  it('ranks the quoted groups the way the constraints say, when they take the group the question asks for', () => {
    const answer = ask(INNS, {
      question: 'Which town has the best reviewed inns on average, going by the score?',
      constraints: CONSTRAINTS,
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ best_town: 'Colm', best_town_mean_score: '40.00' });
  });

  it('reads no ranking when the question asks "which" of something else', () => {
    expect(
      refusal(INNS, {
        question: 'Which inn has the best reviews on average, going by the score?',
        constraints: CONSTRAINTS,
        format: FORMAT,
      }),
    ).toBe('unsupported');
  });
});
