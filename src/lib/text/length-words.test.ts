import { describe, expect, it } from 'vitest';
import { lengthWords } from './length-words.ts';

describe('lengthWords', () => {
  it('says a length in its two largest units', () => {
    expect(lengthWords(3_600_000)).toBe('1 hour');
    expect(lengthWords(5_400_000)).toBe('1 hour 30 minutes');
    expect(lengthWords(45 * 60_000)).toBe('45 minutes');
    expect(lengthWords(2 * 86_400_000)).toBe('2 days');
    expect(lengthWords(86_400_000 + 6 * 3_600_000 + 60_000)).toBe('1 day 6 hours');
    expect(lengthWords(0)).toBe('0 minutes');
  });
});
