import { describe, expect, it } from 'vitest';
import { onlyIndefiniteAskedNoun } from './bare-asked-noun.ts';

describe('onlyIndefiniteAskedNoun', () => {
  const question = 'What discount did Ana Ruiz suggest on the chairs she wants to sell?';

  it('refuses a sentence that names the thing asked only as "a discount"', () => {
    expect(
      onlyIndefiniteAskedNoun(
        question,
        'I think the Tarn school would buy these chairs (surely at a discount). [1]',
      ),
    ).toBe(true);
    expect(onlyIndefiniteAskedNoun('What help did Bo ask for?', 'Bo asked for some help. [1]')).toBe(true);
  });

  it('keeps a sentence that says which one, and a question of another kind', () => {
    expect(onlyIndefiniteAskedNoun(question, 'Ana would take a discount of 15% on the chairs. [1]')).toBe(
      false,
    );
    expect(onlyIndefiniteAskedNoun(question, 'A 15% discount seems fair to Ana. [1]')).toBe(false);
    expect(onlyIndefiniteAskedNoun('What time did Ana call?', 'Ana called at a time. [1]')).toBe(false);
    expect(onlyIndefiniteAskedNoun('Who sold the chairs?', 'Ana sold them at a discount. [1]')).toBe(false);
  });
});
