import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('extractiveAnswer: a reply to the one who asked the channel, many lines below', () => {
  const chatter = [
    '[09:11] <tamsin> my panel clock shows the wrong hour',
    '[09:11] <quill> tamsin: set the zone in the clock applet',
    '[09:11] <ferro> anyone here with a dual screen setup?',
    '[09:12] <quill> ferro: two of them, both fine',
    '[09:12] <tamsin> quill: that fixed it',
    '[09:12] <ferro> quill: which driver?',
    '[09:12] <quill> ferro: the open one',
    '[09:13] <ollo> hello all',
    '[09:13] <ferro> quill: ok thanks',
    '[09:13] <marde> my fan is loud after the upgrade',
    '[09:13] <quill> marde: check the governor setting',
    '[09:14] <marde> quill: it says powersave',
  ];
  const log = notesHit(
    [
      '[09:09] <brennic> pell_o: and then you should use the command I gave you for the share',
      '[09:10] <pell_o> is there any tool to bring back a wiped photo from my camera card ?',
      ...chatter,
      '[09:14] <brennic> pell_o you could try fotorescue',
    ].join('\n'),
    'chat',
  );

  it('answers with the reply addressed to the asker, not an earlier line to them', () => {
    const answer = extractiveAnswer(
      'What did brennic suggest to pell_o for getting a wiped photo back?',
      [log],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('fotorescue');
  });

  it('leaves a yes-or-no question put to the channel to its yes or no', () => {
    const yesNo = notesHit(
      [
        '[09:10] <pell_o> is the camera card reader supported ?',
        '[09:11] <brennic> pell_o: yes',
        '[09:12] <brennic> pell_o: the lamp beside it is a pain though',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer('Which lamp did brennic mention to pell_o?', [yesNo], new CitationList());
    expect(answer.answer).not.toMatch(/: yes\b/);
  });
});
