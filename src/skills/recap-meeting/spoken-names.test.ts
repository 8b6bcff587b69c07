import { describe, expect, it } from 'vitest';
import { actions, meeting } from './__fixtures__/spoken-meeting.ts';
import { participants } from './meeting-context.ts';
import { spokenNames } from './spoken-names.ts';

const ROLE = (label: string) => /^(?:Project|Industrial|User|Marketing|Grad)\b/.test(label);

describe('names said in a meeting of role-labelled speakers', () => {
  it('takes a self-introduction, and a name answered twice by the same speaker', () => {
    const names = spokenNames(
      meeting([
        ['User Interface', "Well I 'm Tobin , the interface designer ."],
        ['Project Manager', 'Okay . Thanks . Then uh Tobin can go next . Ilse , what do you think ?'],
        ['Marketing', 'I think it is fine .'],
        ['Industrial Designer', 'I think like Ilse said , it is fine .'],
        ['Project Manager', 'Right . Ilse , and the colours ?'],
        ['Marketing', 'Yellow .'],
      ]),
      ROLE,
    );
    expect([...names]).toEqual([
      ['tobin', 'User Interface'],
      ['ilse', 'Marketing'],
    ]);
  });

  it('leaves a name answered once, interjections, and names answered by different speakers', () => {
    const names = spokenNames(
      meeting([
        ['Project Manager', 'Wow . Ilse , what do you think ?'],
        ['Marketing', 'Fine by me .'],
        ['Project Manager', 'Oops .'],
        ['Industrial Designer', 'Oops , that was not like Oops at all .'],
        ['Project Manager', 'Okay , Bram ?'],
        ['Industrial Designer', 'Yes .'],
        ['Project Manager', 'And then Bram , you ?'],
        ['Marketing', 'Yes .'],
        ['Project Manager', 'Bram , the last one ?'],
        ['User Interface', 'Yes .'],
      ]),
      ROLE,
    );
    expect([...names]).toEqual([]);
  });

  it('learns nothing when speakers carry their own names', () => {
    const lines = [
      ['Ms Vera Holt', "I 'm Dana , the clerk ."],
      ['Chair', 'Thank you .'],
    ] as const;
    expect([...spokenNames(meeting(lines), ROLE)]).toEqual([]);
    expect(participants(meeting(lines)).get('dana')).toBeUndefined();
  });

  it('gives a request made by name to the speaker known by it', () => {
    expect(
      actions([
        ['User Interface', "Um . I 'm Tobin , the interface designer ."],
        ['Project Manager', 'Good .'],
        ['Industrial Designer', 'Tobin , can you put my sketch in the shared folder ?'],
        ['User Interface', 'Yeah , I will .'],
      ]),
    ).toEqual(['User Interface: Put their sketch in the shared folder']);
  });
});

describe("the chair's hand-out to colleagues known by name", () => {
  const introductions = [
    ['Industrial Designer', "Hi . I 'm Bram , the industrial designer ."],
    ['User Interface', "And I 'm Tobin , the interface designer ."],
    ['Marketing', "I 'm Ilse , from marketing ."],
  ] as const;

  it('gives each named colleague the work said after their name', () => {
    expect(
      actions([
        ...introductions,
        [
          'Project Manager',
          'So for the next round , Bram the casing design , Tobin the button layout and Ilse the market survey .',
        ],
        ['Marketing', 'Okay .'],
      ]),
    ).toEqual([
      'Industrial Designer: Work on the casing design',
      'User Interface: Work on the button layout',
      'Marketing: Work on the market survey',
    ]);
  });

  it('leaves a list with one known name, and a list said by someone else than the chair', () => {
    expect(
      actions([
        ...introductions,
        ['Project Manager', 'Bram the casing design , Wendel the button layout .'],
        ['Marketing', 'Bram the casing design , Tobin the button layout .'],
      ]),
    ).toEqual([]);
  });
});
