import { describe, expect, it } from 'vitest';
import { irregularBase, irregularForRegular } from './irregular-verbs.ts';

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

  it('gives the right form of an irregular verb said with a regular ending', () => {
    expect(irregularForRegular('thinked')).toBe('thought');
    expect(irregularForRegular('buyed')).toBe('bought');
    expect(irregularForRegular('runned')).toBe('ran');
    expect(irregularForRegular('Teached')).toBe('Taught');
    // After "have", the participle.
    expect(irregularForRegular('writed', true)).toBe('written');
    expect(irregularForRegular('knowed', true)).toBe('known');
  });

  it('leaves real words with that ending alone', () => {
    for (const word of [
      'needed',
      'seed',
      'singed',
      'leaded',
      'hanged',
      'wined',
      'sited',
      'freed',
      'founded',
      'ComEd',
    ])
      expect(irregularForRegular(word), word).toBeUndefined();
  });
});
