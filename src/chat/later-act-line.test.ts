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
        '[18:39] <ana> i installed glimmerview from a downloaded package, how do I get rid of it?',
        "[18:46] <bo> ana: you could also run `pkgq -S glimmerview` I guess (hard to say since I don't know its package name)",
        '[18:50] <ana> bo: it is not uninstalled by that command, the binary is GlimmerViewX',
        '[18:51] <kit> anyone know a good clipboard manager',
        '[18:53] <ana> bo: output of the pkgq -S command is on the pastebin',
      ].join('\n'),
      'chat',
      { chunkId: 7 },
    );
    const next = notesHit(
      [
        '[18:55] <bo> ana: ok, so to remove it, would be `pkgq -r glimmerview-x`',
        '[18:57] <ana> bo: thank you!!',
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
        '[01:29] <tamsin> i am also working on a rescue disk that is not cluttered',
        '[01:29] <tamsin> imgpush (imaging desktops over the network) should be out on the forge soon',
        '[01:29] <tamsin> i just have to fix some minor bugs and finish the docs',
        '[01:30] <orla> tamsin, why would you want to do that?',
        '[01:30] <tamsin> orla: to replace Glasscopy Pro',
        '[01:30] <tamsin> i had to work on this for a client',
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
