import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented sprint race: each skater's nation and time in seconds.
const SPRINT = `Rank,Name,Nation,Time
1,Oskar Venn,Norway,34.91
2,Lio Marsk,Austria,35.02
3,Pem Dorrit,Norway,35.10
4,Tamsin Oake,Chile,35.33
5,Ruel Bakov,Austria,35.41
6,Ines Graal,Norway,35.58
7,Vito Sander,Chile,35.60
8,Yara Lund,Estonia,35.77
`;

// Invented season of a club: each week's result written as a code before the score, and the crowd.
const SEASON = `Week,Opponent,Result,Attendance
1,Harbour Owls,W 21–14,40100
2,Mill Town Foxes,L 10–17,52300
3,Cape Rovers,W 28–3,38800
4,Bye,Bye,
5,Lakeside Elks,L 7–24,61250
6,Stone Bay Gulls,W 14–13,44020
7,Harbour Owls,L 3–30,58900
8,Mill Town Foxes,W 20–6,41500
9,Cape Rovers,W 17–16,39950
10,Lakeside Elks,L 13–27,47700
11,Stone Bay Gulls,W 35–0,36600
12,Harbour Owls,W 24–21,50450
13,Mill Town Foxes,L 9–12,63300
14,Cape Rovers,W 31–17,42800
15,Lakeside Elks,L 6–19,55500
`;

// Invented kart race: finishing position, "Out" or "DNF" for those who stopped, and laps done.
const KARTS = `Pos,Driver,Team,Laps
1,Nel Harrow,Quill,30
2,Ami Stroud,Ferro,30
3,Bo Kestrel,Quill,30
4,Cato Lind,Vanta,29
DNF,Edda Rusk,Ferro,21
5,Fenn Oly,Vanta,28
DNF,Gus Tarr,Quill,12
DNF,Hale Pym,Vanta,4
`;

// Invented podium list: where each podium was won and the place taken.
const PODIUMS = `Venue,Event,Place
Home,Sprint,1
Home,Keirin,2
Away,Sprint,1
Home,Sprint,1
Home,Team sprint,3
Away,Keirin,1
Home,Keirin,1
Away,Sprint,2
`;

// Invented longer race: times in minutes and seconds.
const LONG_RACE = `Rank,Name,Nation,Time
1,Oskar Venn,Norway,1:10.88
2,Lio Marsk,Austria,1:11.02
3,Vito Sander,Canada,1:11.95
4,Pem Dorrit,Norway,1:12.10
5,Tamsin Oake,Canada,1:12.40
6,Yara Lund,Estonia,1:13.05
`;

// Invented podium list by rider.
const PODIUMS_BY_RIDER = `Rider,Event,Place
Mira Quell,Sprint,1
Tobin Ashe,Keirin,2
Mira Quell,Keirin,1
Lusa Frey,Sprint,3
Mira Quell,Team sprint,1
Tobin Ashe,Sprint,2
Mira Quell,Sprint,2
Lusa Frey,Keirin,1
`;

describe('values a question names in its own words', () => {
  it('reads a demonym as the nation a text column holds ("Norwegian" for Norway)', () => {
    const answer = ask(SPRINT, {
      question: 'How many Norwegian skaters raced, and what was their mean time?',
      constraints:
        '{\nCount the rows, and take the mean of "Time".\nRound the mean to two decimal places.\n}',
      format:
        '{\n@norwegian_skaters[n]\n@norwegian_mean_time[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    // Oskar, Pem, Ines: (34.91 + 35.10 + 35.58) / 3.
    expect(answer.slots).toEqual({ norwegian_skaters: '3', norwegian_mean_time: '35.20' });
  });

  it('takes "best rank" of the skaters a demonym names as their smallest rank', () => {
    const answer = ask(SPRINT, {
      question: 'What was the best rank of an Austrian skater?',
      constraints: '{\nTake the minimum of "Rank".\n}',
      format: '{\n@best_austrian_rank[rank]\nwhere "rank" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ best_austrian_rank: '2' });
  });

  it('keeps the games a team lost when its Result writes the code before the score', () => {
    const answer = ask(SEASON, {
      question: 'What was the biggest crowd at a game the team lost?',
      constraints: '{\nTake the maximum of "Attendance".\n}',
      format: '{\n@max_crowd_losses[n]\nwhere "n" is an integer.\n}',
    });
    // Losses in weeks 2, 5, 7, 10, 13, 15: the largest crowd is week 13's.
    expect(answer.slots).toEqual({ max_crowd_losses: '63300' });
  });

  it('counts the drivers who did not finish as the rows marked DNF', () => {
    const answer = ask(KARTS, {
      question: 'How many drivers did not finish the race?',
      constraints: '{\nCount the rows.\n}',
      format: '{\n@unfinished_drivers[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ unfinished_drivers: '3' });
  });

  it('reads "the thirteenth week" on a Week column of fifteen values', () => {
    const answer = ask(SEASON, {
      question: 'What was the attendance in the thirteenth week?',
      constraints: '{\nReport the "Attendance" of the row of the thirteenth week.\n}',
      format: '{\n@thirteenth_week_attendance[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ thirteenth_week_attendance: '63300' });
  });

  it('answers "how many fans" with the Attendance the slot names, not a count of rows', () => {
    const answer = ask(SEASON, {
      question: 'How many fans came to the game of the fourteenth week?',
      constraints: '{\nReport the "Attendance" of the row of the fourteenth week.\n}',
      format: '{\n@fourteenth_week_attendance[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ fourteenth_week_attendance: '42800' });
  });

  it('reads a quoted number of a numeric column as that number in a label set by two equalities', () => {
    const answer = ask(PODIUMS, {
      question: 'How many home wins are there?',
      constraints: '{\nA home win is a row whose "Venue" is "Home" and whose "Place" is "1". Count them.\n}',
      format: '{\n@home_wins[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ home_wins: '3' });
  });

  it('answers "who … most often, and how many times" with the top group and its count of rows', () => {
    const answer = ask(PODIUMS_BY_RIDER, {
      question: 'Who appears most often in this list of podiums, and how many times?',
      constraints:
        '{\nCount the rows of each "Rider" and report the rider with the most rows and the count.\n}',
      format:
        '{\n@top_rider[name]\n@top_rider_podiums[n]\nwhere "name" is written as in "Rider" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_rider: 'Mira Quell', top_rider_podiums: '4' });
  });

  it('writes the fastest of minute-and-second times as the Time column writes it', () => {
    const answer = ask(LONG_RACE, {
      question: 'What was the fastest time of a Canadian skater?',
      constraints: '{\nTake the smallest "Time" over the rows, reading each time as minutes and seconds.\n}',
      format: '{\n@fastest_canadian_time[time]\nwhere "time" is written as in "Time".\n}',
    });
    // Tamsin 1:12.40 and Vito 1:11.95: the smaller is Vito's.
    expect(answer.slots).toEqual({ fastest_canadian_time: '1:11.95' });
  });
});
