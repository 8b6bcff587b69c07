import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { saysThingUnknown, statesOwnWant } from './chat-pointers.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('chat-pointers: lines that carry the question’s words but not its answer', () => {
  it('reads a line that does not know the thing asked, and one that only says what its speaker wants', () => {
    expect(saysThingUnknown('orla: I don\'t know what "spoolmon" is.')).toBe(true);
    expect(saysThingUnknown('dunno what a chord file means')).toBe(true);
    expect(saysThingUnknown("I don't know what spoolmon is, but quellix has a tool for it")).toBe(false);
    expect(statesOwnWant('orla, no, I mean, I want to add my town to it.')).toBe(true);
    expect(statesOwnWant("I'd like to keep the old kernel")).toBe(true);
    expect(statesOwnWant('you want to add it to the panel first')).toBe(false);
  });

  const first = notesHit(
    [
      '[02:26] <wendel> anyone here running a mail server with a database behind it?',
      '[02:26] <orla> wendel: yes',
      '[02:27] <orla> wendel: http://mail.example.org/guides/relay.html worked for me every time',
      '[02:28] <orla> wendel: does this install work with spoolmon?',
      '[02:28] <tamsin> http://guides.example.net/articles/isp-relay/',
    ].join('\n'),
    'chat',
    { chunkId: 4 },
  );
  const second = notesHit(
    [
      '[02:29] <brenna_> quellix 9 is a development branch',
      '[02:29] <tamsin> this is a very good guide for isp-like relays',
      '[02:30] <wendel> orla: does this install work with spoolmon?',
      '[02:30] <orla> wendel: I don\'t know what "spoolmon" is.',
      '[01:45] <kit_m> is there a way to add another town to the weather panel?',
      '[01:45] <orla> kit_m: add another copy of the panel',
      '[01:45] <kit_m> orla, no, I mean, I want to add my town to it.',
      '[01:45] <orla> kit_m: ah',
    ].join('\n'),
    'chat',
    { chunkId: 5, uri: 'file:///work/notes.txt#p=2', locator: { paragraph: 2 } },
  );
  const ask = (question: string) => extractiveAnswer(question, [first, second], new CitationList());

  it("answers which guide was recommended with the speaker's link a line before the line that praises it", () => {
    const answer = ask('Which guide did tamsin recommend for isp-like relays?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('guides.example.net/articles/isp-relay');
  });

  it('does not answer with a line that does not know the thing, nor with the wish of the one asked', () => {
    // orla's line that does not know spoolmon is no answer; the link of hers above it is another matter.
    expect(ask("Does orla's relay guide work with spoolmon?").answer).not.toContain("don't know");
    expect(ask('How can kit_m add his town to the weather panel?').found).toBe(false);
  });
});
