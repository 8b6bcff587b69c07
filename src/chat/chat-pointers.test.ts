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
    expect(statesOwnWant('orla, no, I mean, I want to see two zones in one clock.')).toBe(true);
    expect(statesOwnWant("I'd like to keep the old kernel")).toBe(true);
    expect(statesOwnWant('you want to add it to the panel first')).toBe(false);
  });

  const first = notesHit(
    [
      '[10:06] <wendel> has anyone set up a print server for a small office?',
      '[10:06] <orla> wendel: twice, yes',
      '[10:07] <orla> wendel: http://print.example.org/notes/office.html got me through it',
      '[10:08] <orla> wendel: does your setup work with spoolmon?',
      '[10:08] <tamsin> http://guides.example.net/articles/shared-printers/',
    ].join('\n'),
    'chat',
    { chunkId: 4 },
  );
  const second = notesHit(
    [
      '[10:09] <brenna_> quellix 9 is a development branch',
      "[10:09] <tamsin> that's a handy walkthrough for shared printers on a budget",
      '[10:10] <wendel> orla: does the walkthrough work with spoolmon?',
      '[10:10] <orla> wendel: I don\'t know what "spoolmon" is.',
      '[09:40] <kit_m> can the clock panel show a second time zone?',
      '[09:40] <orla> kit_m: add another clock to the panel',
      '[09:41] <kit_m> orla, no, I mean, I want to see two zones in one clock.',
      '[09:41] <orla> kit_m: ah',
    ].join('\n'),
    'chat',
    { chunkId: 5, uri: 'file:///work/notes.txt#p=2', locator: { paragraph: 2 } },
  );
  const ask = (question: string) => extractiveAnswer(question, [first, second], new CitationList());

  it("answers which guide was recommended with the speaker's link a line before the line that praises it", () => {
    const answer = ask('Which walkthrough did tamsin recommend for shared printers?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('guides.example.net/articles/shared-printers');
  });

  it('does not answer with a line that does not know the thing, nor with the wish of the one asked', () => {
    // orla's line that does not know spoolmon is no answer; the link of hers above it is another matter.
    expect(ask("Does orla's print server setup work with spoolmon?").answer).not.toContain("don't know");
    expect(ask('How can kit_m see two zones in one clock?').found).toBe(false);
  });
});
