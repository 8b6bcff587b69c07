import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { mostOfWording } from './value-frequency.ts';

// Invented choir festival: one row per choir, with the town it came from and its venue.
const CHOIRS = `Choir,Town,Venue,Singers
Larkspur Voices,Oakvale,North Hall,31
Tidewater Chorale,Brindle,South Hall,24
Fernhill Singers,Oakvale,North Hall,18
Copper Bell Choir,Oakvale,Chapel,27
Hollin Glee,Brindle,North Hall,22
Marram Consort,Quarrytown,Chapel,15
Saltgrass Ensemble,Oakvale,South Hall,29
Pennant Choir,Quarrytown,North Hall,20
Briar Voices,Brindle,Chapel,26
`;

const COUNT_TOWNS = 'For every "Town", count its rows; give the town with the largest count and that count.';

describe('the value most rows share, and its count, asked in everyday words', () => {
  it('gives the label when the format says it is written as in the counted column', () => {
    const answer = ask(CHOIRS, {
      question: 'Which town is home to the most choirs, and how many of the choirs are from there?',
      constraints: `{\n${COUNT_TOWNS}\n}`,
      format:
        '{\n@top_town[town]\n@town_choirs[n]\nwhere "town" is written as in "Town" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_town: 'Oakvale', town_choirs: '4' });
  });

  it('reads "where are most of the <rows> based" as the most frequent value', () => {
    const answer = ask(CHOIRS, {
      question: 'Where are most of the choirs based, and what is their number there?',
      constraints: `{\n${COUNT_TOWNS}\n}`,
      format:
        '{\n@top_town[town]\n@top_town_choirs[n]\nwhere "town" is written as in "Town" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_town: 'Oakvale', top_town_choirs: '4' });
  });

  it('reads "which one hosts the most of them" as the most frequent value', () => {
    const answer = ask(CHOIRS, {
      question:
        'The choirs sing in several halls: which one hosts the most of them, and how many halls are there?',
      constraints: '{\nCount the distinct values of "Venue"; also count the choirs per venue.\n}',
      format:
        '{\n@venues[n]\n@busiest_venue[name]\nwhere "n" is an integer and "name" is written as in the "Venue" column.\n}',
    });
    expect(answer.slots).toEqual({ venues: '3', busiest_venue: 'North Hall' });
  });

  it('counts the distinct values for "@number_of_…" and reads a label slot named "largest"', () => {
    const answer = ask(CHOIRS, {
      question:
        'Which venue has the most choirs singing in it, and over how many venues is the festival spread?',
      constraints:
        '{\nCount the distinct values of "Venue"; for each venue, count its choirs (one row each).\n}',
      format:
        '{\n@largest_venue[venue]\n@largest_venue_choirs[count]\n@number_of_venues[n]\nwhere "n" and "count" are integers and "venue" is written as in the "Venue" column.\n}',
    });
    expect(answer.slots).toEqual({
      largest_venue: 'North Hall',
      largest_venue_choirs: '4',
      number_of_venues: '3',
    });
  });

  it('never counts the rows of the most frequent value for a count of distinct values', () => {
    const answer = ask(CHOIRS, {
      question:
        'Which venue has the most choirs singing in it, and over how many venues is the festival spread?',
      constraints: '{\nCount the distinct values of "Venue".\n}',
      format: '{\n@number_of_venues[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ number_of_venues: '3' });
  });
});

// Invented regatta: one row per paddler, with the firm that built the kayak.
const PADDLERS = `Paddler,Builder,Lap
Ines Marlow,Riverkraft,41.2
Tobin Hale,Seawolf,39.8
Petra Lund,Riverkraft,40.5
Odile Venn,Kestrel,42.0
Rafe Corden,Riverkraft,38.9
Suki Amber,Seawolf,40.1
`;

describe('a placeholder the format says is written as in a column', () => {
  it('names that column for every slot whose plan read it', () => {
    const answer = ask(PADDLERS, {
      question: 'Which kayak brand did the most paddlers race in, and how many of them?',
      constraints:
        '{\nFor every "Builder", count its rows; give the one with the largest count and that count.\n}',
      format:
        '{\n@top_brand[brand]\n@top_brand_paddlers[n]\nwhere "brand" is written as in "Builder" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_brand: 'Riverkraft', top_brand_paddlers: '3' });
  });
});

// Invented: two towns tie for the most choirs.
const TIED = `Choir,Town,Singers
Alder Voices,Eastmere,20
Birch Chorale,Westmere,21
Cedar Singers,Eastmere,19
Damson Glee,Westmere,23
Elder Consort,Northby,18
`;

describe('readings of "most of the" that stay refused', () => {
  it('refuses a tie for the most rows rather than pick one value', () => {
    expect(
      refusalCode(TIED, {
        question: 'Where are most of the choirs based, and what is their number there?',
        constraints: '{\nFor every "Town", count its rows.\n}',
        format:
          '{\n@top_town[town]\n@top_town_choirs[n]\nwhere "town" is written as in "Town" and "n" is an integer.\n}',
      }),
    ).not.toBe('answered');
  });

  it('leaves "most of the <amount column>" and a yes-or-no question unread as a frequency', () => {
    const amounts = new Set(['singers']);
    for (const question of ['Which town holds most of the singers?', 'Did most of the choirs sing twice?'])
      expect(mostOfWording(question, amounts)).toEqual({ question });
    expect(mostOfWording('Where are most of the choirs based?', amounts)).toEqual({
      question: 'Where are most often based?',
      noun: 'choirs',
    });
  });
});
