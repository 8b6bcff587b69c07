import { describe, expect, it } from 'vitest';
import { memoized } from './memo.ts';

describe('memoized', () => {
  it('computes each key once and returns the same value after', () => {
    const calls: string[] = [];
    const size = memoized((word: string) => {
      calls.push(word);
      return word.length;
    }, 10);
    expect([size('kettle'), size('mug'), size('kettle')]).toEqual([6, 3, 6]);
    expect(calls).toEqual(['kettle', 'mug']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoized((_word: string) => {
      calls++;
      return undefined;
    }, 10);
    nothing('teapot');
    nothing('teapot');
    expect(calls).toBe(1);
  });

  it('starts over when the limit is reached, and computes again what it dropped', () => {
    const calls: string[] = [];
    const echo = memoized((word: string) => {
      calls.push(word);
      return word;
    }, 2);
    for (const word of ['a', 'b', 'c', 'a']) echo(word);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
