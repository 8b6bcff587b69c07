import { describe, expect, it } from 'vitest';
import { onlySetAsideThing } from './set-aside-thing.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('onlySetAsideThing: the answer gives back the thing the question sets aside', () => {
  it('flags a line that names only the thing set aside', () => {
    const question = 'Which tool did korvel tell ana_q to use after netscan?';
    expect(onlySetAsideThing(question, 'korvel: ana_q: sudo apt-get install netscan. [1]')).toBe(true);
    expect(unsoundAnswer(question, 'korvel: ana_q: sudo apt-get install netscan. [1]')).toBeDefined();
    expect(onlySetAsideThing('Which editor did Bo offer instead of vim?', 'Bo: try vim. [1]')).toBe(true);
  });

  it('keeps a line that names another thing, and a day or a time set aside', () => {
    expect(
      onlySetAsideThing(
        'Which tool did korvel tell ana_q to use after netscan?',
        'korvel: ana_q: after netscan, run hostwatch -p. [1]',
      ),
    ).toBe(false);
    expect(
      onlySetAsideThing('Which editor did Bo offer instead of vim?', 'Bo: use nano instead of vim. [1]'),
    ).toBe(false);
    expect(
      onlySetAsideThing(
        'Who asked me whether I keep the Orla desk after Friday?',
        'Ines wrote: after Friday? [1]',
      ),
    ).toBe(false);
  });
});
