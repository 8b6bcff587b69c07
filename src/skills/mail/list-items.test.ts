import { describe, expect, it } from 'vitest';
import { numberedItems, opensItem } from './list-items.ts';

describe('numbered items of a mail', () => {
  const items = numberedItems(
    'My picks:\n1) Harbour View or Lakeside\n2 - Budget review\n(3) Dinner on the first night\nThat is all.',
  );

  it('are the lines opened by a number or a letter, in any of the usual markers', () => {
    expect(items.size).toBe(3);
    expect(opensItem('Harbour View or Lakeside', items)).toBe(true);
    expect(opensItem('2 - Budget review', items)).toBe(true);
    expect(opensItem('That is all.', items)).toBe(false);
  });

  it('need two numbered lines: one alone is no list', () => {
    expect(numberedItems('1) Harbour View\nNothing else.').size).toBe(0);
  });
});
