import { describe, expect, it } from 'vitest';
import { actions, DAY, decisions, meeting } from './__fixtures__/spoken-meeting.ts';
import { findActionItems } from './action-items.ts';
import { readableTurn } from './meeting-context.ts';

describe('plans people state for their own work', () => {
  it('takes "the next thing I\'m gonna try is…" and "the other thing we wanna do is…" as the speaker\'s', () => {
    expect(
      actions([
        ['Professor K', 'OK , and what else ?'],
        [
          'Grad M',
          "So the next experiment I 'm gonna try is to retrain the tone models with the new labels .",
        ],
        ['Professor K', 'The other thing we wanna do is catch up with Lena about the lexicon .'],
      ]),
    ).toEqual([
      'Grad M: Retrain the tone models with the new labels',
      'Professor K: Catch up with Lena about the lexicon',
    ]);
  });

  it('takes a meeting arranged for a time said, and an experiment the speaker wants to run', () => {
    expect(
      actions([
        ['Grad M', "I haven't started on the scoring yet , I 'm meeting with Tomas tomorrow ."],
        ['PhD R', 'So I wanna compare the clean case with the noisy case .'],
      ]),
    ).toEqual(['Grad M: Meet with Tomas', 'PhD R: Compare the clean case with the noisy case']);
    expect(
      findActionItems(meeting([['Grad M', "I 'm meeting with Tomas tomorrow ."]]), DAY)[0],
    ).toMatchObject({
      due: '2026-03-11',
      dueText: 'tomorrow',
    });
  });

  it('leaves a wish that is no experiment, and "we can try" with no time after the meeting', () => {
    expect(
      actions([
        ['Professor K', 'Right .'],
        ['PhD R', 'I wanna say something about the lexicon .'],
        ['PhD R', 'We can try to fix the alignment .'],
      ]),
    ).toEqual([]);
    expect(
      actions([
        [
          'Professor K',
          'Right , so that is where everybody stands with the experiments and the lexicon today .',
        ],
        ['PhD R', 'I guess we can try to have a cleaner test set for next week .'],
      ]),
    ).toEqual(['PhD R: Try to have a cleaner test set']);
  });

  it("gives the plan said in answer to the chair's question about next week to the one who answers", () => {
    expect(
      actions([
        ['Professor K', "What 's your plan for next week ?"],
        ['PhD R', 'Well , we can rerun the tagger on the second half , and then see .'],
      ]),
    ).toEqual(['PhD R: Rerun the tagger on the second half']);
  });

  it('leaves commitments under a condition, in questions, at the board, or cut off', () => {
    expect(
      actions([
        ['Witness A', 'If I can just pick up on the point about funding , it matters .'],
        ['Designer', "Are we going to show it like that , and I 'll draw the menu ?"],
        ['Designer', "I 'll sketch the layout on the whiteboard here ."],
        ['Manager', 'You will have to use the colour of the , of the .'],
        ['Manager', "I 'll make an example ."],
      ]),
    ).toEqual([]);
  });

  it('does not take a task for one said long before with only its verb in common', () => {
    const lines: [string, string][] = [['Grad E', "I 'll send you the pointer to the survey paper ."]];
    for (let i = 0; i < 12; i++) lines.push([i % 2 ? 'Grad B' : 'Professor K', `Count ${i} was fine .`]);
    lines.push(['Grad E', 'Recordings . I will send you those .']);
    expect(actions(lines)).toEqual([
      'Grad E: Send them the pointer to the survey paper',
      'Grad E: Send them those',
    ]);
  });
});

describe('what a witness undertakes', () => {
  it('takes "take that away" and "keep the committee updated" as tasks', () => {
    expect(
      actions([
        ['Chair', 'Can you say when the review will report ?'],
        ['Minister', "I don't know the date . I 'll take that away and check with officials ."],
        ['Minister', "And we 'll keep the committee updated on the review ."],
      ]),
    ).toEqual([
      'Minister: Take that away and check with officials',
      'Minister: Keep the committee updated on the review',
    ]);
  });
});

describe('choices made without saying "decided"', () => {
  it('takes a preference the chair takes up, and a plain choice another speaker accepts', () => {
    expect(
      decisions([
        [
          'Engineer',
          'We would like to use a dial instead of the touch pad and so we want to save on the chip .',
        ],
        ['Project Manager', 'Okay , so a dial and voice control for the rest .'],
        ['Engineer', 'And we just stick with two batteries so there is no solar panel .'],
        ['Project Manager', 'Yeah , fine .'],
      ]),
    ).toEqual([
      'The group agreed to use a dial instead of the touch pad.',
      'The group agreed to stick with two batteries.',
    ]);
  });

  it('leaves a preference met only with a "yeah", or with "yeah, but"', () => {
    expect(
      decisions([
        ['Engineer', 'We want to go for a wooden case .'],
        ['Project Manager', 'Yeah .'],
        ['Engineer', 'We just stick with the old charger .'],
        ['Designer', "Yeah but that 's too expensive ."],
      ]),
    ).toEqual([]);
  });

  it("takes the chair's ruling that nobody objects to, and not one that is questioned", () => {
    expect(
      decisions([
        ['Project Manager', 'Hmm . I think we have to keep the display .'],
        ['Designer', 'If we change the dial into four buttons .'],
        ['Project Manager', 'Then it is only ten euros .'],
      ]),
    ).toEqual(['The group decided to keep the display.']);
    expect(
      decisions([
        ['Project Manager', 'We have to drop the speaker .'],
        ['Designer', 'Why ? It is cheap .'],
      ]),
    ).toEqual([]);
  });

  it('takes who is point person on a piece of work', () => {
    expect(
      decisions([
        ['Professor K', 'And Priya is point person on the tokenizer , and we start on that next week .'],
      ]),
    ).toEqual(['The group decided that Priya is point person on the tokenizer.']);
  });

  it('reads a chair\'s run of points settled by the chair\'s own word, with the determiner "no" kept', () => {
    expect(
      decisions([
        ['Designer', 'Then it is eleven euros , then it is okay .'],
        ['Project Manager', 'Yes , yes . No dial . Push-buttons . No special finish . Then it is okay .'],
        ['Designer', 'Mm .'],
      ]),
    ).toEqual(['The group settled on: no dial; push-buttons; no special finish.']);
    expect(readableTurn('Okay , so no dial . No , I disagree .')).toBe('No dial. I disagree.');
  });

  it('takes a firm proposal softened inside by "maybe" once accepted, without the hedge', () => {
    expect(
      decisions([
        ['Grad E', 'I think we should leave the verb particles maybe outside of the grammar for now .'],
        ['Grad B', 'Yeah .'],
      ]),
    ).toEqual(['The group agreed to leave the verb particles outside of the grammar for now.']);
    expect(
      decisions([
        ['Grad E', 'Maybe we should drop the verb particles .'],
        ['Grad B', 'Yeah .'],
      ]),
    ).toEqual([]);
  });

  it('leaves a purpose clause and a brainstorm met only with "yeah"', () => {
    expect(
      decisions([
        ['Marketing', 'I made some criteria , so we can score our model .'],
        ['Project Manager', 'Oh okay , you made some criteria . Okay , cool .'],
        ['Marketing', 'We could make a lot of different cases .'],
        ['Project Manager', 'Yeah .'],
      ]),
    ).toEqual([]);
  });
});
