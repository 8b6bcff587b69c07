import { describe, expect, it } from 'vitest';
import { insideShare, overlapsSpans, runChoice } from '../bench/run-choice.ts';

describe('runChoice', () => {
  const spans = [{ start: 10, end: 20 }];
  it('tells the passage chosen, the heaviest candidate run and any candidate run apart', () => {
    const candidates = [
      { run: { from: 0, to: 5 }, weight: 9 },
      { run: { from: 18, to: 30 }, weight: 4 },
    ];
    expect(runChoice([{ from: 0, to: 5 }], candidates, spans)).toEqual({
      chosen: false,
      best: false,
      any: true,
      insideShare: 0,
    });
    expect(runChoice([{ from: 20, to: 25 }], candidates.slice(1), spans)).toEqual({
      chosen: true,
      best: true,
      any: true,
      insideShare: 1 / 6,
    });
  });

  it('counts a run touching a span at one end (ends included)', () => {
    expect(overlapsSpans({ from: 20, to: 22 }, spans)).toBe(true);
    expect(overlapsSpans({ from: 21, to: 22 }, spans)).toBe(false);
    expect(runChoice([], [], spans)).toEqual({ chosen: false, best: false, any: false, insideShare: 0 });
  });

  it("gives the share of the chosen passages' turns inside a span", () => {
    expect(insideShare([{ from: 8, to: 11 }], spans)).toBe(0.5);
    expect(
      insideShare(
        [
          { from: 12, to: 13 },
          { from: 30, to: 31 },
        ],
        spans,
      ),
    ).toBe(0.5);
    expect(insideShare([], spans)).toBe(0);
  });
});
