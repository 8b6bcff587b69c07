import { describe, expect, it } from 'vitest';
import {
  askedMonths,
  askedYears,
  figureOfOtherYear,
  figuresOfOtherYears,
  periodAbsent,
} from './absent-period.ts';

const BY_MONTH = ['Month | Otters | Herons', 'Jan | 12 | 40', 'Feb | 9 | 38', 'Mar | 15 | 31'].join('\n');
const BY_YEAR = [
  'Fund | 2019 | 2020 | 2021',
  'North | 4.1% | 3.9% | 3.2%',
  'South | 2.2% | 2.0% | 1.8%',
].join('\n');

describe('askedMonths / askedYears', () => {
  it('reads a capitalised month past the first word, not the verb "may" nor an opening word', () => {
    expect(askedMonths('How many otters were counted in July?')).toEqual([6]);
    expect(askedMonths('Who may sign the form?')).toEqual([]);
    expect(askedMonths('March figures: how many herons?')).toEqual([]);
  });

  it('reads a year alone, not one inside a date or a code', () => {
    expect(askedYears('What was the North rate in 2022?')).toEqual(['2022']);
    expect(askedYears('What is due on 2022-03-01 for form 2022-B?')).toEqual([]);
  });
});

describe('periodAbsent', () => {
  it('flags a month a table of months never names', () => {
    expect(periodAbsent('How many otters were counted in July?', BY_MONTH)).toBe(true);
  });

  it('keeps a month the table has, in its short form', () => {
    expect(periodAbsent('How many otters were counted in February?', BY_MONTH)).toBe(false);
  });

  it('flags a year past the columns of a table of years', () => {
    expect(periodAbsent('What was the North rate in 2022?', BY_YEAR)).toBe(true);
    expect(periodAbsent('What was the North rate in 2020?', BY_YEAR)).toBe(false);
  });

  it('keeps a year the sheet names elsewhere (its title or a date)', () => {
    expect(periodAbsent('What was the North rate in 2022?', BY_YEAR, 'Rates to 2022')).toBe(false);
    expect(periodAbsent('What was the North rate in 2022?', `${BY_YEAR}\nUpdated 2022-01-15 |`)).toBe(false);
  });

  it('says nothing of a table that labels no periods, or one alone', () => {
    expect(periodAbsent('How many otters in July?', 'Site | Otters\nPond | 4\nWeir | 7')).toBe(false);
    expect(periodAbsent('What was the rate in 2022?', 'Fund | 2019\nNorth | 4.1%')).toBe(false);
  });
});

describe('periodAbsent over a table of a slide or a document', () => {
  // Invented: a harbour club's treasurer's slide, its columns labelled by two years.
  const slide = [
    'Harbour club accounts',
    ' | 2029 | 2030',
    'Mooring Account | $4,210.50 | $3,980.00',
    'Key expenses: | Youth Prize =$600 | Youth Prize = $600',
    ' | Sponsorship 2031 Harbour Gala =$800 | Dock paint $95',
  ].join('\n');

  it("flags a year asked that the columns lack, written only inside another row's name", () => {
    expect(periodAbsent('How much was the Youth Prize in 2031?', slide, 'Club › Treasurer', true)).toBe(true);
    // The same text read as a sheet keeps its older reading: any mention names the year.
    expect(periodAbsent('How much was the Youth Prize in 2031?', slide, 'Club › Treasurer')).toBe(false);
  });

  it('keeps a year the columns have, or one written as a label, a title or in a line of prose', () => {
    expect(periodAbsent('How much was the Youth Prize in 2030?', slide, '', true)).toBe(false);
    expect(
      periodAbsent('How much was the Youth Prize in 2031?', `${slide}\nTotal 2031 | $1,400 |`, '', true),
    ).toBe(false);
    expect(periodAbsent('How much was the Youth Prize in 2031?', slide, 'Budget 2031', true)).toBe(false);
    expect(periodAbsent('How much went to sponsoring the 2031 Harbour Gala?', slide, '', true)).toBe(false);
    expect(
      periodAbsent(
        'How much was the Youth Prize in 2031?',
        `${slide}\nThe prize stays the same in 2031.`,
        '',
        true,
      ),
    ).toBe(false);
  });
});

describe('a figure given beside another year than the one asked', () => {
  // Invented: a note on a club's dues.
  const note = 'Dues so far $4,310 (my estimate for 2011 is about $6,000).';
  it('flags a figure of another year from a passage that never writes the year asked', () => {
    expect(figureOfOtherYear('What were the dues for 2016?', `${note} [1]`, note, 'Club notes')).toBe(true);
  });
  it('keeps a passage that writes the year asked, and a line that names it', () => {
    expect(
      figureOfOtherYear('What were the dues for 2016?', `${note} [1]`, note, 'Treasurer report 2016'),
    ).toBe(false);
    expect(
      figureOfOtherYear('What were the dues for 2016?', 'Dues for 2016: $5,200 (2015: $4,900). [1]', '', ''),
    ).toBe(false);
    expect(figureOfOtherYear('What were the dues?', `${note} [1]`, note, '')).toBe(false);
  });
});

describe('figuresOfOtherYears', () => {
  it('refuses a line whose figures are each given beside another year than the one asked', () => {
    const question = 'What share of the 2031 grants does the Fenmoor payout cover?';
    expect(
      figuresOfOtherYears(question, 'Fenmoor payout of units (20% of 2029 grants and 60% of 2030 grants).'),
    ).toBe(true);
    expect(figuresOfOtherYears(question, 'Fenmoor payout: 40% of 2031 grants and 60% of 2030 grants.')).toBe(
      false,
    );
    expect(figuresOfOtherYears(question, 'The Fenmoor payout covers 20% of 2029 grants.')).toBe(false);
    expect(
      figuresOfOtherYears(
        'What were the Fenmoor fees in the 2031 report?',
        'Tax for 2029 & 2030: Fenmoor fees = $226.',
      ),
    ).toBe(false);
    expect(
      figuresOfOtherYears('What share of the grants does the payout cover?', '20% of 2029 and 60% of 2030.'),
    ).toBe(false);
  });
});
