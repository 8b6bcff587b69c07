import { describe, expect, it } from 'vitest';
import { decisions } from './__fixtures__/spoken-meeting.ts';

const preferred = (lines: [string, string][]) =>
  decisions(lines).filter((text) => text.includes('preferred'));

describe('a preference others share', () => {
  it('is the group choice when the chair says it and a colleague joins in', () => {
    expect(
      preferred([
        ['Project Manager', 'I like the rubber case .'],
        ['Marketing', 'Yeah , me too .'],
        ['Industrial Designer', 'Mm .'],
      ]),
    ).toEqual(['The group preferred the rubber case.']);
  });

  it('needs two colleagues when the chair is not among them', () => {
    const lines: [string, string][] = [
      ['Project Manager', 'Next , the buttons .'],
      ['Marketing', 'I prefer the round buttons .'],
      ['Industrial Designer', 'Me too .'],
    ];
    expect(preferred(lines)).toEqual([]);
    expect(preferred([...lines, ['User Interface', 'I like the round buttons as well .']])).toEqual([
      'The group preferred the round buttons.',
    ]);
  });

  it('leaves a liking for a pronoun, and one nobody shares', () => {
    expect(
      preferred([
        ['Project Manager', 'I like that .'],
        ['Marketing', 'Me too .'],
        ['Project Manager', 'I like the blue one .'],
        ['Marketing', 'Hmm , not sure .'],
      ]),
    ).toEqual([]);
  });
});
