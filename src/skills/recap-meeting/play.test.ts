import { describe, expect, it } from 'vitest';
import { actions } from './__fixtures__/spoken-meeting.ts';

describe('requests made in a stretch of play', () => {
  const warmUp = (request: string): [string, string][] => [
    ['Project Manager', 'Okay , the pens work like this .'],
    ['Marketing', '{vocalsound}'],
    ['User Interface', '{vocalsound}'],
    ['Project Manager', request],
    ['Marketing', 'Okay .'],
    ['Industrial Designer', '{vocalsound}'],
    ['Project Manager', 'That is a very odd giraffe .'],
    ['User Interface', '{vocalsound} {vocalsound}'],
    ['Marketing', 'It is a horse .'],
    ['Project Manager', 'Right .'],
  ];

  it('are done on the spot, not items, when a third of the turns around are laughter', () => {
    expect(actions(warmUp('Marketing expert , can you draw your favourite animal on the board ?'))).toEqual(
      [],
    );
    expect(actions(warmUp('And then you have to save the drawing in the project folder .'))).toEqual([]);
  });

  it('stay items when the talk around is work', () => {
    const work = warmUp('And then you have to save the drawing in the project folder .').map(
      ([speaker, text]): [string, string] => [speaker, text.startsWith('{') ? 'Fine .' : text],
    );
    expect(actions(work)).toEqual(['Marketing: Save the drawing in the project folder']);
  });
});
