import { describe, expect, it } from 'vitest';
import { formatSeconds, formatSpan } from './recap-document.ts';

describe('formatSpan', () => {
  it('writes both ends alike: minutes for a short span, hours for both once the end is an hour in', () => {
    expect(formatSpan(127, 570)).toBe('2:07–9:30');
    expect(formatSpan(0, 20_280)).toBe('0:00:00–5:38:00');
    expect(formatSpan(3_720, 7_327)).toBe('1:02:00–2:02:07');
    expect(formatSeconds(127)).toBe('2:07');
  });
});
