import { describe, expect, it } from 'vitest';
import { countWhere, distanceToSpans, emptyWhere } from '../bench/cited-where.ts';

describe('countWhere', () => {
  const spans = [{ start: 10, end: 20 }];
  it('tells answers all inside, none inside and mixed, with how far the outside turns lie', () => {
    const where = emptyWhere();
    countWhere(where, [12, 15, 12], spans, true);
    countWhere(where, [8, 14, 40], spans, true);
    countWhere(where, [50, 52], spans, false);
    countWhere(where, [60], spans, true);
    expect(where).toMatchObject({ answers: 4, allInside: 1, mixed: 1, noneInside: 2, noneRunFound: 1 });
    expect(where.mixedOutside).toEqual([1, 0, 1]);
    expect(where.noneOutside).toEqual([0, 0, 3]);
    expect(distanceToSpans(9, spans)).toBe(1);
    expect(distanceToSpans(15, spans)).toBe(0);
  });
});
