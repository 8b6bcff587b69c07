import { describe, expect, it } from 'vitest';
import { countShape, emptyShape, passagesOf, percentiles } from '../bench/answer-shape.ts';

describe('the shape of an answer against reference spans', () => {
  const sentences = [
    { text: 'The orchard needs new netting.', turn: 3, rank: 1 },
    { text: 'Netting costs forty a roll.', turn: 5, rank: 0 },
    { text: 'The pond pump was cleaned.', turn: 40, rank: 2 },
  ];

  it('splits cited turns into passages where they lie far apart, each with its first choice', () => {
    expect(passagesOf(sentences)).toEqual([
      { turns: [3, 5], rank: 0 },
      { turns: [40], rank: 2 },
    ]);
  });

  it('counts turns in span by the order sentences were chosen and by passage', () => {
    const shape = emptyShape();
    countShape(shape, sentences, [{ start: 4, end: 6 }], 'New netting for the orchard costs forty a roll.');
    expect(shape.byRank.map((tally) => tally.inside)).toEqual([1, 0, 0, 0]);
    expect(shape.passages).toEqual([0, 1, 0]);
    expect(shape.firstPassage).toEqual({ turns: 2, inside: 1 });
    expect(shape.otherPassages).toEqual({ turns: 1, inside: 0 });
    // Leaving out the pond sentence, chosen last, makes the answer closer to the reference.
    expect(shape.bestPrefix).toBeGreaterThan(shape.full);
    expect(shape.dropLast).toBe(shape.bestPrefix);
  });

  it('gives percentiles of a list', () => {
    expect(percentiles([5, 1, 4, 2, 3, 9, 8, 7, 6, 10])).toEqual([2, 3, 6, 8, 10]);
  });
});
