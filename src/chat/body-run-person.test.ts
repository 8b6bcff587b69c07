import { describe, expect, it } from 'vitest';
import { carriesType } from './answer-type.ts';

describe('a capitalised run before a lower-case body noun names a body, not a person', () => {
  it('finds no person in "the Ledger Platform group" or "the Fuel Analytics team"', () => {
    expect(carriesType('The money goes to the Ledger Platform group this spring.', 'person')).toBe(false);
    expect(carriesType('A lead for the Fuel Analytics team will be chosen soon.', 'person')).toBe(false);
  });
  it('still finds a person beside such a body', () => {
    expect(carriesType('The money goes to Nadia Korhonen and the Ledger Platform group.', 'person')).toBe(
      true,
    );
  });
});
