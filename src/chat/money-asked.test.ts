/**
 * What a question asks of money, and what a sentence gives of it: "how much money" and "what
 * is X worth" ask a sum; "how long … about salaries" asks a span of time; a date written with
 * dashes is no amount. Invented questions and sentences.
 */
import { describe, expect, it } from 'vitest';
import { carriesMoney, carriesType, expectedAnswerType, moneyAsked } from './answer-type.ts';

describe('a sum of money asked by the word for it', () => {
  it('reads "how much money" as a sum of money', () => {
    expect(moneyAsked('How much money is in dispute with Harlow Water?')).toBe('money');
    expect(moneyAsked('How much cash did the Ostby fund hold back?')).toBe('cash');
  });

  it('is not given by a count of people', () => {
    const money = moneyAsked('How much money is in dispute with Harlow Water?') ?? '';
    expect(carriesMoney('I had 6 people in the office past midnight on both nights.', money)).toBe(false);
    expect(carriesMoney('The amount in dispute is about $35k.', money)).toBe(true);
  });
});

describe('the worth of a thing asked', () => {
  it('asks a sum', () => {
    expect(expectedAnswerType('What are the Pellow swaps worth according to Dana Quist?')).toBe('amount');
    expect(expectedAnswerType('What was the Karsten lease worth to us?')).toBe('amount');
    expect(moneyAsked('What are the Pellow swaps worth according to Dana Quist?')).toBe('worth');
  });

  it('is not read into "what is worth noting"', () => {
    expect(expectedAnswerType('What is worth noting about the Pellow plan?')).not.toBe('amount');
  });
});

describe('a span of time asked beside a money word', () => {
  it('asks no sum of money', () => {
    expect(moneyAsked('How long does Mira Tolle want to meet Ivo about bonus pools?')).toBeUndefined();
    expect(moneyAsked('How far is the office from the rent board?')).toBeUndefined();
    expect(moneyAsked('How much is the bonus pool for the desk?')).toBe('bonus');
  });
});

describe('a date written with dashes', () => {
  it('is no amount', () => {
    expect(carriesType('Final North and Lakes risk report 04-18-2003', 'amount')).toBe(false);
    expect(carriesType('Corrected lakes report as of 4-19-03', 'amount')).toBe(false);
  });

  it('leaves other figures with dashes an amount', () => {
    expect(carriesType('Final North and Lakes risk report 04-18-2003: limit 14', 'amount')).toBe(true);
    expect(carriesType('The score was 3-1 at the break.', 'amount')).toBe(true);
  });
});

describe('a money word that only frames another measure asked', () => {
  it('asks the measure named before it, not a sum of money', () => {
    expect(
      moneyAsked("What's the carry-over limit for interns in 2031 under the new budget?"),
    ).toBeUndefined();
    expect(moneyAsked('What is the share of overtime under the revised pay?')).toBeUndefined();
  });

  it('keeps the money word that is the measure asked', () => {
    expect(moneyAsked('What is the limit on the monthly rent?')).toBe('rent');
    expect(moneyAsked('How much is the deposit under the new lease?')).toBe('deposit');
    expect(moneyAsked("What's the travel budget for interns?")).toBe('budget');
  });
});
