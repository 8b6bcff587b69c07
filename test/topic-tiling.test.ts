import { describe, expect, it } from 'vitest';
import { passagesInSegments, tileTopics } from '../bench/topic-tiling.ts';

/** `count` turns that each say the same few words. */
const turns = (count: number, terms: readonly string[]) => Array.from({ length: count }, () => [...terms]);

describe('TextTiling over words', () => {
  const options = { sequence: 5, block: 3, cutoff: 0, minTurns: 5 };

  it('cuts where the words change, and covers every turn', () => {
    const meeting = [
      ...turns(30, ['price', 'cost', 'euro', 'budget', 'margin']),
      ...turns(30, ['button', 'shape', 'colour', 'rubber', 'curve']),
    ];
    expect(tileTopics(meeting, options)).toEqual([
      { from: 0, to: 29 },
      { from: 30, to: 59 },
    ]);
  });

  it("puts the cut at the turn that says the first word after it, past turns that say nothing (at the valley's lowest gap)", () => {
    const meeting = [
      ...turns(30, ['price', 'cost', 'euro', 'budget', 'margin']),
      ...turns(3, []),
      ...turns(30, ['button', 'shape', 'colour', 'rubber', 'curve']),
    ];
    // The gaps on the valley's slopes lie more than `minTurns` turns apart across the silent turns,
    // so they cut too unless only the valley's lowest gap may.
    expect(tileTopics(meeting, options)).toEqual([
      { from: 0, to: 27 },
      { from: 28, to: 32 },
      { from: 33, to: 62 },
    ]);
    expect(tileTopics(meeting, { ...options, valleysOnly: true })).toEqual([
      { from: 0, to: 32 },
      { from: 33, to: 62 },
    ]);
  });

  it('keeps one segment when the words never change, and none for no turns', () => {
    expect(tileTopics(turns(40, ['price', 'cost', 'euro', 'budget', 'margin']), options)).toEqual([
      { from: 0, to: 39 },
    ]);
    expect(tileTopics([], options)).toEqual([]);
  });
});

describe("recap's passages cut to the picked segments", () => {
  const words = new Array<number>(100).fill(10);

  it('keeps each passage’s part inside a picked segment and leaves out a passage inside none', () => {
    const passages = [
      { from: 10, to: 40 },
      { from: 70, to: 80 },
    ];
    expect(passagesInSegments(passages, [{ from: 30, to: 60 }], words, 45)).toEqual([{ from: 30, to: 40 }]);
  });

  it('leaves the passages as they are when none meets a segment or the cut holds too few words', () => {
    const passages = [{ from: 10, to: 40 }];
    expect(passagesInSegments(passages, [{ from: 50, to: 60 }], words, 45)).toEqual(passages);
    // Turns 38-40 hold 30 words, fewer than an answer needs.
    expect(passagesInSegments(passages, [{ from: 38, to: 60 }], words, 45)).toEqual(passages);
    expect(passagesInSegments(passages, [{ from: 36, to: 60 }], words, 45)).toEqual([{ from: 36, to: 40 }]);
  });
});
