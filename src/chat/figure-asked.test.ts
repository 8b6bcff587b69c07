import { describe, expect, it } from 'vitest';
import { figureNotGiven, namedMeasureUnwritten, shareNotGiven } from './figure-asked.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('figureNotGiven', () => {
  const question = 'What was the Varna tally at the close?';

  it('flags a limit asked of someone by name and answered by a sentence with no figure', () => {
    const limit = "What is Ilka's desk limit?";
    expect(figureNotGiven(limit, 'Please look again at the desk limit breach. [1]')).toBe(true);
    expect(figureNotGiven(limit, 'Her desk limit is 2 million. [1]')).toBe(false);
  });

  it('flags a figure asked by its name and answered by a sentence with no figure', () => {
    expect(figureNotGiven(question, 'The Varna tally kept everyone busy. [1]')).toBe(true);
    expect(unsoundAnswer(question, 'The Varna tally kept everyone busy. [1]')).toBe(
      'no figure for a figure asked by its name',
    );
    expect(figureNotGiven("What's the Orla growth rate?", 'Orla keeps growing, as Ines said. [1]')).toBe(
      true,
    );
  });

  it('keeps a figure in digits or words, and questions that ask no figure by its name', () => {
    expect(figureNotGiven(question, 'The Varna tally came in at 412, far above the guess. [1]')).toBe(false);
    expect(figureNotGiven(question, 'The Varna tally was twelve thousand. [1]')).toBe(false);
    expect(figureNotGiven('What did Ines say about the Varna tally?', 'We were worried by it. [1]')).toBe(
      false,
    );
  });
});

describe('a level of a measure asked', () => {
  it('flags "at what sales level" answered by a sentence with no figure', () => {
    expect(
      figureNotGiven(
        'At what sales level does a Varna stall stay open?',
        'We were told that the busiest stalls will stay open. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a level given as a figure, and a level of another kind', () => {
    expect(
      figureNotGiven(
        'At what sales level does a Varna stall stay open?',
        'Stalls selling $40,000 a year will stay open. [1]',
      ),
    ).toBe(false);
    expect(
      figureNotGiven('At what management level is Pia Vale?', 'Pia is a director in the Varna office. [1]'),
    ).toBe(false);
  });
});

describe('a target of a measure asked', () => {
  it('flags "what elevation target" answered by a sentence with no figure, and keeps one with a figure', () => {
    const question = 'By spring, what elevation target must the Skarvik weir pond reach?';
    expect(figureNotGiven(question, 'The Skarvik sluices were opened twice this week. [1]')).toBe(true);
    expect(figureNotGiven(question, 'The target for April is 412. [1]')).toBe(false);
    expect(
      figureNotGiven('What target market is Skarvik after?', 'Skarvik wants the young buyers. [1]'),
    ).toBe(false);
  });
});

describe('a share asked', () => {
  const question = 'What share of the Orla orders ship after noon?';
  it('flags an answer that gives counts alone', () => {
    expect(unsoundAnswer(question, 'We shipped 41 Orla orders and 38 Tamsin orders. [1]')).toBe(
      'no percentage or fraction for a share asked',
    );
    expect(
      shareNotGiven(question, 'By March 3 we had shipped 41 Orla orders and 38 Tamsin orders. [1]'),
    ).toBe(true);
    expect(
      shareNotGiven(
        question,
        'On Tue 3/6/2029 9:14 AM, Ines Varga wrote (forwarded in "RE: Orla"): We shipped 41 orders by noon. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a share written as a percentage, a fraction or "one in five"', () => {
    for (const answer of [
      'About 12% of Orla orders ship after noon. [1]',
      'Some 40 percent ship after noon. [1]',
      'One-third of the Orla orders ship after noon. [1]',
      'One in five Orla orders ships after noon. [1]',
      '3 out of 4 orders ship after noon. [1]',
      'The late share was 0.35 last month. [1]',
    ])
      expect(shareNotGiven(question, answer)).toBe(false);
  });

  it("keeps a share written in a document's own language", () => {
    for (const answer of [
      'Die Hälfte aller Orla-Aufträge wird nach Mittag versandt. [1]',
      'La mitad de los pedidos de Orla sale tarde. [1]',
      'Un tiers des commandes Orla part après midi. [1]',
      'Половина заказов Орла уходит после обеда. [1]',
      'Separuh pesanan Orla dikirim siang. [1]',
    ])
      expect(shareNotGiven(question, answer)).toBe(false);
    expect(shareNotGiven(question, 'Alle Orla-Aufträge werden nach Mittag versandt. [1]')).toBe(true);
    // The English word for levels is no French third.
    expect(shareNotGiven(question, 'Orla orders ship in three tiers. [1]')).toBe(true);
  });

  it('asks nothing of a question that asks no share', () => {
    expect(shareNotGiven('How many Orla orders ship after noon?', 'We shipped 41 orders. [1]')).toBe(false);
  });
});

describe('namedMeasureUnwritten', () => {
  it('flags a sum in a sentence that writes neither word of the measure asked', () => {
    expect(
      namedMeasureUnwritten(
        'What is the strike price of the Orla swap with Brantley Bank?',
        'We are working on a swap with Brantley Bank that would see 12,000,000 CAD go out the door on Friday. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that writes one of the two words, and a measure of no kind', () => {
    expect(
      namedMeasureUnwritten('What is the strike price of the Orla swap?', 'The strike is set at 1.42. [1]'),
    ).toBe(false);
    expect(
      namedMeasureUnwritten('What is the asking price for Pell Court?', 'They are asking $2,700,000. [1]'),
    ).toBe(false);
    expect(
      namedMeasureUnwritten('What is the total price of the Orla swap?', 'It comes to 12,000,000 CAD. [1]'),
    ).toBe(false);
  });
});
