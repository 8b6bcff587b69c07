import { describe, expect, it } from 'vitest';
import { otherPeriodLabel } from './other-period.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherPeriodLabel', () => {
  it('flags a month counted in CJK script that is not the one asked', () => {
    expect(otherPeriodLabel('港灣分行88年3月的數字是多少？', '港灣分行, 88年4月: 5120. [1]')).toBe(true);
  });

  it('keeps the month asked, however it is spaced', () => {
    expect(otherPeriodLabel('港灣分行88年3月的數字是多少？', '港灣分行, 88 年 3 月: 4870. [1]')).toBe(false);
  });

  it('flags another month of an English month and year, and another ISO month', () => {
    expect(
      otherPeriodLabel(
        'What was the rent for the Quill Street flat in May 2031?',
        'Quill Street, June 2031: 940. [1]',
      ),
    ).toBe(true);
    expect(otherPeriodLabel('How many kites were sold in 2031-05?', 'Kites, 2031-06: 77. [1]')).toBe(true);
    expect(
      otherPeriodLabel(
        'What was the rent for the Quill Street flat in May 2031?',
        'Quill Street, May 2031: 910. [1]',
      ),
    ).toBe(false);
  });

  it('checks nothing when the answer writes no period of the shape asked', () => {
    expect(otherPeriodLabel('How many kites were sold in May 2031?', 'Kites sold: 77. [1]')).toBe(false);
    expect(otherPeriodLabel('How many kites were sold?', 'Kites, June 2031: 77. [1]')).toBe(false);
  });

  it('is one of the checks that make an answer unsound', () => {
    expect(unsoundAnswer('港灣分行88年3月的數字是多少？', '港灣分行, 88年4月: 5120. [1]')).toBe(
      'a value labelled by another period',
    );
  });
});
