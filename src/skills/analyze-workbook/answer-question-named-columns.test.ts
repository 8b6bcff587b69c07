import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../test/helpers/analysis-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerQuestion } from './answer-question.ts';

// An invented council budget: the unit's code shares "unit" with the unit group.
const UNITS = `Unit Name,council_unit_id,unit_group
Parks,31,Community
Libraries,32,Community
Pools,33,Community
Roads,41,Works
Bridges,42,Works
Payroll,51,Support
`;
// An invented fixture list: "side" names the home side and the away side equally.
const FIXTURES = `Round,Home side,Away side,Crowd
1,Rovers,Albion,900
2,Albion,Rovers,700
3,Rovers,Albion,800
4,Albion,Rovers,650
5,Rovers,Albion,720
`;
// An invented help desk's quarter hours: month-name timestamps with a doubled space, waits as hh:mm:ss.
const DESK = `timestamp,calls taken,avg. hold time
Mar 2  2025 12:00:00 AM,0,00:00:00
Mar 2  2025 9:00:00 AM,6,00:00:10
Mar 2  2025 9:15:00 AM,9,00:00:20
Mar 2  2025 12:30:00 PM,4,00:01:05
Mar 2  2025 1:45:00 PM,2,00:00:05
`;

const ask = (csv: string, question: string) => answerQuestion(csvTable(csv), question);
const refusal = (csv: string, question: string) => {
  try {
    ask(csv, question);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the column a question names', () => {
  it('takes the column whose name the words cover fully over one they cover in part', () => {
    const counted = ask(UNITS, 'how many units are in each unit group?');
    expect(counted.planText).toContain('grouped by unit_group');
    expect(counted.groups?.map((group) => [group.key, group.value])).toEqual(
      expect.arrayContaining([
        ['Community', 3],
        ['Works', 2],
        ['Support', 1],
      ]),
    );
    expect(ask(UNITS, 'which unit group has the most units?').answer).toEqual(['Community']);
  });
  it('refuses a word that names two columns equally', () => {
    expect(refusal(FIXTURES, 'how many rounds were played for each side?')).toBe('unsupported');
    expect(ask(FIXTURES, 'what is the total crowd for each home side?').planText).toContain(
      'grouped by Home side',
    );
  });
});

describe('times and durations', () => {
  const table = csvTable(DESK);
  it('types month-name timestamps as dates and hh:mm:ss as durations in seconds', () => {
    const types = Object.fromEntries(table.columns.map((column) => [column.name, column.type]));
    expect(types).toMatchObject({ timestamp: 'date', 'avg. hold time': 'duration' });
    expect(table.columns[0]!.dates?.[3]).toBe('2025-03-02T12:30:00');
    expect(table.columns[2]!.unit).toBe('s');
  });
  it('answers "at what time" from the timestamps, not a duration named "time"', () => {
    const answer = ask(DESK, 'at what time were the most calls taken?');
    expect(answer.answer).toEqual(['Mar 2  2025 9:15:00 AM']);
    expect(answer.planText).not.toContain('hold time');
  });
  it('averages durations as seconds and says the unit', () => {
    const answer = ask(DESK, 'what is the average hold time?');
    expect(answer.answer).toEqual([20]);
    expect(answer.text).toBe('20 s (00:00:20)');
  });
});

// An invented relay log: two durations named "time", one start date.
const LEGS = `Leg,Runner,Start date,run time,rest time
1,Ana,2024-03-01,00:41:10,00:02:00
2,Bo,2024-01-15,00:38:05,00:05:30
3,Cy,2024-06-20,00:44:50,00:01:15
4,Dee,2024-06-20,00:39:30,00:03:00
`;

describe('the longest, shortest, earliest or latest value of one named column', () => {
  it('answers a duration named in full by its maximum or minimum, in seconds', () => {
    const longest = ask(LEGS, 'what is the longest run time?');
    expect(longest.answer).toEqual([2690]);
    expect(longest.planText).toBe('max of run time');
    expect(ask(LEGS, 'what is the shortest rest time?').answer).toEqual([75]);
  });
  it('answers the earliest or latest date once, even when two rows share it', () => {
    expect(ask(LEGS, 'what is the earliest start date?').answer).toEqual(['2024-01-15']);
    expect(ask(LEGS, 'what is the latest start date?').answer).toEqual(['2024-06-20']);
  });
  it('refuses a word that names two durations equally', () => {
    expect(refusal(LEGS, 'what is the longest time?')).toBe('unsupported');
  });
});

describe('"<verb> each <noun>" groups by the column the noun names', () => {
  it('counts per home side for "did each home side"', () => {
    const counted = ask(FIXTURES, 'how many rounds did each home side play?');
    expect(counted.planText).toContain('grouped by Home side');
    expect(counted.groups?.map((group) => [group.key, group.value])).toEqual([
      ['Albion', 2],
      ['Rovers', 3],
    ]);
  });
  it('still refuses "each side", which names both sides equally', () => {
    expect(refusal(FIXTURES, 'how many rounds did each side play?')).toBe('unsupported');
  });
});
