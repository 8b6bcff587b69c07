import { describe, expect, it } from 'vitest';
import { actUnnamed } from './act-unnamed.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('actUnnamed', () => {
  const question = 'When was the Orla permit approved?';

  it('flags a sentence that names neither the act nor the thing', () => {
    expect(
      actUnnamed(question, 'I thought you would be overnighting the Orla closing papers on Friday. [1]'),
    ).toBe(true);
    expect(
      unsoundAnswer(question, 'I thought you would be overnighting the Orla closing papers on Friday. [1]'),
    ).toBe('names neither the act asked nor the thing it was done to');
  });

  it('keeps a sentence naming the act or the thing, a bare value, and other questions', () => {
    expect(actUnnamed(question, 'The permit came through on May 29, after a long wait. [1]')).toBe(false);
    expect(actUnnamed(question, 'The board gave its approval on May 29 at the second hearing. [1]')).toBe(
      false,
    );
    expect(actUnnamed(question, 'May 29, 2024. [1]')).toBe(false);
    expect(
      actUnnamed(
        'When did Orla ask about the permit?',
        'I thought you would be overnighting the papers on Friday. [1]',
      ),
    ).toBe(false);
  });
});
