import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { asksNamedThing, marksName } from './chat-named-thing.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const speakers = new Set(['quenby', 'ardo_']);

describe('a chat line that marks a name the question does not hold', () => {
  it('reads a capital inside a clause, a word in capitals, a long number, letters run into digits', () => {
    const question = 'Which disk tool did quenby recommend to ardo_ instead of Quillchat?';
    expect(marksName('ardo_: better use Brambledisk', question, speakers)).toBe(true);
    expect(marksName('ardo_: QDR is a tool for that', question, speakers)).toBe(true);
    expect(marksName('bug 48213', question, speakers)).toBe(true);
    expect(marksName('format it as zfs9 first', question, speakers)).toBe(true);
    expect(marksName('ardo_: There are some disk tools you can try', question, speakers)).toBe(false);
    expect(marksName("ardo_: and don't use Quillchat at all", question, speakers)).toBe(false);
    expect(marksName('I think so. Maybe later', question, speakers)).toBe(false);
    // A nick it opens with is no name, one of the log or not; a path marks one, but not strongly.
    expect(marksName('kit42: there are some disk tools', question, speakers)).toBe(false);
    expect(marksName('ardo_: /etc/zz/spool.conf', question, speakers)).toBe(true);
    expect(marksName('ardo_: /etc/zz/spool.conf', question, speakers, true)).toBe(false);
  });

  it('reads a question that asks for one thing by what it is', () => {
    expect(asksNamedThing('Which bug did quenby point ardo_ to?')).toBe(true);
    expect(asksNamedThing('What did quenby suggest ardo_ use instead of Quillchat?')).toBe(true);
    expect(asksNamedThing('Why did quenby leave?')).toBe(false);
    expect(asksNamedThing('What did ardo_ remove?')).toBe(false);
  });
});

describe('extractiveAnswer: of a speaker’s lines alike, the one that names the thing asked', () => {
  const talk = notesHit(
    [
      '[11:00] <ardo_> my dock hides some windows, the blank ones block clicks',
      '[11:01] <quenby> ardo_: There was/is a bug with blank, blocking windows in the dock.',
      '[11:01] <quenby> ardo_: Let me check if I can find it.',
      '[11:02] <quenby> bug 48213',
      '[11:03] <ardo_> quenby, thanks',
    ].join('\n'),
    'chat',
  );

  it('keeps a line that gives a path, and refuses a line that names nothing', () => {
    const files = notesHit(
      [
        '[12:00] <ardo_> which file holds the boot entries?',
        '[12:01] <quenby> ardo_: /boot/zz/entries.lst',
        '[12:01] <quenby> kit42: The content under /boot/zz/Entries. But yeah, remove the old image.',
        '[12:02] <ardo_> I am thinking of buying a new disk.',
        "[12:03] <ardo_> I've read that people recommend Brambledisk instead of the others.",
      ].join('\n'),
      'chat',
    );
    const path = extractiveAnswer(
      'Which file did quenby tell ardo_ to edit to drop the old boot entries?',
      [files],
      new CitationList(),
    );
    expect(path.answer).toContain('/boot/zz/entries.lst');
    const bought = extractiveAnswer('Which disk did ardo_ end up buying?', [files], new CitationList());
    expect(bought.answer).not.toContain('Brambledisk');
  });

  it('answers with the line that names the bug, not the one that speaks of a bug', () => {
    const answer = extractiveAnswer('Which bug did quenby point ardo_ to?', [talk], new CitationList());
    expect(answer.answer).toContain('bug 48213');
  });
});
