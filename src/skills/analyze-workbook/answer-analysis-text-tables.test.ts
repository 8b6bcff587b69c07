import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented rowing regattas: one race a row, the winning crew and boat of two classes, a blank
// where no record was kept.
const RACES = `Race,Year,Venue,Winner (Eights),Boat (Eights),Winner (Fours),Boat (Fours),Referee
1,2001,Henley,Kestrel,Alder,Osprey,Birch,Ada Quill
2,2002,Marlow,Kestrel,Alder,Kestrel,Alder,
3,2003,Henley,Heron,Cedar,Osprey,Birch,Ben Ward
4,2004,Eton,Kestrel,Birch,Heron,,
5,2005,Marlow,Heron,Alder,Osprey,Alder,Cy Moss
6,2006,Henley,Kestrel,Alder,Heron,Birch,Dee Lamb
`;

describe('questions over tables of names', () => {
  it('answers the most frequent value for a slot the format declares a string', () => {
    const answer = ask(RACES, {
      question: 'Find the Winner (Eights) that appears most frequently and the number of races it won.',
      format: '@top_winner[crew], @winner_races[count] where "crew" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ top_winner: 'Kestrel', winner_races: '4' });
  });
  it('reads "the most races" beside a column of race names as the crew that won most often', () => {
    const answer = ask(RACES.replace(/^(\d),/gm, 'Race $1,'), {
      question: 'Identify the crew that won the most races and report how many it won.',
      constraints: 'Use the Winner (Fours) column; every row is one race.',
      format: '@fours_winner[crew], @fours_wins[count] where "crew" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ fours_winner: 'Osprey', fours_wins: '3' });
    // Before, the Race column's name kept "the most races" a measure, and the crew was refused.
  });
  it('counts rows with "no Referee recorded" as the rows whose Referee is missing', () => {
    const answer = ask(RACES, {
      question: 'How many races have no Referee recorded?',
      format: '@no_referee_races[count] where "count" is an integer.',
    });
    expect(answer.slots.no_referee_races).toBe('2');
  });
  it('counts distinct values of the column all the phrase names, even when the text leaves out blanks', () => {
    // Invented: the boat each race's fours crew rowed, and its spare; some not recorded.
    const boats = `Race,Fours Boat,Spare Fours Boat
1,Birch,Alder
2,Alder,Birch
3,,Cedar
4,Birch,
5,Alder,Alder
`;
    const answer = ask(boats, {
      question: 'How many distinct fours boats does the table list?',
      constraints: 'Count the different non-empty values of Fours Boat.',
      format: '@fours_boats[count] where "count" is an integer.',
    });
    // Birch and Alder; race 3 has no boat recorded.
    expect(answer.slots.fours_boats).toBe('2');
  });
  it('reads "for the years 2002 through 2004" as a span with both ends', () => {
    const answer = ask(RACES, {
      question: 'For the years 2002 through 2004, how many races were held?',
      format: '@races[count] where "count" is an integer.',
    });
    expect(answer.slots.races).toBe('3');
  });
  it('refuses rows where two columns agree, which no step compares', () => {
    expect(
      refusalCode(RACES, {
        question: 'In how many races did the same crew win both the Eights and the Fours?',
        format: '@double_wins[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
    expect(
      refusalCode(RACES, {
        question: 'In how many races was the Boat (Eights) also the Boat (Fours)?',
        format: '@same_boat[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
