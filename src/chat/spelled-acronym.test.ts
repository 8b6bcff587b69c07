import { describe, expect, it } from 'vitest';
import { spelledTerms } from './spelled-acronym.ts';

describe('spelledTerms', () => {
  it('finds the words of a phrase the text writes by its initials', () => {
    expect(spelledTerms('Did the berth letter of credit go out?', 'RE: Berth L/C Request')).toEqual([
      'letter',
      'credit',
    ]);
    expect(spelledTerms('What was the profit and loss on the ferry book?', 'Ferry P&L is flat.')).toEqual([
      'profit',
      'loss',
    ]);
  });

  it('finds nothing where the initials spell none of the question’s phrases', () => {
    expect(spelledTerms('Did the berth letter of credit go out?', 'RE: Berth PO Request')).toEqual([]);
    expect(spelledTerms('Did the berth letter of credit go out?', 'the berth is late')).toEqual([]);
  });
});
