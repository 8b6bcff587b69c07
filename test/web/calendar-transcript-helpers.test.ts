/**
 * The week and turn arithmetic of the calendar and transcript views: a week starts on Monday
 * in the browser's zone whatever the day; times from the start read as m:ss or h:mm:ss; a
 * recap citation finds its turn by number, else by time, else by its words, and nothing
 * when none of them match.
 */
import { describe, expect, it } from 'vitest';
import { weekStart } from '../../web/src/components/CalendarView.tsx';
import { citedTurn, clock } from '../../web/src/components/TranscriptView.tsx';

const turns = [
  { index: 0, speaker: 'Ana', start: 0, text: 'Good morning, shall we start with the budget?' },
  { index: 1, speaker: 'Li', start: 65, text: 'Yes. The travel budget is cut by ten percent.' },
  { index: 2, speaker: 'Ana', start: 130, text: 'Then we book fewer visits in May.' },
];
const citation = (locator: Record<string, number>, quote = '') => ({
  n: 1,
  fileId: 'f',
  name: 'sync.vtt',
  quote,
  locator,
});

describe('weekStart', () => {
  it('gives midnight of the Monday of the week, for every day of it', () => {
    for (let day = 6; day <= 12; day++) {
      const monday = weekStart(new Date(2015, 6, day, 15, 30));
      expect([monday.getFullYear(), monday.getMonth(), monday.getDate(), monday.getHours()]).toEqual([
        2015, 6, 6, 0,
      ]);
    }
    expect(weekStart(new Date(2015, 6, 13, 0, 0)).getDate()).toBe(13);
  });
});

describe('clock and citedTurn', () => {
  it('reads seconds as m:ss or h:mm:ss', () => {
    expect(clock(65)).toBe('1:05');
    expect(clock(3725.4)).toBe('1:02:05');
  });

  it('finds the cited turn by number, time or words', () => {
    expect(citedTurn(turns, citation({ turn: 2 }))).toBe(2);
    expect(citedTurn(turns, citation({ start: 70 }))).toBe(1);
    expect(citedTurn(turns, citation({}, 'The travel budget is cut'))).toBe(1);
    expect(citedTurn(turns, citation({ turn: 9 }, 'nothing like it'))).toBeUndefined();
  });
});
