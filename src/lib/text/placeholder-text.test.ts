import { describe, expect, it } from 'vitest';
import { isPlaceholderText } from './placeholder-text.ts';

describe('isPlaceholderText', () => {
  it('knows the ways templates word a placeholder', () => {
    for (const text of [
      'Click or tap here to enter text.',
      'Click here to enter a date.',
      'Rich Word content can go here',
      'Your company slogan goes here',
      'Insert your logo here',
      'Type the document title here',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    ])
      expect(isPlaceholderText(text), text).toBe(true);
  });

  it("leaves a document's own sentences alone", () => {
    for (const text of [
      'The delivery can go here or to the depot, whichever is nearer.',
      'Click Save to keep your changes.',
      'Please enter your name here and at the foot of the page, then sign the second copy of the form before the meeting.',
      'We decided the new office goes here',
      'Insert the card.',
    ])
      expect(isPlaceholderText(text), text).toBe(false);
  });
});
