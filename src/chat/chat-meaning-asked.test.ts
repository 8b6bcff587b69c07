import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { asksSolution } from './chat-lines.ts';
import { statesOwnWant } from './chat-pointers.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('chat questions on what a trouble means or what was wrong', () => {
  it('reads "what does … mean" and "what was wrong with …" as asking past the trouble', () => {
    expect(asksSolution("What does the 502 from tavish's relay check mean?")).toBe(true);
    expect(asksSolution("What was wrong with odric's mirror list?")).toBe(true);
    expect(asksSolution('What does tavish use for his relay?')).toBe(false);
    expect(asksSolution('What did orla mean to install?')).toBe(false);
  });

  it('answers what an error means with the reply to the one who reports it, not their line alone', () => {
    const talk = notesHit(
      [
        '[11:02] <tavish> since the mirror moved to the new box I keep getting a 502 error from the nightly sync job',
        '[11:03] <brenna_> anyone here used quellix on a tablet?',
        '[11:04] <orla> tavish: a 502 there means the proxy in front of the mirror got nothing back from upstream',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "What does the 502 error from tavish's nightly sync job mean?",
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('got nothing back from upstream');
  });
});

describe('chat lines that say what the one spoken for wants', () => {
  it('reads "he wants to …" as the want, not "you want to …" advice', () => {
    expect(statesOwnWant('he wants to print the ledger in landscape')).toBe(true);
    expect(statesOwnWant('dovan: she would like to see both zones')).toBe(true);
    expect(statesOwnWant('you want to add it to the panel first')).toBe(false);
    expect(statesOwnWant('they said to add it to the panel')).toBe(false);
  });

  it('does not answer how someone said to do it with their line restating the want', () => {
    const talk = notesHit(
      [
        '[08:10] <marek_> can zentune outlive a logout somehow?',
        '[08:11] <Thornwalker> marek_: what do you mean',
        '[08:12] <Thornwalker> she needs to have zentune outlive a logout, for the overnight playlist',
        '[08:14] <kit_m> which quellix release is the newest?',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'How did Thornwalker say zentune can outlive a logout?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('she needs to');
  });
});

describe('a speaker named in the question by a nick the analyzer shortens', () => {
  it('does not answer how Thornwalker got it going with his line that only states his setup', () => {
    const talk = notesHit(
      [
        '[09:10] <kit_m> anyone around with a Qellar 300?',
        "[09:11] <Thornwalker> I'm using the zentune panel on quellix 9.2 after the upgrade",
        '[09:12] <brenna_> which mirror is the fastest today?',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'How did Thornwalker get the zentune panel back after the upgrade?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});
