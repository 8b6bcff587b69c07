import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { carriesType } from './answer-type.ts';
import { offersBareThing, pastAddress, speakersOf, toldInQuestion } from './chat-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const speakers = new Set(['wendel', 'pirra_', 'osk']);

describe('chat lines that offer a thing, and the one a question names as given it', () => {
  it('reads the one given a thing the question names first', () => {
    expect(toldInQuestion('Who suggested tilewm to wendel as a window manager?')).toEqual(['wendel']);
    expect(toldInQuestion('Which page did osk recommend the old wiki to pirra_ for?')).toEqual(['pirra_']);
    expect(toldInQuestion('Who suggested to restart the daemon?')).toEqual(['restart']);
    expect(toldInQuestion('Who gave the keys back?')).toEqual([]);
  });

  it('reads a line past the nick it addresses, and a bare thing offered with a question mark', () => {
    expect(pastAddress('wendel, quillmail', speakers)).toBe('quillmail');
    expect(pastAddress('Note: quillmail', speakers)).toBe('Note: quillmail');
    expect(speakersOf([{ speaker: 'Wendel' }, {}, { speaker: 'osk' }])).toEqual(new Set(['wendel', 'osk']));
    expect(offersBareThing('wendel: quillmail?', speakers)).toBe(true);
    expect(offersBareThing('wendel, the live disk?', speakers)).toBe(true);
    expect(offersBareThing('wendel: why?', speakers)).toBe(false);
    expect(offersBareThing('wendel: which one?', speakers)).toBe(false);
    expect(offersBareThing('quillmail?', speakers)).toBe(false);
    expect(offersBareThing('wendel: did you reboot after the update?', speakers)).toBe(false);
  });

  it('does not take "for some reason" as a reason', () => {
    expect(carriesType('for some reason my client cannot reach the relay', 'reason')).toBe(false);
    expect(carriesType('it hangs for no apparent reason', 'reason')).toBe(false);
    expect(carriesType('it hangs because the relay drops idle links', 'reason')).toBe(true);
  });
});

describe('extractiveAnswer: who offered a thing, and lines that put a problem to the channel', () => {
  const talk = notesHit(
    [
      '[09:01] <wendel> which mail program is light enough for an old netbook?',
      '[09:02] <pirra_> wendel: quillmail?',
      '[09:03] <wendel> pirra_: never heard of it',
      '[09:04] <osk> wendel, brambledisk',
      '[09:05] <wendel> how do I copy a whole disk to a file?',
      '[09:06] <wendel> osk: thanks',
    ].join('\n'),
    'chat',
  );

  it('names the speaker of a bare thing offered with a question mark', () => {
    const answer = extractiveAnswer('Who suggested quillmail to wendel?', [talk], new CitationList());
    expect(answer.answer).toContain('pirra_: wendel: quillmail?');
  });

  it('reads the nick a line opens with by a comma as its addressee, not as a list of names', () => {
    const answer = extractiveAnswer('Who suggested brambledisk to wendel?', [talk], new CitationList());
    expect(answer.answer).toContain('osk: wendel, brambledisk');
  });

  it('does not answer how someone solved a problem with the line that put it to the channel', () => {
    const log = notesHit(
      [
        '[11:01] <marjat> my "seven" key stopped working after I swapped keyboards. Any ideas?',
        '[11:02] <osk> pirra_: the mirror is back up',
        '[11:03] <pirra_> osk: thanks',
      ].join('\n'),
      'chat',
    );
    const how = extractiveAnswer(
      'How did marjat get the "seven" key working again?',
      [log],
      new CitationList(),
    );
    expect(how.found).toBe(false);
  });

  it('does not answer why with a line that only says "for some reason"', () => {
    const log = notesHit(
      [
        '[12:01] <tamsk> for some reason my pager client will not connect to the relay .. any ideas?',
        '[12:02] <osk> tamsk: which relay?',
        '[12:03] <pirra_> the mirror is slow today',
      ].join('\n'),
      'chat',
    );
    const why = extractiveAnswer("Why can't pirra_ connect to the relay?", [log], new CitationList());
    expect(why.found).toBe(false);
  });
});

describe('extractiveAnswer: which things of a kind someone suggested', () => {
  it("takes the speaker's line that names the kind asked over their other advice to the same one", () => {
    const talk = notesHit(
      [
        '[14:01] <marlo_> how do I get a launcher bar like on a mac?',
        '[14:02] <tenvik> marlo_: you can also rerun old commands with !',
        '[14:03] <tenvik> marlo_: try fc -l | tail',
        '[14:04] <marlo_> ok',
        '[14:05] <tenvik> marlo_: theres pebblebar quaybar flint-bar',
        '[14:06] <marlo_> thanks',
      ].join('\n'),
      'chat',
    );
    const question = 'Which bars did tenvik suggest to marlo_?';
    const answer = extractiveAnswer(question, [talk], new CitationList(), undefined, undefined, 'tenvik');
    expect(answer.answer).toContain('pebblebar quaybar flint-bar');
    expect(answer.answer).not.toContain('fc -l');
  });
});
