import { describe, expect, it } from 'vitest';
import { aggregatePassages } from './aggregate.ts';

describe('aggregatePassages', () => {
  const passages = [
    { document: 'long', score: 5 },
    { document: 'short', score: 5.5 },
    { document: 'long', score: 4 },
    { document: 'long', score: 2 },
    { document: 'other', score: 1 },
  ];

  it('keeps the best passage alone with no decay (MaxP)', () => {
    const ranked = aggregatePassages(passages, 0);
    expect(ranked.map((doc) => doc.document)).toEqual(['short', 'long', 'other']);
    expect(ranked[1]).toEqual({ document: 'long', score: 5, passages: 3 });
  });

  it('adds the other passages, each worth less than the one before', () => {
    const ranked = aggregatePassages(passages, 0.5);
    // long: 5 + 0.5·4 + 0.25·2 = 7.5, short 5.5
    expect(ranked.map((doc) => [doc.document, doc.score])).toEqual([
      ['long', 7.5],
      ['short', 5.5],
      ['other', 1],
    ]);
  });

  it('orders equal documents by where their best passage came', () => {
    const ranked = aggregatePassages(
      [
        { document: 'b', score: 2 },
        { document: 'a', score: 2 },
      ],
      0.3,
    );
    expect(ranked.map((doc) => doc.document)).toEqual(['b', 'a']);
  });

  it('refuses a decay that would let length alone win', () => {
    expect(() => aggregatePassages(passages, 1)).toThrow(/decay must be in \[0, 1\)/);
  });
});
