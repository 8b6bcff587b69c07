import { describe, expect, it } from 'vitest';
import { pronounForWhich } from './which-named.ts';

describe('a "which" question answered by a pronoun', () => {
  it('a sentence whose subject is only "she" does not say which lodger', () => {
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then she moved to weekly. [1] One week rent in advance. [2]',
      ),
    ).toBe(true);
    expect(pronounForWhich('For which client did Arvid lower the fee?', 'He lowered it by half. [1]')).toBe(
      true,
    );
  });

  it('keeps an answer that names the one asked', () => {
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then Marta Velk moved to weekly. [1]',
      ),
    ).toBe(false);
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'Then she (#7) moved to weekly. [1]',
      ),
    ).toBe(false);
    expect(
      pronounForWhich(
        'Which lodger moved from monthly to weekly rent?',
        'On 3/4/2001 09:12 AM, Nora Varberg wrote (quoted in "Re: rents"): She is the one in the Ostby unit. [1]',
      ),
    ).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(pronounForWhich('Who moved to weekly rent?', 'Then she moved to weekly. [1]')).toBe(false);
    expect(pronounForWhich('Which lodger moved to weekly rent?', 'The lodger moved to weekly. [1]')).toBe(
      false,
    );
  });
});
