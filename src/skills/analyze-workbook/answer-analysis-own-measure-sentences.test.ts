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
