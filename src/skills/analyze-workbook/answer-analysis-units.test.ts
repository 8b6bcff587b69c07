import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { unitReader } from './unit-numbers.ts';

// An invented relay of four legs: amounts written with units and scales.
const LEGS = `Leg,Distance,Duration,Budget,Views
A,12.5 km,"3,880 days",$3.4M,1.2k
B,8.25 km,120 days,$1.1M,800
C,20 km,"1,005 days",$0.5M,2.5k
`;
// Invented club members.
const MEMBERS = `Name,Age,Score,Fee
Ann,15,70,10
Bob,17,82,20
Cid,18,65,15
Dee,34,90,25
Eve,52,77,30
`;

describe('amounts written with units', () => {
  it('reads a column only when its units agree', () => {
    expect(unitReader(['12.5 km', '8 km', '20 km'])?.('12.5 km')).toBe(12.5);
    expect(unitReader(['12.5 km', '8 mi', '20 km'])).toBeUndefined();
    expect(unitReader(['12', '8', '20'])).toBeUndefined();
    expect(unitReader(['$3.4M', '$1.1M'])?.('$3.4M')).toBe(3_400_000);
  });
  it('sums distances, durations, scaled money and counts', () => {
    const total = (column: string) =>
      ask(LEGS, {
        question: `What is the total ${column}?`,
        format: '@total[total] where "total" is a number rounded to two decimal places.',
      }).slots.total;
    expect(total('Distance')).toBe('40.75');
    expect(total('Duration')).toBe('5005.00');
    expect(total('Budget')).toBe('5000000.00');
    expect(total('Views')).toBe('4500.00');
  });
});

describe('ages with no column word', () => {
  const count = (question: string) =>
    ask(MEMBERS, { question, format: '@n[count] where "count" is an integer.' }).slots.n;
  it('reads "under 18" and "aged 18 or over" as conditions on the age column', () => {
    expect(count('How many members are under 18?')).toBe('2');
    expect(count('How many members were aged 18 or over?')).toBe('3');
  });
  it('keeps a bound said of another column on that column', () => {
    expect(count('How many members paid a Fee under 18?')).toBe('2');
    // A column named before the bound is never read as an age (this one is refused, not "0").
    expect(
      refusal(MEMBERS, {
        question: 'How many Scores over 80 are there?',
        format: '@n[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('rises from the previous row', () => {
  // Scores 70, 82, 65, 90, 77: up twice, down twice.
  it('counts the rows above or below the one before, in table order', () => {
    const count = (question: string, slot: string) =>
      ask(MEMBERS, { question, format: `@${slot}[count] where "count" is an integer.` }).slots[slot];
    expect(count('In how many rows did the Score rise from the previous row?', 'score_rises')).toBe('2');
    expect(count('How many times did the Score fall compared with the previous member?', 'score_drops')).toBe(
      '2',
    );
  });
  it('leaves out a row with no number and compares the next with the nearest one above', () => {
    const gaps = 'Round,Crowd\n1,500\n2,tba\n3,450\n4,480\n';
    expect(
      ask(gaps, {
        question: 'How many times did the Crowd rise from the previous round?',
        format: '@crowd_rises[count] where "count" is an integer.',
      }).slots.crowd_rises,
    ).toBe('1');
  });
  it('refuses a change word the plan does not carry out', () => {
    expect(
      refusal(MEMBERS, {
        question: 'In how many rows did the Score rise from the previous row?',
        format: '@score_swings[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
