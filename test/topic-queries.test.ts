import { describe, expect, it } from 'vitest';
import { citedInSpans, topicQuery } from '../bench/topic-queries.ts';

describe('topicQuery', () => {
  it('asks about the topic without its own closing mark', () => {
    expect(topicQuery(' Kiosk battery budget. ')).toBe(
      'Summarize the discussion about Kiosk battery budget.',
    );
    expect(topicQuery('  ')).toBeUndefined();
  });
});

describe('citedInSpans', () => {
  it('counts each cited turn once, inside when any span holds it (ends included)', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 40, end: 40 },
    ];
    expect(citedInSpans([10, 10, 20, 21, 40, 5], spans)).toEqual({ cited: 5, inside: 3 });
    expect(citedInSpans([], spans)).toEqual({ cited: 0, inside: 0 });
  });
});
