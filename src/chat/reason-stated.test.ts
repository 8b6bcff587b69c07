import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { carriesType } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('a cause stated as "the problem was that …" or "it is just that …"', () => {
  it('reads those forms as giving a reason, and not the problem named alone', () => {
    expect(carriesType('Your problem was that the ledger was opened read-only.', 'reason')).toBe(true);
    expect(carriesType('I think the issue is that the relay never got the new key', 'reason')).toBe(true);
    expect(carriesType("it's just that the courier left before noon", 'reason')).toBe(true);
    expect(carriesType('The problem is still there after the reboot.', 'reason')).toBe(false);
    expect(carriesType('That is just what I needed.', 'reason')).toBe(false);
  });

  it('answers why something failed with the reply that states its cause', () => {
    const talk = notesHit(
      [
        '[13:40] <brenna_> I imported the spring ledger into quellix and the totals come out wrong',
        '[13:41] <orla> brenna_: the import does work, it can just take a minute because it recounts in the background',
        '[13:44] <tavish> anyone seen the new panel theme?',
        '[13:50] <orla> brenna_: ok, your problem was that the ledger wrote commas for decimal points, so the totals came in a hundredfold',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "Why did brenna_'s import of the spring ledger into quellix give wrong totals?",
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('commas for decimal points');
  });
});
