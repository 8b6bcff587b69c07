import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented visits of a swimming club: the swimmer's age, how many lengths they swam, and whether they stayed on.
const SWIMS = `Swimmer,Age,Count,Stayed
A,9,3,1
B,15,5,0
C,30,10,1
D,11,2,1
E,17,4,0
F,45,20,1
G,13,1,0
H,60,8,1
`;

describe('bins whose unquoted labels open the clauses that state their ranges', () => {
  it('labels the stated edges in order and sums the quoted column the constraints add up', () => {
    const answer = ask(SWIMS, {
      question: 'Bucket the swimmers by age and total the lengths in each bucket.',
      constraints:
        '{\nBuckets: child is an Age up to 12, teen is 13 to 17, adult is 18 and over (pandas.cut with the edges 0, 12, 17 and 100).\nSum "Count" within each bucket.\n}',
      format:
        '{\n@lengths_by_bucket[child_total, teen_total, adult_total]\nwhere each total is an integer.\n}',
    });
    expect(answer.slots).toEqual({ lengths_by_bucket: '5, 10, 38' });
  });

  it('reads no labels, and answers nothing, when a clause number lies outside its bin', () => {
    expect(
      refusal(SWIMS, {
        question: 'Bucket the swimmers by age and give the share who stayed on in each bucket.',
        constraints:
          '{\nBuckets: child is an Age up to 12, adult is 18 and over, teen is 13 to 17 (pandas.cut with the edges 0, 12, 17 and 100).\n}',
        format:
          '{\n@stayed_by_bucket[child_rate, teen_rate, adult_rate]\nwhere each rate is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
