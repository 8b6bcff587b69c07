import { describe, expect, it } from 'vitest';
import { correctionOf, withChatCorrection } from './chat-correction.ts';

const log = [
  'brisk_owl: wenna: to drop the old kernels run apt-get autoclean',
  'wenna: brisk_owl: thanks, trying',
  'tomzel: anyone here using a tilde dock?',
  'brisk_owl: s/autoclean/autoremove/',
  'wenna: brisk_owl: that did it',
].join('\n');

describe('correctionOf', () => {
  it('reads the same speaker’s next line when it puts the picked one right', () => {
    expect(correctionOf(log, 'brisk_owl', 'to drop the old kernels run apt-get autoclean.')).toEqual({
      line: 's/autoclean/autoremove/',
      from: 'autoclean',
      to: 'autoremove',
    });
    const starred = 'pelle: the release is supportd until 2031\nkarit: ok\npelle: *supported, sorry';
    expect(correctionOf(starred, 'pelle', 'the release is supportd until 2031')?.line).toBe(
      '*supported, sorry',
    );
    const typo =
      "vanna: mirek: run 'sudo lpstat-reset' as root\nmirek: ok\nvanna: mirek: typo .. lpstat-reset s/b lpadmin-reset";
    expect(correctionOf(typo, 'vanna', "run 'sudo lpstat-reset' as root")?.line).toContain('typo');
  });

  it('reads a short line that names the right thing and then says sorry', () => {
    const meant = [
      'orvik: for the spring release we will likely need a lighter theme',
      'talma: the spring release of the tablet edition?',
      'orvik: desktop edition with lighter theme sorry',
    ].join('\n');
    expect(
      correctionOf(meant, 'orvik', 'for the spring release we will likely need a lighter theme')?.line,
    ).toBe('desktop edition with lighter theme sorry');
    for (const apology of ['no idea about that, sorry', "I'm really sorry", 'sorry'])
      expect(
        correctionOf(`orvik: use the lighter theme\norvik: ${apology}`, 'orvik', 'use the lighter theme'),
      ).toBeUndefined();
  });

  it('takes a number written a few lines on for another number, not a respelling', () => {
    const bugs = [
      'dessa: kern: my question was about 881212, not 881299',
      'kern: it broke in the spring',
      'dessa: ticket 881217',
    ].join('\n');
    expect(correctionOf(bugs, 'dessa', 'kern: my question was about 881212, not 881299')).toBeUndefined();
  });

  it('leaves a line whose speaker goes on to say something else, or an act in asterisks', () => {
    const goesOn = 'pelle: the release is supported until 2031\npelle: and the next one until 2033';
    expect(correctionOf(goesOn, 'pelle', 'the release is supported until 2031')).toBeUndefined();
    const act = 'pelle: the release is supported until 2031\npelle: *cough*';
    expect(correctionOf(act, 'pelle', 'the release is supported until 2031')).toBeUndefined();
    // Another speaker's "s/…/…/" corrects their own line, not the one picked.
    const other = 'pelle: use grub-install\nkarit: s/grub-install/grub-mkconfig/';
    expect(correctionOf(other, 'pelle', 'use grub-install')).toBeUndefined();
  });
});

describe('withChatCorrection', () => {
  const hit = { type: 'chat' as const, text: log };

  it('applies a sed-style correction to the answer and says so', () => {
    expect(withChatCorrection('brisk_owl: to drop the old kernels run apt-get autoclean. [1]', hit)).toBe(
      'brisk_owl: to drop the old kernels run apt-get autoremove. [1] (brisk_owl corrected "autoclean" to "autoremove")',
    );
  });

  it('reads a correction that opens the next passage of the log', () => {
    const first = { type: 'chat' as const, text: 'pelle: the release is supportd until 2031\nkarit: ok' };
    expect(
      withChatCorrection('pelle: the release is supportd until 2031. [1]', first, 'pelle: *supported, sorry'),
    ).toBe('pelle: the release is supportd until 2031. [1] (pelle then wrote: "*supported, sorry")');
  });

  it('leaves answers from mail or from lines nobody corrected as they are', () => {
    expect(withChatCorrection('wenna: brisk_owl: that did it. [1]', hit)).toBe(
      'wenna: brisk_owl: that did it. [1]',
    );
    expect(withChatCorrection('brisk_owl: run apt-get autoclean. [1]', { type: 'email', text: log })).toBe(
      'brisk_owl: run apt-get autoclean. [1]',
    );
  });
});

describe('a word written again, respelt, a few lines on', () => {
  const respeltLog = [
    'tovi_k: marra, you can rebuild it with sudo plinth-setup --reset mixerd-conifg',
    'marra: tovi_k, will it wipe my levels?',
    'tovi_k: marra: the saved scenes stay',
    'marra: tovi_k, plinth-setup stops with an error',
    'tovi_k: marra: look at the list in /opt/plinth first',
    'tovi_k: marra mixerd-config ?',
  ].join('\n');

  it('reads the one-word line of the same speaker as the correction of that word', () => {
    expect(
      correctionOf(
        respeltLog,
        'tovi_k',
        'marra, you can rebuild it with sudo plinth-setup --reset mixerd-conifg',
      ),
    ).toEqual({ line: 'marra mixerd-config ?', from: 'mixerd-conifg', to: 'mixerd-config' });
    expect(
      withChatCorrection(
        'tovi_k: marra, you can rebuild it with sudo plinth-setup --reset mixerd-conifg. [1]',
        { type: 'chat', text: respeltLog },
      ),
    ).toContain('--reset mixerd-config. [1] (tovi_k corrected "mixerd-conifg" to "mixerd-config")');
  });

  it('leaves a one-word line that writes another word, or another speaker’s', () => {
    const other = respeltLog.replace('tovi_k: marra mixerd-config ?', 'tovi_k: marra plinthctl ?');
    expect(correctionOf(other, 'tovi_k', 'sudo plinth-setup --reset mixerd-conifg')).toBeUndefined();
    const theirs = respeltLog.replace('tovi_k: marra mixerd-config ?', 'marra: mixerd-config ?');
    expect(correctionOf(theirs, 'tovi_k', 'sudo plinth-setup --reset mixerd-conifg')).toBeUndefined();
  });
});
