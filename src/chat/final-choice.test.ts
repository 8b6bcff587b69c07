import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { asksFinalChoice, chooserAsked, finalChoiceAnswer, statesChoice } from './final-choice.ts';

describe('final-choice: what someone settled on in the end', () => {
  it('reads a question that asks the last choice, and lines that state one', () => {
    expect(asksFinalChoice('Which release did kit_m go with in the end?')).toBe(true);
    expect(asksFinalChoice('Which editor did ana end up using?')).toBe(true);
    expect(asksFinalChoice('Which release did kit_m ask about?')).toBe(false);
    expect(statesChoice("ok, I'll go with the 3.1 branch then")).toBe(true);
    expect(statesChoice('so, back to nano for now.')).toBe(true);
    expect(statesChoice('in the end I had to set the flag by hand')).toBe(true);
    expect(statesChoice("I'll get back to you on that")).toBe(false);
    expect(statesChoice('should I go with 3.1?')).toBe(false);
    expect(statesChoice("is release 4 any good? I'm thinking of moving to it")).toBe(false);
  });

  it('takes the nick after "did" when a speaker has it', () => {
    const speakers = new Set(['kit_m_', 'orla']);
    expect(chooserAsked('Which release did kit_m go with in the end?', undefined, speakers)).toBe('kit_m');
    expect(chooserAsked('Which release did tamsin go with in the end?', undefined, speakers)).toBeUndefined();
  });

  const talk = notesHit(
    [
      "[09:10] <kit_m> is quellix release 4 any good? I'm thinking of moving to it, but its installer fails here",
      '[09:11] <orla> kit_m: release 4 lost its support last month',
      '[09:13] <kit_m> orla, then release 5 is the one to move to, if the panel works there',
      '[09:14] <brenna_> anyone here know the qellar printer driver?',
      "[09:18] <kit_m> ok, I'll go with release 3.6 for now and stay off 5 until it settles",
      '[09:19] <orla> kit_m: fair enough',
    ].join('\n'),
    'chat',
  );
  const none = async () => undefined;

  it("answers with the chooser's last line that states the choice, not the line that asks about the release", async () => {
    const answer = await finalChoiceAnswer(
      'Which quellix release did kit_m decide to go with in the end?',
      [talk],
      new CitationList(),
      undefined,
      none,
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('3.6');
    expect(answer?.answer).not.toContain('installer fails');
  });

  it('answers nothing when the one asked states no choice, or the question asks none', async () => {
    expect(
      await finalChoiceAnswer(
        'Which printer driver did brenna_ end up using?',
        [talk],
        new CitationList(),
        undefined,
        none,
      ),
    ).toBeUndefined();
    expect(
      await finalChoiceAnswer(
        'Which quellix release did kit_m ask about?',
        [talk],
        new CitationList(),
        undefined,
        none,
      ),
    ).toBeUndefined();
  });
});
