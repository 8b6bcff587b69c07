import { describe, expect, it } from 'vitest';
import { cellDate, dateConditions, describeDateCondition, meetsDate } from './date-conditions.ts';

const read = (text: string) => dateConditions(text).map(describeDateCondition);
const readDays = (text: string) => dateConditions(text, { days: true }).map(describeDateCondition);

describe('date conditions written in words', () => {
  it('reads months with and without a year', () => {
    expect(read('How many parades were held in November?')).toEqual(['in November']);
    expect(read('What was the total Amount in July 2007?')).toEqual(['in July 2007']);
    expect(read('Count the rows whose Date falls in Sept.')).toEqual(['in September']);
  });
  it('reads spans of days and of years, one year serving both ends', () => {
    expect(read('between July 1, 2007 and December 31, 2007')).toEqual([
      'from 1 July 2007 to 31 December 2007',
    ]);
    expect(read('from February 10 to March 10, 1997')).toEqual(['from 10 February 1997 to 10 March 1997']);
    expect(read('How many clerks started between 1840 and 1859?')).toEqual([
      'from 1 January 1840 to 31 December 1859',
    ]);
  });
  it('reads bounds: "before" and "after" leave the day out, "since" and "until" keep it', () => {
    expect(read('aired before December 1st, 1965')).toEqual(['on or before 30 November 1965']);
    expect(read('played after october 1st')).toEqual(['on or after 2 October']);
    expect(read('since 1 March 2004')).toEqual(['on or after 1 March 2004']);
    expect(read('previous to july 1 of 2012')).toEqual(['on or before 30 June 2012']);
  });
  it('reads a phrase once, by the first rule that claims it, and the others in text order', () => {
    // "until June 9, 2001" inside the span is no bound of its own.
    expect(read('in May, and from March 3 until June 9, 2001')).toEqual([
      'in May',
      'from 3 March 2001 to 9 June 2001',
    ]);
  });
  it('leaves alone words that only look like months, and reads a day as that day when days are asked for, never as its month', () => {
    expect(read('in decimal places')).toEqual([]);
    expect(read('a season span 2008-09 to 2010')).toEqual([]);
    expect(read('on November 15, 1998')).toEqual([]);
    expect(readDays('on November 15, 1998')).toEqual(['on November 15, 1998']);
    expect(readDays('the row whose Date is 2031-06-02')).toEqual(['on June 2, 2031']);
    expect(readDays('the game of January 20')).toEqual(['on January 20']);
  });
});

describe('cell dates', () => {
  it('reads written, year-less, ISO and year-only cells, and refuses days that do not exist', () => {
    expect(cellDate('6 October 2003')).toEqual({ year: 2003, month: 10, day: 6 });
    expect(cellDate('Sept 4')).toEqual({ month: 9, day: 4 });
    expect(cellDate('2007-07-15')).toEqual({ year: 2007, month: 7, day: 15 });
    expect(cellDate('1995')).toEqual({ year: 1995 });
    expect(cellDate('9 August 1972 13:03:11')).toEqual({ year: 1972, month: 8, day: 9 });
    expect(cellDate('31 September 1938')).toBeUndefined();
    expect(cellDate('March 21–24, 2013')).toBeUndefined();
  });
  it('says when a cell cannot tell', () => {
    const [july2007] = dateConditions('in July 2007');
    expect(meetsDate({ month: 7, day: 4 }, july2007!)).toBeUndefined();
    expect(meetsDate({ year: 2007, month: 7, day: 4 }, july2007!)).toBe(true);
    const [span] = dateConditions('from 1995 to 1996');
    expect(meetsDate({ year: 1995 }, span!)).toBe(true);
    const [cut] = dateConditions('between 1 June 1995 and 1 June 1996');
    expect(meetsDate({ year: 1995 }, cut!)).toBeUndefined();
  });
});
