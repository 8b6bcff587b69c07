import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { spreadCountWording } from './value-frequency.ts';

// Invented weekly chart: the number-one song of each week (numbered) and its sales.
const CHART = `No,Song,Sales
1,Paper Moon,120
2,Paper Moon,140
3,Quiet Harbour,90
4,Paper Moon,110
5,Salt Road,95
6,Quiet Harbour,80
`;

// An invented college's share of women among graduates by field, one row a year.
const SHARES = `Year,Dentistry,Forestry
2001,20.5,11.0
2002,31.2,12.5
2003,27.9,14.1
2004,29.0,13.2
`;

describe('"in the largest number of <rows>" as the most frequent value', () => {
  it('reads "listed in the largest number of weeks" as "most often", and a measure noun as written', () => {
    const numeric = new Set(['sales']);
    expect(spreadCountWording('Which Song is listed in the largest number of weeks?', numeric)).toEqual({
      question: 'Which Song is listed most often?',
      noun: 'weeks',
    });
    expect(spreadCountWording('Which Song was top in the smallest number of weeks?', numeric).question).toBe(
      'Which Song was top least often?',
    );
    // "in the largest number of Sales" names a column of numbers; "has the largest number of …" may sum one.
    expect(spreadCountWording('Which Song is in the largest number of Sales?', numeric).noun).toBeUndefined();
    expect(spreadCountWording('Which Song has the largest number of weeks?', numeric).noun).toBeUndefined();
  });

  it('answers the song at number one in the largest number of weeks, and in how many', () => {
    const answer = ask(CHART, {
      question: 'Which song was number one in the largest number of weeks, and in how many?',
      format: '@top_song[title], @top_song_weeks[count] where "title" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ top_song: 'Paper Moon', top_song_weeks: '3' });
  });

  it('refuses a slot named only "rows" beside it, which may be the value\'s rows or all of them', () => {
    expect(
      refusalCode(CHART, {
        question: 'Which song is listed in the largest number of rows, and in how many?',
        format: '@top_song[title], @rows[count] where "title" is a string and "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('the year a measure described by a few words peaked', () => {
  it('reads "did the share of women among Dentistry graduates peak"', () => {
    const answer = ask(SHARES, {
      question: 'In what year did the share of women among Dentistry graduates peak?',
      format: '@dent_peak_year[year] where "year" is an integer.',
    });
    expect(answer.slots).toEqual({ dent_peak_year: '2002' });
    expect(answer.planText).toContain('Dentistry is highest');
  });

  it('refuses when the words between make another figure of the measure', () => {
    expect(
      refusalCode(SHARES, {
        question: 'In what year did Dentistry graduates per year peak?',
        format: '@peak_year[year] where "year" is an integer.',
      }),
    ).toBe('unsupported');
  });

  it('does not read a described peak over several rows a year, where a yearly total could peak elsewhere', () => {
    const dated = `Year,Sales\n2001,50\n2001,60\n2002,40\n2002,45\n`;
    expect(
      refusalCode(dated, {
        question: 'In what year did the Sales at the outlet stores peak?',
        format: '@peak_year[year] where "year" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
