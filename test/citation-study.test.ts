import { describe, expect, it } from 'vitest';
import { citationFigures } from '../bench/citation-study.ts';

describe('citationFigures', () => {
  const spans = [{ start: 10, end: 20 }];
  const hit = {
    spans,
    sentences: [
      { turn: 12, saysQuery: true, inBestRun: true },
      { turn: 12, saysQuery: true, inBestRun: true },
      { turn: 13, saysQuery: false, inBestRun: true },
      { turn: 40, saysQuery: true, inBestRun: false },
    ],
  };
  const miss = {
    spans,
    sentences: [
      { turn: 50, saysQuery: true, inBestRun: true },
      { turn: 52, saysQuery: false, inBestRun: true },
    ],
  };

  it('counts a turn two sentences come from once', () => {
    const f = citationFigures([hit]);
    expect(f.sentences).toBe(4);
    expect(f.cited).toEqual({ turns: 3, inside: 2 });
  });

  it('tells the answers that find the passage from those that do not', () => {
    const f = citationFigures([hit, miss]);
    expect(f.cited).toEqual({ turns: 5, inside: 2 });
    expect(f.hitAnswers).toBe(1);
    expect(f.withinHits).toEqual({ turns: 3, inside: 2 });
  });

  it('gives the share under other citation rules and the ceiling of pruning within answers', () => {
    const f = citationFigures([hit, miss]);
    expect(f.bestRunOnly).toEqual({ turns: 4, inside: 2 });
    expect(f.saysQueryOnly).toEqual({ turns: 3, inside: 1 });
    // The hit answer keeps its two turns in span; the miss keeps both of its own.
    expect(f.pruningCeiling).toEqual({ turns: 4, inside: 2 });
  });

  it('gives zeros for no answers', () => {
    expect(citationFigures([]).cited).toEqual({ turns: 0, inside: 0 });
  });
});
