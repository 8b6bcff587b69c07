import { describe, expect, it } from 'vitest';
import { stem } from './normalize-text.ts';
import { aliasesOf } from './value-aliases.ts';

describe('words that are also names every object inherits', () => {
  it('stems "constructor" and "valueOf" as words', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('constructors')).toBe('constructor');
    expect(stem('valueOf')).toBe('valueOf');
  });

  it('finds no nation or result behind "constructor" or "toString"', () => {
    expect(aliasesOf('constructor')).toBeUndefined();
    expect(aliasesOf('toString')).toBeUndefined();
  });
});
