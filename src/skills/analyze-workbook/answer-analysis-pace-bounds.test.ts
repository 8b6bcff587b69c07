import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { paceBoundsAsColumns } from './pace-bounds.ts';

// Invented heats of a junior canoe sprint: one row per crew.
const HEATS = `Place,Heat,Crew,Club,Time
1,1,Alder Vance,Millbrook,41.82
2,1,Tomas Quill,Eastreach,42.35
3,1,Nadia Ferrow,Millbrook,43.10
1,2,Pella Morrow,Eastreach,41.95
2,2,Jory Kestle,Saltcombe,42.60
3,2,Wren Adair,Millbrook,43.48
`;

const COUNT = { constraints: '', format: '@fast_crews[n]\nwhere "n" is an integer.' };

describe('a pace bound over the one column of times', () => {
  it('reads "faster than 42.50" as a Time below 42.50', () => {
    const answer = ask(HEATS, { ...COUNT, question: 'How many of the crews paddled faster than 42.50?' });
    expect(answer.slots).toEqual({ fast_crews: '3' });
  });

  it('reads the bound at the end of a sentence, its full stop no part of the number', () => {
    const answer = ask(HEATS, {
      question: 'How many crews were quick?',
      constraints: 'Count the crews that paddled faster than 42.50.',
      format: COUNT.format,
    });
    expect(answer.slots).toEqual({ fast_crews: '3' });
    expect(paceBoundsAsColumns(createFrame(csvTable(HEATS)), 'faster than 42.5.1')).toBe(
      'faster than 42.5.1',
    );
  });

  it('reads "slower than 42.50" as a Time above 42.50', () => {
    const answer = ask(HEATS, {
      question: 'How many of the crews paddled slower than 42.50?',
      constraints: '',
      format: '@slow_crews[n]\nwhere "n" is an integer.',
    });
    expect(answer.slots).toEqual({ slow_crews: '3' });
  });

  it('leaves the text as written over a table with a speed column, or with two time columns', () => {
    const speeds = createFrame(csvTable('Crew,Time,Speed\nA,41.8,4.1\nB,42.3,4.0\n'));
    expect(paceBoundsAsColumns(speeds, 'faster than 42')).toBe('faster than 42');
    const two = createFrame(csvTable('Crew,Heat time,Final time\nA,41.8,40.9\nB,42.3,41.5\n'));
    expect(paceBoundsAsColumns(two, 'faster than 42')).toBe('faster than 42');
  });

  it('keeps refusing "faster" over a table with no column of times', () => {
    const SPEEDS =
      'Crew,Club,Speed\nAlder Vance,Millbrook,4.1\nTomas Quill,Eastreach,4.0\nNadia Ferrow,Millbrook,3.9\n';
    expect(
      refusalCode(SPEEDS, { ...COUNT, question: 'How many of the crews paddled faster than 4.05?' }),
    ).not.toBe('answered');
  });
});
