import { describe, expect, it } from 'vitest';
import { expectedAnswerType } from './answer-type.ts';

describe('an order number is a code, a profit an amount', () => {
  it('reads "the order number of …" as a code, "the number of orders" as an amount', () => {
    expect(expectedAnswerType("What's the order number of my last Quillby Books order?")).toBe('code');
    expect(expectedAnswerType("What's the number of orders Quillby shipped?")).toBe('amount');
  });
  it("reads a profit or loss asked with a name's possessive as an amount, a profit level not", () => {
    expect(expectedAnswerType("What dealer's profit did the Hartwell quote allow?")).toBe('amount');
    expect(expectedAnswerType("What desk's loss did the Fenwick report show?")).toBe('amount');
    expect(expectedAnswerType('At what profit level does the bonus start?')).not.toBe('amount');
  });
});
