import { describe, expect, it } from 'vitest';
import { rankSentences } from './rank-sentences.ts';
import type { TextUnit } from './text-units.ts';

const unit = (position: number, text: string): TextUnit => ({
  position,
  text,
  locator: { slide: position + 1 },
  section: '',
  block: position,
  indexInBlock: 0,
});

describe('rankSentences', () => {
  it('passes over log lines and code for sentences a reader can take in', () => {
    const units = [
      unit(
        0,
        '10.1.2.3 - - [09/Apr/2024:07:46:54 +0000] "GET /ferry/timetable.json HTTP/1.1" 200 22992 ferry timetable',
      ),
      unit(1, 'The ferry timetable server answers most requests from its cache within a few milliseconds.'),
      unit(2, '(define (ferry-delay t) (- (arrival t) (schedule t))) ferry timetable'),
      unit(3, 'Slow answers come from timetable requests that miss the cache and read the ferry database.'),
    ];
    const picked = rankSentences(units, { count: 2 }).map((item) => item.position);
    expect(picked.sort()).toEqual([1, 3]);
  });

  it('prefers whole sentences to list items that lean on a lead-in they leave out', () => {
    const units = [
      unit(0, 'Ferry operators send the harbour board their papers before the season opens.'),
      unit(1, 'a copy of the ferry permit of the harbour board for the ferry route and the ferry season;'),
      unit(
        2,
        'b) for ferry operators: a ferry permit request naming the harbour, the ferry route and the season;',
      ),
      unit(3, 'The harbour board decides on each ferry permit within thirty days.'),
    ];
    const picked = rankSentences(units, { count: 2 }).map((item) => item.position);
    expect(picked.sort()).toEqual([0, 3]);
  });
});
