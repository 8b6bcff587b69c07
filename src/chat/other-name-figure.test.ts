import { describe, expect, it } from 'vitest';
import { figureOfOtherName } from './other-name-figure.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('figureOfOtherName: a sum tied to another name than the thing asked', () => {
  it("flags a sum given after another place's name, the one asked never written", () => {
    const question = 'What is the asking price of the Orrin Creek depot?';
    const answer =
      'On Monday, March 4, 2030 9:12 AM, Ada Brill wrote (quoted in "RE: depots"): Oddly enough, our broker now lists Tarvel at $1,240,000 firm. [1]';
    expect(figureOfOtherName(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBeDefined();
  });

  it('reads past the one who acts in the question to the thing priced', () => {
    expect(
      figureOfOtherName(
        'What price did Marlow offer for Velden Gas books?',
        'Yesterday the Harbour Board of Sarn leased two tugs to the ferry line for $250 a day. [1]',
      ),
    ).toBe(true);
  });

  it('reads a word of the name written as a common noun, or after another name, as not naming it', () => {
    expect(
      figureOfOtherName(
        'How much was Brenmoor Power II sold for?',
        'Tarvel power went for $41.00 at the auction, and power for spring was listed near $45.50. [1]',
      ),
    ).toBe(true);
    expect(
      figureOfOtherName(
        'How much was Brenmoor Power II sold for?',
        'Halden bought the power plant last week for $41 million. [1]',
      ),
    ).toBe(false);
  });

  it('keeps a sum given with no other name before it, or one whose sentence names the thing asked', () => {
    expect(
      figureOfOtherName(
        'What is the asking price of the Orrin Creek depot?',
        'The asking price is $410,000. [1]',
      ),
    ).toBe(false);
    expect(
      figureOfOtherName(
        'What is the asking price of the Orrin Creek depot?',
        'Tarvel sold last week; Orrin Creek is listed at $410,000. [1]',
      ),
    ).toBe(false);
    // The thing asked written in lower case ("the depot land") is still the thing asked.
    expect(
      figureOfOtherName(
        'What premium bid did the other buyer make for the Orrin Land?',
        'Halvek Farms heard a rival offered $3 MM over asking for the land. [1]',
      ),
    ).toBe(false);
  });

  it('keeps a sum the one who acts names for the thing ("What fee did Ferro propose …")', () => {
    expect(
      figureOfOtherName(
        'What fee did Ferro propose for a member who rows less than weekly?',
        'Say Halvek only rows twice a month with the club: then a $5 fee is fair. [1]',
      ),
    ).toBe(false);
  });

  it('takes no word a sentence opens and sets off with a comma for a name: a connective, the one spoken to', () => {
    expect(
      figureOfOtherName(
        'What is the asking price of the Orrin Creek depot?',
        'Hence, I could let it go for $410,000. [1]',
      ),
    ).toBe(false);
    expect(
      figureOfOtherName(
        'What is the asking price of the Orrin Creek depot?',
        'Ivo, I can let it go for $410,000 if you close this month. [1]',
      ),
    ).toBe(false);
  });

  it('reads past the one told in the question ("What rent did I quote Marta Quell …")', () => {
    expect(
      figureOfOtherName(
        'What monthly rent did I quote Marta Quell for the loft?',
        'With Dunmore gone to the new block, the loft is yours for $1,900 a month. [1]',
      ),
    ).toBe(false);
  });

  it('leaves questions that ask no sum alone', () => {
    expect(
      figureOfOtherName('When does the Orrin Creek depot open?', 'Tarvel opens at 9 am for $5 entry. [1]'),
    ).toBe(false);
  });
});
