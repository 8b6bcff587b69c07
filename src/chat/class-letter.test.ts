/** Lettered classes told apart; invented text. */
import { describe, expect, it } from 'vitest';
import { otherClassLetter } from './class-letter.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherClassLetter', () => {
  const question = 'How much must the D members save under the Tarnby water plan?';

  it('refuses the figure of other letters before the same noun, even misspelt', () => {
    const misspelt = 'Under the Tarnby plan the E and F memebrs save 15-18% each summer. [1]';
    expect(otherClassLetter(question, misspelt)).toBe(true);
    expect(unsoundAnswer(question, misspelt)).toBeDefined();
    expect(otherClassLetter(question, 'Only the E, F or G members keep a 15% saving target. [1]')).toBe(true);
  });

  it('keeps a line that names the letter asked, or names no lettered class', () => {
    expect(otherClassLetter(question, 'The E and D members keep a 12% saving target. [1]')).toBe(false);
    expect(otherClassLetter(question, 'Every member saves 12% under the Tarnby plan. [1]')).toBe(false);
    // A noun of other letters: "mentors" is not "members".
    expect(otherClassLetter(question, 'The E mentors set a 12% saving target. [1]')).toBe(false);
  });
});
