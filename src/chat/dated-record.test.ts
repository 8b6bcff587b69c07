import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { datedRecordAnswer } from './dated-record.ts';

// Invented fixtures: a league sheet of dated matches.
function sheet(text: string): SearchHit {
  return searchHit({
    path: '/work/fixtures.xlsx',
    uri: 'file:///work/fixtures.xlsx#sheet=Games',
    title: 'fixtures.xlsx › Games',
    locator: { sheet: 'Games', range: 'A1:E9' },
    text,
    type: 'sheet',
  });
}

const GAMES = sheet(
  [
    'Date | Home | Away | Goals | Cup',
    '2031-03-01 | Kestrel Rovers | Harbour City | 2 | Coastal Cup',
    '2031-03-01 | Marlow Town | Westmere United | 0 | League',
    '2031-03-08 | Harbour City | Kestrel Rovers | 1 | League',
    '1931-03-01 | Kestrel Rovers | Old Quay | 4 | League',
  ].join('\n'),
);

const ask = (question: string, day: string, hits = [GAMES]) =>
  datedRecordAnswer(question, hits, new CitationList(), new Date(`${day}T00:00:00Z`));

describe('datedRecordAnswer', () => {
  it('reads the one record of the day asked that the question names, under its headings', () => {
    expect(ask('Whom did Kestrel Rovers play on 1 March 2031?', '2031-03-01')?.answer).toBe(
      'Date: 2031-03-01, Home: Kestrel Rovers, Away: Harbour City, Goals: 2, Cup: Coastal Cup. [1]',
    );
  });

  it('says nothing when no record of that day names the question, or two do', () => {
    expect(ask('Whom did Kestrel Rovers play on 2 March 2031?', '2031-03-02')).toBeUndefined();
    expect(ask('Whom did Old Quay play on 1 March 2031?', '2031-03-01')).toBeUndefined();
    const twice = sheet(
      [
        'Date | Home | Away',
        '2031-03-01 | Kestrel Rovers | Harbour City',
        '2031-03-01 | Kestrel Rovers | Old Quay',
      ].join('\n'),
    );
    expect(ask('Whom did Kestrel Rovers play on 1 March 2031?', '2031-03-01', [twice])).toBeUndefined();
  });

  it('needs the year in the question and a sheet with a header row', () => {
    expect(ask('Whom did Kestrel Rovers play on 1 March?', '2031-03-01')).toBeUndefined();
    const bare = sheet(
      '2031-03-01 | Kestrel Rovers | Harbour City\n2031-03-08 | Harbour City | Kestrel Rovers',
    );
    expect(ask('Whom did Kestrel Rovers play on 1 March 2031?', '2031-03-01', [bare])).toBeUndefined();
  });
});
