import { describe, expect, it } from 'vitest';
import { actions, meeting } from './__fixtures__/spoken-meeting.ts';
import { contextOf } from './meeting-context.ts';
import { commentOnShowing } from './shown-now.ts';

const showing: [string, string][] = [
  ['Chair', 'The kiln budget is settled , so .'],
  ['Chair', 'Odile , go ahead and show us the glaze samples .'],
  ['Odile', "Right , they're laid out on the bench ."],
  ['Bruno', "I'll give some feedback ."],
  ['Odile', 'These three tiles went in at the lower temperature , and the blue one cracked .'],
];

describe('comments promised on what is being shown', () => {
  it('are part of the showing under way, not an action item', () => {
    expect(actions(showing)).toEqual([]);
    const context = contextOf(meeting(showing));
    const said = context.sentences.find((sentence) => sentence.speaker === 'Bruno');
    expect(said && commentOnShowing('Give some feedback', said, context)).toBe(true);
  });

  it('stay an item when the thing is still to come, or nothing is being shown', () => {
    expect(
      actions([
        ['Chair', 'Odile , go ahead and show us the glaze samples .'],
        ['Odile', 'Sure .'],
        ['Bruno', "Once the kiln report is sent round , I'll give comments on it ."],
      ]),
    ).toEqual(['Bruno: Give comments on it']);
    expect(
      actions([
        ['Chair', 'The kiln budget is settled , so .'],
        ['Tamsin', 'The blue tiles cracked again .'],
        ['Bruno', "I'll give some feedback on the firing schedule ."],
      ]),
    ).toEqual(['Bruno: Give some feedback on the firing schedule']);
  });
});
