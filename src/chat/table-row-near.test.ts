import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

/** An invented sheet of ferry crossings: the harbours stand five cells away from the counts. */
const crossings = searchHit({
  path: '/work/crossings.xlsx',
  type: 'sheet',
  title: 'crossings.xlsx › Log',
  locator: { sheet: 'Log', range: 'A1:H4' },
  text: [
    'Day | From | To | Vessel | Crew | Cars Loaded | Cars Unloaded | Weather',
    '2031-04-02 | Brakvik | Tellmoor | Gannet | 6 | 41 | 37 | calm',
    '2031-04-09 | Ostrand | Brakvik | Petrel | 5 | 28 | 33 | windy',
    '2031-04-16 | Tellmoor | Ostrand | Gannet | 6 | 19 | 24 | fog',
  ].join('\n'),
});

describe('extractiveAnswer: a table cell is read with the cells of its own row', () => {
  it('answers the count asked of the row named by cells far from it', () => {
    const answer = extractiveAnswer(
      'How many cars were unloaded on the crossing from Ostrand to Brakvik?',
      [crossings],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('33');
    expect(answer.answer).not.toContain('37');
  });
});
