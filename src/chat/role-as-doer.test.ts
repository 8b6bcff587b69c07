import { describe, expect, it } from 'vitest';
import { roleAsDoer } from './role-as-doer.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('a "who" question whose act the answer gives to a role only', () => {
  it('flags "led by the … unit heads" for "Who leads …"', () => {
    expect(
      roleAsDoer(
        'Who leads the Orla supply review?',
        'At the Orla yards, the review will be led by the North and South desk heads over three mornings. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'Who will chair the Velm board?',
        'The Velm board will be chaired by the senior member. [1]',
      ),
    ).toBeDefined();
  });

  it('keeps a role named with the person, another act, and a doer named', () => {
    expect(
      roleAsDoer(
        'Who leads the Orla supply review?',
        'The review will be led by the unit heads, Ana Ruiz and Tomas Lind. [1]',
      ),
    ).toBe(false);
    expect(
      roleAsDoer(
        'Who leads the Orla supply review?',
        'The review was approved by the unit heads; Ana Ruiz leads it. [1]',
      ),
    ).toBe(false);
    expect(roleAsDoer('Who leads the Orla supply review?', 'The review will be led by Ana Ruiz. [1]')).toBe(
      false,
    );
  });
});
