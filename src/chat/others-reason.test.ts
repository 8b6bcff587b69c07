import { describe, expect, it } from 'vitest';
import { othersWordForMyReason } from './others-reason.ts';

describe("another writer's sentence for the asker's own reason", () => {
  const asker = 'ida.brenner@example.com';

  it('flags a sentence whose "I" is another writer', () => {
    expect(
      othersWordForMyReason(
        'Why did I go to Velm in March?',
        "I'd like a card that lets me fly to Velm (since that's where my sister lives). [1]",
        'tomas.lind@example.com',
        asker,
      ),
    ).toBe(true);
  });

  it('reads no shared firm in names that carry their mail host ("Tomas Lind/Orlacorp@Orlacorp")', () => {
    expect(
      othersWordForMyReason(
        'Why did I go to Velm in March?',
        "I'd like a card that lets me fly to Velm (since that's where my sister lives). [1]",
        'Tomas Lind/Orlacorp@Orlacorp',
        'Ida Brenner/Orlacorp@Orlacorp',
      ),
    ).toBe(true);
  });

  it('flags another writer telling the asker what they did, with no reason', () => {
    expect(
      othersWordForMyReason(
        'Why did I turn down the Velm lease?',
        'On Monday, March 3, 2031 9:10 AM, Tomas Lind wrote (quoted in "RE: Velm lease"): I gather you turned down the Velm lease. [1]',
        'Tomas Lind',
        asker,
      ),
    ).toBe(true);
  });

  it("keeps the asker's own words, a reason told to the asker, and other questions", () => {
    expect(
      othersWordForMyReason(
        'Why did I go to Velm in March?',
        'I went to Velm for my aunt Pia. [1]',
        'Brenner, Ida',
        asker,
      ),
    ).toBe(false);
    expect(
      othersWordForMyReason(
        'Why did I turn down the Velm lease?',
        'You turned it down because the lease runs past May. [1]',
        'Tomas Lind',
        asker,
      ),
    ).toBe(false);
    expect(
      othersWordForMyReason(
        'Why did Tomas go to Velm?',
        'I went to Velm for my aunt. [1]',
        'Tomas Lind',
        asker,
      ),
    ).toBe(false);
    expect(
      othersWordForMyReason(
        'Why did I go to Velm?',
        'I went to Velm for my aunt. [1]',
        'Tomas Lind',
        undefined,
      ),
    ).toBe(false);
  });
});
