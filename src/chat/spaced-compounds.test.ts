import { describe, expect, it } from 'vitest';
import { foldedTerms } from './question-terms.ts';
import { plainWordTerms, spacedCompounds } from './spaced-compounds.ts';

describe('spacedCompounds', () => {
  it('joins two content words the way a line may write them closed up', () => {
    const pairs = spacedCompounds('Which editor does lumen use for the web app?');
    const closed = foldedTerms('webapp')[0];
    expect(pairs.find(([term]) => term === closed)?.[1]).toEqual(foldedTerms('web app'));
  });

  it('joins no function word to its neighbour', () => {
    const closed = spacedCompounds('Did anyone log in to the server?').map(([term]) => term);
    expect(closed).not.toContain(foldedTerms('into')[0]);
    expect(closed).not.toContain(foldedTerms('login')[0]);
  });

  it('looks for the closed-up word among plain lower-case words, not names in code', () => {
    const closed = foldedTerms('webapp')[0] ?? '';
    expect(plainWordTerms('enable the webapp thing').has(closed)).toBe(true);
    expect(plainWordTerms('pass the webApp handle').has(closed)).toBe(false);
    expect(plainWordTerms('run(webapp2)').has(closed)).toBe(false);
  });
});
