import { describe, expect, it } from 'vitest';
import { readNumberWords } from './written-numbers.ts';

describe('readNumberWords', () => {
  it('reads runs of number words', () => {
    expect(readNumberWords('ten')).toBe(10);
    expect(readNumberWords('twenty-five')).toBe(25);
    expect(readNumberWords('thirty thousand')).toBe(30000);
    expect(readNumberWords('two hundred and fifty')).toBe(250);
    expect(readNumberWords('two thousand and five')).toBe(2005);
  });

  it('reads no number from words that make none', () => {
    expect(readNumberWords('ten ten')).toBeUndefined();
    expect(readNumberWords('thousand')).toBeUndefined();
    expect(readNumberWords('five twenty')).toBeUndefined();
    expect(readNumberWords('')).toBeUndefined();
  });
});
