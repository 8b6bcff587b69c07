import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { asksOwnWay, leadsIntoOwnQuestion } from './asking-lines.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('the line that leads into its speaker’s own request for a way', () => {
  it('reads a request for a way put in the first person', () => {
    expect(asksOwnWay('how do I go about changing <shop name>?')).toBe(true);
    expect(asksOwnWay('odric: is there a way to keep the spool running?')).toBe(true);
    expect(asksOwnWay('how does quillpay work?')).toBe(false);
    expect(asksOwnWay('how do I go about changing it')).toBe(false);
  });

  it('keys the line that leads into its speaker’s own request on the next line', () => {
    const hit = { uri: 'file:///work/log.txt#1' };
    const leads = leadsIntoOwnQuestion([
      { hit, line: 0, speaker: 'marlo', text: 'when I take a payment the receipt shows the old shop name' },
      { hit, line: 1, speaker: 'marlo', text: 'how do I go about changing it?' },
      { hit, line: 2, speaker: 'odric', text: 'the spool is full' },
      { hit, line: 3, speaker: 'brenna', text: 'how do I empty it?' },
    ]);
    expect([...leads]).toEqual(['file:///work/log.txt#1#0']);
  });
});

describe('extractiveAnswer: the problem a speaker puts before their own "how do I …?" is not how they solved it', () => {
  const talk = notesHit(
    [
      '[10:32] <marlo> When I take a live payment the receipt says "<shop name> has charged you $12"',
      '[10:32] <marlo> how do I go about changing <shop name>?',
      '[10:34] <marlo> nvm',
      '[10:34] <marlo> figured it out',
      '[10:36] <odric> brenna: the quillpay dashboard keeps the old receipts for a year',
    ].join('\n'),
    'chat',
  );

  it('finds nothing rather than the lead-in to the question', () => {
    const answer = extractiveAnswer(
      'How did marlo change the shop name shown on the payment receipts?',
      [talk],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });
});
