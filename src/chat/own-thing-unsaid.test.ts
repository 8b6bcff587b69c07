import { describe, expect, it } from 'vitest';
import { ownThingUnsaid } from './own-thing-unsaid.ts';

describe('ownThingUnsaid: a thing of the asker’s own mail asked by its kind', () => {
  const question = 'What seat number did I send Tamsin for the autumn recital?';
  const lead = 'You wrote to Orr, Tamsin on 2003-04-02 ("RE: autumn recital"): ';

  it('flags a line of the mail that names no such thing, no figure and no name', () => {
    expect(ownThingUnsaid(question, `${lead}Sadly I can't come along this time. [1]`)).toBe(true);
  });

  it('keeps a line that names the kind, gives a figure or a name', () => {
    expect(ownThingUnsaid(question, `${lead}My seat number is the same as last year. [1]`)).toBe(false);
    expect(ownThingUnsaid(question, `${lead}Put me down for 14. [1]`)).toBe(false);
    expect(ownThingUnsaid(question, `${lead}Ask Pell at the club, he keeps it. [1]`)).toBe(false);
  });

  it('asks nothing of other questions', () => {
    expect(
      ownThingUnsaid('What did I tell Tamsin about the recital?', `${lead}Sadly I can't come. [1]`),
    ).toBe(false);
    expect(ownThingUnsaid('What seat number did Tamsin send me?', `${lead}Sadly I can't come. [1]`)).toBe(
      false,
    );
  });
});
