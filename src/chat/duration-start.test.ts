import { describe, expect, it } from 'vitest';
import { durationFromAskedAct } from './duration-start.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('durationFromAskedAct', () => {
  it('flags a limit counted from the act asked', () => {
    expect(
      durationFromAskedAct(
        'Within how many days are permit requests registered at the Velm office?',
        'The review of a request may take at most 20 days from registration. [1]',
      ),
    ).toBe(true);
    expect(
      durationFromAskedAct(
        'В течение скольких дней регистрируются заявки в администрации Велмы?',
        'Срок рассмотрения заявки не превышает 20 дней с момента регистрации. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a limit of the act asked, and one the question itself counts from that point', () => {
    expect(
      durationFromAskedAct(
        'Within how many days are permit requests registered at the Velm office?',
        'Requests are registered within 3 days of their arrival. [1]',
      ),
    ).toBe(false);
    expect(
      durationFromAskedAct(
        'How many days after registration must the Velm fee be paid?',
        'The fee is paid within 10 days from registration. [1]',
      ),
    ).toBe(false);
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer(
        'Within how many days are permit requests registered at the Velm office?',
        'The review of a request may take at most 20 days from registration. [1]',
      ),
    ).toBe('a span counted from the act asked');
  });
});
