import { describe, expect, it } from 'vitest';
import { recipientAsked } from './recipient-asked.ts';

describe('recipientAsked', () => {
  it('is a verb of sending that ends on "to" with no one after it', () => {
    expect(recipientAsked('Who should the Orvik seed orders be forwarded to once approved?')).toBe(true);
    expect(recipientAsked('Who was the Brisk Ridge draft sent to?')).toBe(true);
    expect(recipientAsked('Who should questions about the tide survey be e-mailed to?')).toBe(true);
  });

  it('is not a sender asked, "to" naming someone after it', () => {
    expect(recipientAsked('Who sent the Brisk Ridge draft to me?')).toBe(false);
    expect(recipientAsked('Who forwarded the seed orders to Lena Marchetti?')).toBe(false);
    expect(recipientAsked('Who sent me the tide survey?')).toBe(false);
    expect(recipientAsked('Who wrote to me about the tide survey?')).toBe(false);
  });
});
