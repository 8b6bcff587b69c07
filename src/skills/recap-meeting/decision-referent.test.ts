import { describe, expect, it } from 'vitest';
import { decisions } from './__fixtures__/spoken-meeting.ts';

describe('a decision whose object is a bare pronoun', () => {
  it('names the one thing the answered turn said was to be done to', () => {
    expect(
      decisions([
        [
          'Coach',
          'The insurer wrote again on Monday . We have to report the sail cloth before the regatta .',
        ],
        ['Treasurer', "Okay , we'll just put it on the spring claim ."],
        ['Coach', 'Okay .'],
      ]),
    ).toEqual(['The group agreed to put the sail cloth on the spring claim.']);
  });

  it('stays as said when the turn before names nothing, or two things', () => {
    expect(
      decisions([
        ['Coach', 'The insurer wrote again on Monday about the regatta .'],
        ['Treasurer', "Okay , we'll just put it on the spring claim ."],
        ['Coach', 'Okay .'],
      ]),
    ).toEqual(['The group agreed to put it on the spring claim.']);
    expect(
      decisions([
        ['Coach', 'We need to check the sail cloth and the life jackets .'],
        ['Treasurer', "Okay , we'll just put it in the shed ."],
        ['Coach', 'Okay .'],
      ]),
    ).toEqual(['The group agreed to put it in the shed.']);
  });
});
