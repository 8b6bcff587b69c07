import { describe, expect, it } from 'vitest';
import { tellerOnlyNamed } from './teller-only.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('tellerOnlyNamed: only the teller of the news named for a body asked', () => {
  it('flags a sentence whose only name tells of someone else', () => {
    const question = 'Which firm is Ada Brill moving to?';
    const answer = 'Halvers Desk indicates she is sounding out rivals. [1]';
    expect(tellerOnlyNamed(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBeDefined();
    expect(
      tellerOnlyNamed(
        'Which company will Ada Brill join?',
        'On 3/4/2031 09:12 AM, Piet Olm wrote (forwarded in "Re: Ada"): Tarsa Ops said she has two offers. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that names the body, or a teller speaking of itself', () => {
    expect(
      tellerOnlyNamed(
        'Which firm is Ada Brill moving to?',
        'Halvers Desk says she will join Korvel Stone plc. [1]',
      ),
    ).toBe(false);
    expect(
      tellerOnlyNamed('Which company has joined the Orla pool?', 'Korvel says it has joined the pool. [1]'),
    ).toBe(false);
    expect(
      tellerOnlyNamed('Which company has joined the Orla pool?', 'Korvel has joined the pool. [1]'),
    ).toBe(false);
  });

  it('keeps the teller when the question asks who told', () => {
    expect(
      tellerOnlyNamed('Which bank said the Orla loan is late?', 'Tarsa Bank said the loan is late. [1]'),
    ).toBe(false);
    expect(
      tellerOnlyNamed(
        'Who is Ada Brill moving to?',
        'Halvers Desk indicates she is sounding out rivals. [1]',
      ),
    ).toBe(false);
  });
});
