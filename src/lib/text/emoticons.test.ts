import { describe, expect, it } from 'vitest';
import { withoutEmoticons } from './emoticons.ts';

describe('withoutEmoticons', () => {
  it('drops faces that stand as words', () => {
    expect(withoutEmoticons('that did the trick :D thanks')).toBe('that did the trick   thanks');
    expect(withoutEmoticons('i run both now ;) and xD')).toBe('i run both now   and  ');
    expect(withoutEmoticons('nice one :-P')).toBe('nice one  ');
  });

  it('leaves list marks, paths, addresses and versions as written', () => {
    for (const text of [
      '8) the tax number',
      'look in :/home/kit',
      'see http://example.org',
      'version x.x.202.297',
    ])
      expect(withoutEmoticons(text)).toBe(text);
  });
});
