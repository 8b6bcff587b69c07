import { describe, expect, it } from 'vitest';
import { irregularBase } from './irregular-verbs.ts';

describe('irregular verb forms', () => {
  it('gives the base form of irregular past tenses and participles', () => {
    expect(irregularBase('led')).toBe('lead');
    expect(irregularBase('Won')).toBe('win');
    expect(irregularBase('written')).toBe('write');
  });
  it('leaves regular and unknown words alone', () => {
    expect(irregularBase('scored')).toBeUndefined();
    expect(irregularBase('lead')).toBeUndefined();
  });
});
