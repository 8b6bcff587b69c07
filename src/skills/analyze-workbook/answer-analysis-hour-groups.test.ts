import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented bakery log: when each batch came out of the oven and how many loaves it held.
const ROWS = `stamp,loaves baked
Mar 3  2021 06:00:00 AM,5
Mar 3  2021 06:20:00 AM,4
Mar 3  2021 06:40:00 AM,3
Mar 3  2021 07:10:00 AM,9
Mar 3  2021 07:50:00 AM,8
Mar 3  2021 01:15:00 PM,11
Mar 3  2021 01:45:00 PM,8
Mar 3  2021 04:30:00 PM,2
`;

const FORMAT = '{\n@peak_hour[hour]\n@loaves_in_peak_hour[n]\nwhere "hour" and "n" are integers.\n}';

describe('groups by the hour of a timestamp', () => {
  it('adds up the measure within each hour and names the best hour and its total', () => {
    const answer = ask(ROWS, {
      question: 'In which hour of the day were the most loaves baked, and how many?',
      constraints: '{\nTake the hour (0 to 23) of "stamp" and add up "loaves baked" within each hour.\n}',
      format: FORMAT,
    });
    // Hour 6 has the most batches (3), hour 13 the largest one (11); 1 PM's two batches sum to 19,
    // ahead of hour 7 (17).
    expect(answer.slots).toEqual({ peak_hour: '13', loaves_in_peak_hour: '19' });
  });

  it('still refuses when the text does not say how the loaves are gathered per hour', () => {
    expect(
      refusalCode(ROWS, {
        question: 'In which hour of the day were the most loaves baked, and how many?',
        constraints: '{\nTake the hour (0 to 23) of "stamp".\n}',
        format: FORMAT,
      }),
    ).not.toBe('answered');
  });
});
