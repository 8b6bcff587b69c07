import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';
import { stemRussian } from './stem-russian.ts';

describe('stemRussian (Snowball Russian)', () => {
  it('gives the forms of one word one stem', () => {
    expect(new Set(['марта', 'март', 'марте'].map(stemRussian))).toEqual(new Set(['март']));
    expect(new Set(['мастерская', 'мастерской', 'мастерские'].map(stemRussian))).toEqual(
      new Set(['мастерск']),
    );
    expect(stemRussian('открывается')).toBe(stemRussian('открывают'));
  });

  it('matches the reference stems of the algorithm', () => {
    const reference: Record<string, string> = {
      красивейший: 'красив',
      выполненные: 'выполнен',
      родился: 'род',
      книги: 'книг',
      году: 'год',
      ёлка: 'елк',
    };
    for (const [word, stemmed] of Object.entries(reference)) expect(stemRussian(word)).toBe(stemmed);
  });

  it('leaves a word without a vowel after its start alone', () => {
    expect(stemRussian('вы')).toBe('вы');
    expect(stemRussian('мгл')).toBe('мгл');
  });

  it('is the stem the project uses for Cyrillic words, Porter2 still for Latin ones', () => {
    expect(stem('мастерские')).toBe('мастерск');
    expect(stem('workshops')).toBe('workshop');
  });
});
