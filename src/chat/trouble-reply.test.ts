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
  const trouble = line(3, 'tavish', 'I get this error from the relay check: status 502');
  const question = "What does the 502 error from tavish's relay check mean?";
  const asks = (text: string) => text.trim().endsWith('?');

  it('finds a later line of another speaker that names the same code', () => {
    const reply = line(6, 'orla', '502 is Bad Gateway, the upstream is down');
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
    const plain = line(3, 'tavish', 'I get this error from the relay check');
    const lines = [plain, line(5, 'orla', 'the relay check error means the upstream is down')];
    expect(
      troubleReply("What does the error from tavish's relay check mean?", plain, lines, asks),
    ).toBeUndefined();
  });
});

describe('extractiveAnswer: what an error put to the channel means is the reply that names it', () => {
  it('answers with the later reply, not the line reporting the error', () => {
    const talk = notesHit(
      [
        '[11:02] <tavish> ok I switched the relay to the new cert and I get this error from the relay check: status 502',
        '[11:03] <brenna_> anyone here used quellix on a tablet?',
        '[11:04] <orla> 502 is Bad Gateway, the upstream behind your relay is not answering',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "What does the 502 error from tavish's relay check mean?",
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('Bad Gateway');
  });
});
