import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { boundsAsAtLeastAtMost } from './worded-bounds.ts';

// Invented quiz league: rounds each pair won, its club and its points.
const LEAGUE = `Wins,Pair,Club,Points
5,Avel & Orm,North Quay,41
4,Bree & Cass,North Quay,38
4,Dane & Esk,Ridgefield,36
3,Fala & Gorm,Ridgefield,30
3,Hask & Ivo,Westmarch,29
3,Jul & Kem,Westmarch,27
2,Lorn & Mave,North Quay,22
2,Nim & Orla,Ridgefield,20
1,Pell & Quin,Westmarch,12
0,Rusk & Sol,Westmarch,5
`;

// Invented ladder whose columns are named by the verbs ("Won", "Lost").
const LADDER = `Pair,Won,Lost,Club
Avel & Orm,5,0,North Quay
Bree & Cass,4,1,North Quay
Dane & Esk,4,1,Ridgefield
Fala & Gorm,3,2,Ridgefield
Hask & Ivo,3,2,Westmarch
Jul & Kem,3,2,Westmarch
Lorn & Mave,2,3,North Quay
Pell & Quin,1,4,Westmarch
`;

const COUNT = { constraints: '{\nCount the rows.\n}', format: '{\n@pairs[n]\nwhere "n" is an integer.\n}' };
const MEAN = {
  constraints: '{\nTake the mean of "Points".\nRound to two decimal places.\n}',
  format: '{\n@mean_points[avg]\nwhere "avg" is rounded to two decimal places.\n}',
};
const count = (question: string) => ask(LEAGUE, { question, ...COUNT }).slots;
const mean = (question: string) => ask(LEAGUE, { question, ...MEAN }).slots;

describe('bounds said in words', () => {
  it('reads "3 rounds or more" after a verb as at least 3 of the column the verb names', () => {
    // Wins 5, 4, 4, 3, 3, 3.
    expect(count('How many pairs won 3 rounds or more?')).toEqual({ pairs: '6' });
    expect(mean('What is the mean Points of pairs that won 3 rounds or more?')).toEqual({
      mean_points: '33.50',
    });
  });

  it('reads "2 rounds or fewer", "no more than 2" and "up to 2" as at most 2', () => {
    // Wins 2, 2, 1, 0.
    expect(count('How many pairs won 2 rounds or fewer?')).toEqual({ pairs: '4' });
    expect(count('How many pairs won no more than 2 rounds?')).toEqual({ pairs: '4' });
    expect(count('How many pairs won up to 2 rounds?')).toEqual({ pairs: '4' });
    expect(mean('What is the mean Points of pairs that won no more than 2 rounds?')).toEqual({
      mean_points: '14.75',
    });
  });

  it('reads "over" and "under" after a verb as strict bounds', () => {
    expect(count('How many pairs won over 3 rounds?')).toEqual({ pairs: '3' });
    expect(count('How many pairs won under 3 rounds?')).toEqual({ pairs: '4' });
    // Points 22, 20, 12, 5.
    expect(count('How many pairs had under 25 points?')).toEqual({ pairs: '4' });
  });

  it('reads "between 2 and 4" as both bounds, each included', () => {
    // Wins 4, 4, 3, 3, 3, 2, 2; Points 30, 29, 27, 22, 20.
    expect(count('How many pairs won between 2 and 4 rounds?')).toEqual({ pairs: '7' });
    expect(count('How many pairs had between 20 and 30 points?')).toEqual({ pairs: '5' });
  });

  it('reads a noun column\'s bound after its number ("scored 30 points or more")', () => {
    expect(count('How many pairs scored 30 points or more?')).toEqual({ pairs: '4' });
  });

  it('reads "no more than" in a stated row condition', () => {
    expect(
      ask(LEAGUE, {
        question: 'What is the mean Points?',
        constraints: '{\nKeep the rows whose "Wins" is no more than 2.\nRound to two decimal places.\n}',
        format: MEAN.format,
      }).slots,
    ).toEqual({ mean_points: '14.75' });
  });

  it('reads "won 3 rounds or more" over a Won column as a bound, not as Won = 3', () => {
    const ladder = (question: string, constraints = COUNT.constraints) =>
      ask(LADDER, { question, constraints, format: COUNT.format }).slots;
    // Won 5, 4, 4, 3, 3, 3; with the constraints saying the bound again, the same rows.
    expect(ladder('How many pairs won 3 rounds or more?')).toEqual({ pairs: '6' });
    expect(
      ladder('How many pairs won 3 rounds or more?', '{\nCount the rows whose "Won" is at least 3.\n}'),
    ).toEqual({ pairs: '6' });
    // Lost 0, 1, 1, 2, 2, 2.
    expect(ladder('How many pairs lost 2 rounds or fewer?')).toEqual({ pairs: '6' });
    // No bound: the one value.
    expect(ladder('How many pairs won 3 rounds?')).toEqual({ pairs: '3' });
  });

  it('refuses a bound it cannot place even when a blank header was named for its number', () => {
    // Two blank headers: the reader names them "Unnamed: 2" and "Unnamed: 3".
    const blanks = LEAGUE.replace('Wins,Pair,Club,Points', 'Wins,Pair,,,Club,Points').replace(
      /^(\d+,[^,]+,)/gm,
      '$1,,',
    );
    expect(refusalCode(blanks, { question: 'How many pairs reached 2 finals or more?', ...COUNT })).toBe(
      'unsupported',
    );
    expect(refusalCode(blanks, { question: 'How many pairs reached at least 3 finals?', ...COUNT })).toBe(
      'unsupported',
    );
  });

  it('places "faster than" a number on the one column of times, never answering over every row', () => {
    const heats = `Lane,Runner,Seconds\n1,Ona Vell,11.02\n2,Bram Tuck,10.71\n3,Cy Marr,10.94\n4,Dita Sorn,11.30\n`;
    const asked = {
      question: 'How many runners were faster than 11?',
      constraints: COUNT.constraints,
      format: '{\n@answer[n]\nwhere "n" is an integer.\n}',
    };
    const answer = ask(heats, asked);
    expect(answer.slots).toEqual({ answer: '2' });
    expect(answer.planText).toContain('Seconds less than 11');
    // No column of times: the bound has no column to go on, and is refused.
    expect(refusalCode(heats.replace('Seconds', 'Score'), asked)).toBe('unsupported');
  });

  it('leaves shares, multiples and spreads as written', () => {
    expect(boundsAsAtLeastAtMost('3 percent or more of the rows')).toBe('3 percent or more of the rows');
    expect(boundsAsAtLeastAtMost('2 standard deviations or more')).toBe('2 standard deviations or more');
    expect(boundsAsAtLeastAtMost('the correlation between 2 and 4')).toBe('the correlation between 2 and 4');
    expect(boundsAsAtLeastAtMost('won between 5 and 2 races')).toBe('won between 5 and 2 races');
  });
});
