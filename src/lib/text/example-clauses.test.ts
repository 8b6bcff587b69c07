import { describe, expect, it } from 'vitest';
import { exampleSpans, withoutExamples } from './example-clauses.ts';

describe('example clauses', () => {
  it('blanks a parenthesis that opens with an example word, keeping every other index', () => {
    const text = 'Take the month of "Held" (for example "Apr 4–6, Apr 9" is "Apr") and count.';
    const blanked = withoutExamples(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('Apr');
    expect(blanked.indexOf('and count')).toBe(text.indexOf('and count'));
  });

  it('keeps a parenthesis inside the example with it', () => {
    const text = 'Read the lap (e.g. "1.05 (65)" is 65 seconds) as seconds.';
    expect(withoutExamples(text).startsWith('Read the lap ')).toBe(true);
    expect(withoutExamples(text)).toContain(' as seconds.');
    expect(withoutExamples(text)).not.toContain('65');
  });

  it('ends a bare example clause at a semicolon or a sentence end', () => {
    const text = 'The start is the first year, for example 1931 is 1931; keep the rows after 1950. Round it.';
    const [span] = exampleSpans(text);
    expect(text.slice(span![0], span![1])).toBe('for example 1931 is 1931');
    expect(withoutExamples(text)).toContain('keep the rows after 1950. Round it.');
  });

  it('leaves a text without examples as it is', () => {
    const text = 'Keep the rows from March 2030 (both ends included).';
    expect(withoutExamples(text)).toBe(text);
  });
});
