import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { reportsTrouble } from './chat-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('chat lines that put their speaker’s own trouble to the channel', () => {
  it('reads an error reported, an error message and a plea for ideas, not a fix or a cause', () => {
    expect(reportsTrouble('now I am getting: Failed to mount /dev/zz9 (QX_NO_SUCH_SPOOL)')).toBe(true);
    expect(reportsTrouble('and I get this error: cannot open the port')).toBe(true);
    expect(reportsTrouble("KeyError: 'spool' at line 4")).toBe(true);
    expect(reportsTrouble('the panel is gone after the update, any ideas?')).toBe(true);
    expect(reportsTrouble('I got it working by removing the old spool file')).toBe(false);
    expect(reportsTrouble('I was getting that error because the port was taken')).toBe(false);
    expect(reportsTrouble('fixed it, I get no errors now')).toBe(false);
    expect(reportsTrouble('marlo: try spoolctl --reset')).toBe(false);
  });
});

describe('extractiveAnswer: a problem put to the channel answers neither how it was solved nor what was advised', () => {
  const talk = notesHit(
    [
      '[04:10] <tavish> spoolctl keeps failing on my box',
      '[04:11] <tavish> now I am getting: Failed to grant spool rights (QX_NO_SUCH_SPOOL)',
      '[04:12] <brenna_> which printer driver should I use for a Qellar 300?',
      '[04:13] <odric> hi, i installed quellix 7.2 next to the old system, but now it boots straight into the old one, any ideas?',
      '[04:15] <tavish> hello?',
    ].join('\n'),
    'chat',
  );

  it('does not answer how someone got past an error with their own line reporting it', () => {
    const answer = extractiveAnswer(
      'How did tavish get past the QX_NO_SUCH_SPOOL error?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('does not take another speaker’s trouble near the one asked about for what that one was told', () => {
    const answer = extractiveAnswer(
      'Which driver version did someone recommend to brenna_ for quellix 7.2?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('still answers with a line that tells what fixed it', () => {
    const fixed = notesHit(
      [
        '[04:10] <tavish> now I am getting: Failed to grant spool rights (QX_NO_SUCH_SPOOL)',
        '[04:20] <tavish> fixed the QX_NO_SUCH_SPOOL error by adding the spool group to my user',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'How did tavish get past the QX_NO_SUCH_SPOOL error?',
      [fixed],
      new CitationList(),
    );
    expect(answer.answer).toContain('adding the spool group');
  });
});
