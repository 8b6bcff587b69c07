import { describe, expect, it } from 'vitest';
import { numberedThingAsked, numberedThingUnnamed } from './numbered-thing.ts';

describe('numberedThingAsked', () => {
  it('reads the thing whose own number is asked, not a count of things', () => {
    expect(numberedThingAsked('What was the number of the check I mailed Tova on May 3rd?')).toBe('check');
    expect(numberedThingAsked("What's the invoice number for the Orlo order?")).toBe('invoice');
    expect(numberedThingAsked('What was the number of checks Tova cashed?')).toBeUndefined();
    expect(numberedThingAsked("What's Tova's phone number?")).toBeUndefined();
  });

  it('reads no number asked of "an order number", any one, named as a kind of thing', () => {
    expect(numberedThingAsked('What should Tova use to tie a refund to an order number?')).toBeUndefined();
    expect(numberedThingAsked("What's Tova's order number?")).toBe('order');
  });
});

describe('numberedThingUnnamed', () => {
  it('flags an answer that names neither the thing nor a number mark', () => {
    expect(
      numberedThingUnnamed(
        'What was the number of the check I mailed Tova on May 3rd?',
        'I mailed it to 40 Ash Rd. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer that names the thing or marks its number', () => {
    const question = 'What was the number of the check I mailed Tova on May 3rd?';
    expect(numberedThingUnnamed(question, 'I mailed check #2291 for the usual rent on May 3rd. [1]')).toBe(
      false,
    );
    expect(numberedThingUnnamed(question, 'It went out as No. 2291. [1]')).toBe(false);
    expect(
      numberedThingUnnamed("What's the invoice number for Orlo?", 'Invoice 7781 covers the Orlo crates. [1]'),
    ).toBe(false);
  });
});
