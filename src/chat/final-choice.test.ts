import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { asksFinalChoice, chooserAsked, finalChoiceAnswer, statesChoice } from './final-choice.ts';

describe('final-choice: what someone settled on in the end', () => {
  it('reads a question that asks the last choice, and lines that state one', () => {
    expect(asksFinalChoice('Which release did kit_m go with in the end?')).toBe(true);
    expect(asksFinalChoice('Which editor did ana end up using?')).toBe(true);
    expect(asksFinalChoice('Which release did kit_m ask about?')).toBe(false);
    expect(statesChoice("well, I guess I'll go with 8.2 then")).toBe(true);
    expect(statesChoice('so, back to vim, I guess.')).toBe(true);
    expect(statesChoice('hmm I had to pass -B 9 to it')).toBe(true);
    expect(statesChoice("I'll get back to you on that")).toBe(false);
    expect(statesChoice('should I go with 8.2?')).toBe(false);
    expect(statesChoice("what's up with release 9? I'm trying to upgrade to it")).toBe(false);
  });

  it('takes the nick after "did" when a speaker has it', () => {
    const speakers = new Set(['kit_m_', 'orla']);
    expect(chooserAsked('Which release did kit_m go with in the end?', undefined, speakers)).toBe('kit_m');
    expect(chooserAsked('Which release did tamsin go with in the end?', undefined, speakers)).toBeUndefined();
  });

  const talk = notesHit(
    [
      "[19:22] <kit_m> what's up with quellix release 9? I'm trying to upgrade to it, but there is no disk image for it",
      '[19:23] <orla> kit_m: release 9 is out of support',
      '[19:25] <kit_m> orla, then release 10 is what I want to upgrade to, if the panel works there',
      '[19:27] <brenna_> anyone here know the qellar printer driver?',
      "[19:30] <kit_m> well, I guess I'll go with release 8.2 and hope it works out better than 10",
      '[19:31] <orla> kit_m: good luck',
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
    expect(answer?.answer).toContain('8.2');
    expect(answer?.answer).not.toContain('no disk image');
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
