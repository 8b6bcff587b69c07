import { describe, expect, it } from 'vitest';
import { namedTerms, namesDayOfMonth, questionTerms } from './question-terms.ts';

describe('questionTerms: days and names', () => {
  it('leaves out a day named by month and number; keeps other words', () => {
    expect(questionTerms('How much did the ferry desk make on May 25?')).toEqual(['ferri', 'desk', 'make']);
    expect(questionTerms('What did Ines say on 3 June about the 5/25 deal?')).toEqual(['ine', 'deal']);
    expect(questionTerms('What did the May report say?')).toContain('may');
  });

  it('a month or a weekday is no name', () => {
    expect([...namedTerms('Is Ines Duarte in on Friday, June 5?')]).toEqual(['ine', 'duart']);
    expect(namesDayOfMonth('Who was moved on November 20, 2003?')).toBe(true);
    expect(namesDayOfMonth('Who was moved on Friday?')).toBe(false);
  });
});
