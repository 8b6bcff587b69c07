import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { troubleReply } from './trouble-reply.ts';

const line = (n: number, speaker: string, text: string, score = 0.5) => ({
  hit: { uri: 'file:///work/log.txt' },
  line: n,
  speaker,
  text,
  score,
});

describe('troubleReply: the reply that takes up the code of a trouble put to the channel', () => {
  const trouble = line(3, 'tavish', 'since the move I keep getting a 502 error from the sync job');
  const question = "What does the 502 error from tavish's sync job mean?";
  const asks = (text: string) => text.trim().endsWith('?');

  it('finds a later line of another speaker that names the same code', () => {
    const reply = line(6, 'orla', 'a 502 there means the proxy got nothing back');
    const lines = [trouble, line(4, 'kit_m', 'anyone seen the new theme', 0.6), reply];
    expect(troubleReply(question, trouble, lines, asks)).toBe(reply);
  });

  it('takes no line of the one in trouble, no line far off, none before and none that asks back', () => {
    const lines = [
      trouble,
      line(2, 'orla', '502 again? that relay is cursed'),
      line(4, 'tavish', 'the 502 comes every time'),
      line(5, 'orla', 'is the 502 on every call?'),
      line(30, 'orla', '502 means the upstream is down'),
    ];
    expect(troubleReply(question, trouble, lines, asks)).toBeUndefined();
  });

  it('takes nothing when the trouble names no figure, code or long name the question asks about', () => {
    const plain = line(3, 'tavish', 'since the move I keep getting an error from the sync job');
    const lines = [plain, line(5, 'orla', 'that sync job error means the proxy got nothing back')];
    expect(
      troubleReply("What does the error from tavish's sync job mean?", plain, lines, asks),
    ).toBeUndefined();
  });
});

describe('extractiveAnswer: what an error put to the channel means is the reply that names it', () => {
  it('answers with the later reply, not the line reporting the error', () => {
    const talk = notesHit(
      [
        '[11:02] <tavish> after the mirror move I keep getting a 502 error from the nightly sync job',
        '[11:03] <brenna_> anyone here used quellix on a tablet?',
        '[11:04] <orla> a 502 on that path means the proxy in front of the mirror got nothing back',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "What does the 502 error from tavish's nightly sync job mean?",
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('got nothing back');
  });
});
