import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { asksOwnWay, leadsIntoOwnQuestion } from './asking-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('the line that leads into its speaker’s own request for a way', () => {
  it('reads a request for a way put in the first person', () => {
    expect(asksOwnWay('how do I get rid of <old logo>?')).toBe(true);
    expect(asksOwnWay('odric: is there a way to keep the spool running?')).toBe(true);
    expect(asksOwnWay('how does the spooler work?')).toBe(false);
    expect(asksOwnWay('how do I get rid of it')).toBe(false);
  });

  it('keys the line that leads into its speaker’s own request on the next line', () => {
    const hit = { uri: 'file:///work/log.txt#1' };
    const leads = leadsIntoOwnQuestion([
      { hit, line: 0, speaker: 'marlo', text: "the receipt still prints last year's logo" },
      { hit, line: 1, speaker: 'marlo', text: 'how do I get rid of it?' },
      { hit, line: 2, speaker: 'odric', text: 'the spool is full' },
      { hit, line: 3, speaker: 'brenna', text: 'how do I empty it?' },
    ]);
    expect([...leads]).toEqual(['file:///work/log.txt#1#0']);
  });
});

describe('extractiveAnswer: the problem a speaker puts before their own "how do I …?" is not how they solved it', () => {
  const talk = notesHit(
    [
      '[10:32] <marlo> The till prints "<old logo> thanks you for your visit" at the foot of each receipt',
      '[10:32] <marlo> how do I get rid of <old logo>?',
      '[10:34] <marlo> sorted',
      '[10:34] <marlo> all fine now',
      '[10:36] <odric> brenna: the till keeps the old receipts for a year',
    ].join('\n'),
    'chat',
  );

  it('finds nothing rather than the lead-in to the question', () => {
    const answer = extractiveAnswer(
      'How did marlo take the old logo off the till receipts?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});
