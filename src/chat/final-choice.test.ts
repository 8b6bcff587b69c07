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

describe('final-choice: what worked', () => {
  const slow = notesHit(
    [
      '[21:02] <pell_r> my copies to the nas crawl at 9 MB/s over the plinth share, ftp is fine',
      '[21:04] <ruud> pell_r: try another cable first',
      '[21:09] <pell_r> wow',
      '[21:09] <pell_r> buffer_depth = 64 in plinth.conf',
      '[21:09] <pell_r> fixed my copy speed',
      '[21:12] <ruud> pell_r: nice',
      '[21:15] <pell_r> ok',
      '[21:16] <pell_r> ruud: fixed it btw =)',
      '[21:20] <tamsin> how can I keep the dock from starting with the session?',
      '[21:26] <tamsin> btw I ran dockctl --no-autostart for the dock which worked',
    ].join('\n'),
    'chat',
  );
  const none = async () => undefined;
  const ask = (question: string) => finalChoiceAnswer(question, [slow], new CitationList(), undefined, none);

  it('reads a question that asks what fixed something, and lines that say what worked', () => {
    expect(asksFinalChoice("Which setting fixed pell_r's slow copies?")).toBe(true);
    expect(asksFinalChoice('Which setting did pell_r ask about?')).toBe(false);
    expect(statesChoice('I ran dockctl --no-autostart which worked')).toBe(true);
    expect(statesChoice('fixed my copy speed')).toBe(true);
    expect(statesChoice('did that fix it?')).toBe(false);
    expect(
      chooserAsked("Which setting fixed pell_r's slow copies?", undefined, new Set(['pell_r', 'ruud'])),
    ).toBe('pell_r');
  });

  it('answers with the step before a line that only says it worked, not the line that states the trouble', async () => {
    const answer = await ask("Which setting fixed pell_r's slow copies to the nas?");
    expect(answer?.answer).toContain('buffer_depth = 64');
    expect(answer?.answer).not.toContain('9 MB/s');
  });

  it('answers with a line that says its own step worked', async () => {
    const answer = await ask('What did tamsin finally use to keep the dock from starting?');
    expect(answer?.answer).toContain('dockctl --no-autostart');
  });
});

describe('final-choice: the winner named by the one the question names alone', () => {
  const boot = notesHit(
    [
      '[13:40] <vessa_q> my boot menu lost the old system after I wiped the spare disk',
      '[13:42] <dorrin> vessa_q: try bootmend --scan /dev/vdc /all',
      '[13:47] <vessa_q> dorrin: bootmend stops with access denied on vdc',
      '[13:49] <dorrin> vessa_q: then bootmend --scan /dev/vdc /target E: /all',
      '[13:58] <vessa_q> ok, the winner was bootmend --scan /dev/vdd /target K: and the menu is back',
      '[13:59] <dorrin> vessa_q: nice',
    ].join('\n'),
    'chat',
  );
  const none = async () => undefined;

  it('reads "the winner was …" as what worked, and the one speaker named as the one asked', () => {
    expect(statesChoice('ok, the winner was bootmend --scan /dev/vdd')).toBe(true);
    expect(statesChoice('what worked was a fresh loader')).toBe(true);
    expect(statesChoice('who was the winner of the vote?')).toBe(false);
    const speakers = new Set(['vessa_q', 'dorrin']);
    expect(chooserAsked('Which command finally gave vessa_q a boot menu?', undefined, speakers)).toBe(
      'vessa_q',
    );
    expect(chooserAsked('Which command did dorrin finally give vessa_q?', undefined, speakers)).toBe(
      'dorrin',
    );
    expect(chooserAsked('Which command finally gave the menu back?', undefined, speakers)).toBeUndefined();
  });

  it("answers with the named speaker's line that names the winner, not a helper's suggestion", async () => {
    const answer = await finalChoiceAnswer(
      'Which command finally gave vessa_q a working boot menu?',
      [boot],
      new CitationList(),
      undefined,
      none,
    );
    expect(answer?.answer).toContain('/dev/vdd /target K:');
    expect(answer?.answer).not.toContain('/target E:');
  });
});
