import { describe, expect, it } from 'vitest';
import { carriesType, expectedAnswerType } from './answer-type.ts';

describe('a date asked by "as of when" and "since when"', () => {
  it('reads the question as asking a date', () => {
    expect(expectedAnswerType("As of when do the harbour board's mooring fees apply?")).toBe('date');
    expect(expectedAnswerType('Since when has Ola Brenner run the ferry desk?')).toBe('date');
  });

  it('leaves questions with no time asked alone', () => {
    expect(expectedAnswerType('As of today, what does the harbour board charge?')).not.toBe('date');
  });
});

describe('a code section number is no date', () => {
  it('reads "Section 14.08.030" and a three-figure year as no date, a dotted date as one', () => {
    expect(carriesType('Moorings need a permit under Section 14.08.030 of the harbour code.', 'date')).toBe(
      false,
    );
    expect(carriesType('See § 3.11.200 for the fee.', 'date')).toBe(false);
    expect(carriesType('The permit ran out on 14.08.2023.', 'date')).toBe(true);
    expect(carriesType('Send it by 29.10. please.', 'date')).toBe(true);
  });
});

describe('a date written in another language', () => {
  it('reads a month and a year, or a day and a month, in Spanish, German, French and Russian', () => {
    expect(carriesType('La junta se reunió por primera vez en junio del 2019, en Talca.', 'date')).toBe(true);
    expect(carriesType('Die Gilde tagte im Oktober 2020 in Graz.', 'date')).toBe(true);
    expect(carriesType('Le conseil a voté le 3 avril à Namur.', 'date')).toBe(true);
    expect(carriesType('Совет собрался 12 октября 2021 года.', 'date')).toBe(true);
    expect(carriesType('Rada zebrała się 9 listopada 2022 r. w Lublinie.', 'date')).toBe(true);
    expect(carriesType('Mars and its two moons, studied for 2021.', 'date')).toBe(false);
  });
});
