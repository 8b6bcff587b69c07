import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { rankSentences, withoutJoinedNumber } from './sentence-rank.ts';

function log(lines: string[]): SearchHit {
  return {
    chunkId: 1,
    path: '/work/chats/packing.txt',
    uri: 'file:///work/chats/packing.txt#turn=0',
    title: 'packing.txt',
    locator: { turn: 0 },
    score: 1,
    snippet: '',
    text: lines.join('\n'),
    type: 'chat',
    people: [],
  } as SearchHit;
}

describe('a name with a number joined on', () => {
  it('is read without the number', () => {
    expect(withoutJoinedNumber('zq16')).toBe('zq');
    expect(withoutJoinedNumber('brennar')).toBe('brennar');
    expect(withoutJoinedNumber('x1')).toBe('x1');
    expect(withoutJoinedNumber('12')).toBe('12');
  });

  it('names the passage that writes it so, for a question that names the bare name', () => {
    const hit = log([
      '[14:02] <vorn_k> tove: the packer is slow again',
      '[14:03] <brannock> tove: (squashkit packs only up to zq16 by default, and it is a slow level)',
      '[14:04] <tove> thanks, I will pass a level myself',
    ]);
    const ranked = rankSentences('Up to which ZQ level does squashkit pack archives by default?', [hit]);
    const line = ranked.find((candidate) => candidate.text.includes('zq16'));
    expect(line?.score ?? 0).toBeGreaterThan(0);
  });
});
