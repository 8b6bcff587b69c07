import { describe, expect, it } from 'vitest';
import { foldedTerms } from './question-terms.ts';
import { plainWordTerms, spacedCompounds } from './spaced-compounds.ts';

describe('spacedCompounds', () => {
  it('joins two content words the way a line may write them closed up', () => {
    const pairs = spacedCompounds('Which tool does lumen use to back up the data base?');
    const closed = foldedTerms('database')[0];
    expect(pairs.find(([term]) => term === closed)?.[1]).toEqual(foldedTerms('data base'));
  });

  it('joins no function word to its neighbour', () => {
    const closed = spacedCompounds('Did anyone log in to the server?').map(([term]) => term);
    expect(closed).not.toContain(foldedTerms('into')[0]);
    expect(closed).not.toContain(foldedTerms('login')[0]);
  });

  it('looks for the closed-up word among plain lower-case words, not names in code', () => {
    const closed = foldedTerms('database')[0] ?? '';
    expect(plainWordTerms('copy the database every night').has(closed)).toBe(true);
    expect(plainWordTerms('pass the dataBase handle').has(closed)).toBe(false);
    expect(plainWordTerms('run(database2)').has(closed)).toBe(false);
  });
});
