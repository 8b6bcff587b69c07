import { describe, expect, it } from 'vitest';
import { actions } from './__fixtures__/spoken-meeting.ts';

/** Talk that fills the first part of a meeting, so that the closing lies in its last quarter. */
const talk = (turns: number): [string, string][] =>
  Array.from({ length: turns }, (_, i) => [
    ['Marketing', 'Industrial Designer', 'User Interface'][i % 3] ?? 'Marketing',
    'The buttons look fine to me .',
  ]);

describe("the chair's closing call to individual work", () => {
  it('gives everyone, the chair too, their own part when "we all" go off to work', () => {
    const found = actions([
      ...talk(12),
      ['Project Manager', 'Okay , we have twenty minutes until the next meeting .'],
      ['Project Manager', "So we're all going off to do our individual work ."],
      ['Marketing', 'Okay .'],
    ]);
    expect(found.sort()).toEqual([
      'Industrial Designer: Do their own part of the work before the next meeting',
      'Marketing: Do their own part of the work before the next meeting',
      'Project Manager: Do their own part of the work before the next meeting',
      'User Interface: Do their own part of the work before the next meeting',
    ]);
  });

  it('leaves out the chair when the others get instructions, and whoever was handed a task of their own', () => {
    const found = actions([
      ...talk(12),
      ['Project Manager', 'Marketing expert , you need to prepare the user survey .'],
      ['Marketing', 'Yes , sure .'],
      ['Project Manager', "Further instructions you'll get by email . See you in an hour ."],
    ]);
    expect(found.sort()).toEqual([
      'Industrial Designer: Follow the instructions that come and do their own part before the next meeting',
      'Marketing: Prepare the user survey',
      'User Interface: Follow the instructions that come and do their own part before the next meeting',
    ]);
  });

  it('finds nothing early in the meeting, without a next meeting, or in a question', () => {
    expect(
      actions([
        [
          'Project Manager',
          'First we all go off and do our individual work . Then we meet again in an hour .',
        ],
        ...talk(12),
      ]),
    ).toEqual([]);
    expect(actions([...talk(12), ['Project Manager', "We're all doing our individual work ."]])).toEqual([]);
    expect(
      actions([
        ...talk(12),
        ['Project Manager', 'Do we all do our individual work now ?'],
        ['Project Manager', 'The next meeting is in an hour .'],
      ]),
    ).toEqual([]);
  });
});
