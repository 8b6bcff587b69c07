import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { keptOrdinalPhrase, ordinalValuesNamed } from './ordinal-periods.ts';

// Invented cycling tour: the stage each rider rode and the minutes it took.
const STAGES = `Stage,Rider,Minutes
1,Ada Brill,41
1,Colm Perd,44
1,Dina Vosk,39
2,Ada Brill,52
2,Colm Perd,50
3,Ada Brill,47
3,Dina Vosk,45
3,Egon Mard,49
3,Fay Tull,51
`;

// Invented game log: each event's period (the game's quarters) and the notes left for each side.
const GAME = `EVENTNUM,PERIOD,HOMENOTE,AWAYNOTE
1,1,Jump ball won,
2,1,,Miss from deep
3,1,Layup made,
4,2,,Foul
5,2,Dunk,
6,3,Free throw,
7,4,,Steal
8,4,Block,
9,4,,Turnover
10,4,Timeout,
11,1,,Foul
12,1,Hook shot,
`;

describe('ordinals that name a numbered period', () => {
  it('counts each of two stages a question names by ordinals, the second without its noun', () => {
    const answer = ask(STAGES, {
      question: 'How many riders rode the first stage, and how many the second?',
      constraints: '{\nCount the rows of each of the two stages.\n}',
      format: '{\n@first_stage_riders[n]\n@second_stage_riders[n]\nwhere "n" is an integer.\n}',
    });
    // Stage 1: Ada, Colm, Dina; stage 2: Ada, Colm.
    expect(answer.slots).toEqual({ first_stage_riders: '3', second_stage_riders: '2' });
  });

  it('reads "the fourth quarter" as the period 4 of a PERIOD column', () => {
    const answer = ask(GAME, {
      question: 'How many events were logged in the fourth quarter?',
      constraints: '{\nCount the rows.\n}',
      format: '{\n@fourth_quarter_events[n]\nwhere "n" is an integer.\n}',
    });
    // Events 7 to 10.
    expect(answer.slots).toEqual({ fourth_quarter_events: '4' });
  });

  it('answers quarters stated as periods, one sentence each, with a known-cell condition after another', () => {
    const answer = ask(GAME, {
      question:
        'How many events were logged in the fourth quarter, and how many first-quarter events have a home note?',
      constraints:
        '{\nCount the rows whose "PERIOD" is 4. Then count the rows whose "PERIOD" is 1 and whose "HOMENOTE" is not missing.\n}',
      format: '{\n@fourth_quarter_events[n]\n@first_quarter_home_events[n]\nwhere "n" is an integer.\n}',
    });
    // Period 1 holds events 1, 2, 3, 11 and 12; 1, 3 and 12 have a home note.
    expect(answer.slots).toEqual({ fourth_quarter_events: '4', first_quarter_home_events: '3' });
  });

  it('refuses rather than keep the known cells of one count for both counts of one sentence', () => {
    expect(() =>
      ask(GAME, {
        question:
          'How many events were logged in the fourth quarter, and how many first-quarter events have a home note?',
        constraints:
          '{\nCount the rows of the fourth quarter, and count the first-quarter rows whose "HOMENOTE" is not missing.\n}',
        format: '{\n@fourth_quarter_events[n]\n@first_quarter_home_events[n]\nwhere "n" is an integer.\n}',
      }),
    ).toThrow(/one of two counts in one sentence/);
  });

  it('names a value only through a noun that names the column, and only values the column holds', () => {
    expect([...ordinalValuesNamed('the second stage, and the third', 'stage', new Set([1, 2, 3]))]).toEqual([
      2, 3,
    ]);
    expect([...ordinalValuesNamed('the second rider, and the third', 'stage', new Set([1, 2, 3]))]).toEqual(
      [],
    );
    expect([...ordinalValuesNamed('the fifth stage', 'stage', new Set([1, 2, 3]))]).toEqual([]);
    expect(keptOrdinalPhrase('fourth quarter', 'rows where PERIOD is 4 (4)', ['PERIOD'])).toBe(true);
    expect(keptOrdinalPhrase('fourth quarter', 'rows where PERIOD is 40 (4)', ['PERIOD'])).toBe(false);
    expect(keptOrdinalPhrase('fourth quarter', 'rows where Stage is 4 (4)', ['Stage'])).toBe(false);
  });
});
