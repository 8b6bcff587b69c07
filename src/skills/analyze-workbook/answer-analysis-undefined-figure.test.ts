import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented straw polls: the share of each of two parties, under a header that repeats "%".
const POLLS = `Poll,Left,%,Right,%
A,Ann,52,Bo,40
B,Ann,49,Bo,45
C,Cy,47,Bo,44
`;

describe('a figure the text defines by arithmetic that no step made', () => {
  it('refuses rather than answer a plain column for it', () => {
    expect(
      refusalCode(POLLS, {
        question: 'What was the average lead of the left party?',
        constraints: `The first "%" column is the left party's share and the second "%" column the right party's. The lead is the left party's share minus the right party's.`,
        format: '@average_lead[lead] where "lead" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });

  it('answers once a step made it', () => {
    const answer = ask(POLLS, {
      question: 'What was the average lead of the left party?',
      constraints: `The lead is the left party's share (the first "%" column) minus the right party's share (the second "%" column). Round to two decimal places.`,
      format: '@average_lead[lead] where "lead" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ average_lead: '6.33' });
  });
});
