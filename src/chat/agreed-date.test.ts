import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { agreedDateAsked, withAgreedDate } from './agreed-date.ts';

const line = {
  type: 'chat',
  date: '2031-04-15T14:20:00Z',
  text: 'orvik: so we agree the nightly builds stay on the old compiler',
} as unknown as SearchHit;

describe('agreedDateAsked', () => {
  it('reads questions that ask on which day talk agreed or decided something', () => {
    expect(agreedDateAsked('When did the council agree on the nightly build rule?')).toBe(true);
    expect(agreedDateAsked('On what date did we decide to drop the beta channel?')).toBe(true);
    expect(agreedDateAsked('When did the team reach a consensus on the compiler?')).toBe(true);
  });

  it('leaves a time set by the agreement and other acts to their own answers', () => {
    expect(agreedDateAsked('When did we agree to meet with the printers?')).toBe(false);
    expect(agreedDateAsked('When did they decide the release would ship?')).toBe(false);
    expect(agreedDateAsked('When did orvik send the build log?')).toBe(false);
    expect(agreedDateAsked('What did the council agree on?')).toBe(false);
  });
});

describe('withAgreedDate', () => {
  it('leads a spoken line with the day it was said', () => {
    expect(withAgreedDate('orvik: so we agree the nightly builds stay on the old compiler. [1]', line)).toBe(
      'On Tuesday 15 April 2031: orvik: so we agree the nightly builds stay on the old compiler. [1]',
    );
  });

  it('leaves lines of mail or with no known day', () => {
    expect(withAgreedDate('x [1]', { ...line, type: 'email' } as SearchHit)).toBeUndefined();
    expect(withAgreedDate('x [1]', { ...line, date: undefined } as unknown as SearchHit)).toBeUndefined();
  });
});
