import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented help desk: tickets closed and dropped in each quarter hour of one morning, with the
// clerks on duty and busy on average (the header's trailing spaces as some exports write them).
const DESK = `slot,num. tickets closed ,num. tickets dropped ,avg. num. clerks on duty ,avg. num. clerks busy 
Mon 09:00,4,0,3,2
Mon 09:15,6,1,3,3
Mon 09:30,2,0,2,1
Mon 09:45,7,3,4,4
Mon 10:00,5,0,4,3
`;

// Invented park register: each park's id, its group and the year it opened.
const PARKS = `Park Name,park_id,park_group,opened
Ashgrove,11,Lakeside,1990
Bellmoor,12,Hillside,1991
Crane Hollow,13,Lakeside,1992
Dunfield,14,Riverside,1993
Eastmere,15,Lakeside,1994
`;

describe('sentences that each take their own measure over every row', () => {
  it('answers each slot with the column its own sentence quotes', () => {
    const answer = ask(DESK, {
      question:
        'What is the median number of dropped tickets in a slot, and what is the largest average number of clerks on duty?',
      constraints:
        '{\nTake the median of "num. tickets dropped " over all rows.\nTake the maximum of "avg. num. clerks on duty " over all rows.\n}',
      format:
        '{\n@median_dropped[value]\n@max_on_duty[value]\nwhere "value" is written with two decimal places.\n}',
    });
    // Dropped: 0, 1, 0, 3, 0 has the median 0; clerks on duty peak at 4.
    expect(answer.slots).toEqual({ median_dropped: '0.00', max_on_duty: '4.00' });
  });

  it('keeps one reading when both sentences quote the same column', () => {
    const answer = ask(DESK, {
      question: 'What are the median and the largest number of dropped tickets in a slot?',
      constraints:
        '{\nTake the median of "num. tickets dropped " over all rows.\nTake the maximum of "num. tickets dropped " over all rows.\n}',
      format:
        '{\n@median_dropped[value]\n@max_dropped[value]\nwhere "value" is written with two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ median_dropped: '0.00', max_dropped: '3.00' });
  });
});

describe('a count slot naming a value of the column whose distinct values are counted', () => {
  it("counts that value's rows, not its one distinct value", () => {
    const answer = ask(PARKS, {
      question: 'How many different park groups are there, and how many parks are in Lakeside?',
      constraints:
        '{\nCount the distinct values of "park_group".\nCount the rows whose "park_group" is "Lakeside".\n}',
      format: '{\n@group_count[n]\n@lakeside_parks[n]\nwhere "n" is an integer.\n}',
    });
    // Lakeside, Hillside and Riverside; Ashgrove, Crane Hollow and Eastmere are Lakeside parks.
    expect(answer.slots).toEqual({ group_count: '3', lakeside_parks: '3' });
  });
});

// Invented match log: each event's kind code and the half it fell in.
const MATCH_LOG = `match_id,event_no,KINDCODE,HALF,note
0077,1,1,1,kick-off
0077,2,2,1,
0077,3,1,2,corner
0077,4,3,2,
0077,5,1,2,save
`;

describe('a share whose condition the constraints state before its divisor', () => {
  it('keeps the rows of the condition that "by the number of rows" follows', () => {
    const answer = ask(MATCH_LOG, {
      question: 'What percentage of the events are of kind code one?',
      constraints:
        '{\nDivide the number of rows whose "KINDCODE" is 1 by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
      format: '{\n@kind_one_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
    });
    // Events 1, 3 and 5 of the five are of kind 1.
    expect(answer.slots).toEqual({ kind_one_percent: '60.00' });
  });
});
