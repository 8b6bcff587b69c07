import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { purposeAct, toldAct } from './later-act-line.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('later-act-line: the later reply that does what was asked', () => {
  it('reads the act a question says someone was given or told something for', () => {
    expect(toldAct('What command did bo give ana to remove the viewer?')).toBe('remov');
    expect(toldAct('What did orla tell kit_m to install first?')).toBe('instal');
    expect(toldAct('What did orla tell kit_m to use?')).toBeUndefined();
    expect(toldAct('What command did bo give ana?')).toBeUndefined();
  });

  it("answers with the speaker's later line to the same one that says the act, not their first step", () => {
    // The log goes on in the file's next passage, where the later reply opens it.
    const first = notesHit(
      [
        '[18:39] <ana> i put glimmerview on from a tarball, how do I take it off again?',
        '[18:46] <bo> ana: try `pkgq -S glimmerview` first to see which package owns it',
        '[18:50] <ana> bo: that lists nothing, the binary is called GlimmerViewX',
        '[18:51] <kit> anyone know a good clipboard manager',
        '[18:53] <ana> bo: I put the pkgq -S output on the pastebin',
      ].join('\n'),
      'chat',
      { chunkId: 7 },
    );
    const next = notesHit(
      [
        '[18:55] <bo> ana: then to remove it, that would be `pkgq -r glimmerview-x`',
        '[18:57] <ana> bo: thanks, gone now',
      ].join('\n'),
      'chat',
      { chunkId: 8, uri: 'file:///work/notes.txt#p=2', locator: { paragraph: 2 } },
    );
    const answer = extractiveAnswer(
      'What command did bo give ana to remove glimmerview?',
      [first, next],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('pkgq -r glimmerview-x');
    expect(answer.answer).not.toContain('pkgq -S');
  });

  it('reads the act a question says a thing is meant for', () => {
    expect(purposeAct("What is tamsin's imgpush meant to replace?")).toBe('replac');
    expect(purposeAct('What is imgpush?')).toBeUndefined();
  });

  it("answers what a speaker's tool is meant for with their later reply that says it, to whoever asked why", () => {
    const talk = notesHit(
      [
        '[07:02] <tamsin> besides that I am writing a small boot disk for the lab',
        '[07:02] <tamsin> imgpush (copying desktop images across the network) goes up on the forge next week',
        '[07:03] <tamsin> the docs still need a pass',
        '[07:04] <orla> tamsin, what is that for?',
        '[07:04] <tamsin> orla: to replace Glasscopy Pro in our lab',
        '[07:05] <tamsin> a customer paid for the first version',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer("What is tamsin's imgpush meant to replace?", [talk], new CitationList());
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('Glasscopy Pro');
  });

  it('keeps the step given when the later line only remarks on it ("that will remove it")', () => {
    const talk = notesHit(
      [
        '[12:01] <ana> how do I get rid of glimmerview?',
        '[12:02] <bo> ana: sudo pkgq -r glimmerview',
        '[12:03] <bo> ana: that will remove it',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What command did bo give ana to remove glimmerview?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('sudo pkgq -r glimmerview');
    expect(answer.answer).not.toContain('that will remove it');
  });
});
