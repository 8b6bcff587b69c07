import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { carriesType } from './answer-type.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

describe('a cause stated as "the problem was that …" or "it is just that …"', () => {
  it('reads those forms as giving a reason, and not the problem named alone', () => {
    expect(carriesType('Your problem was that the card was flashed under a partition.', 'reason')).toBe(true);
    expect(carriesType('I think the issue is that the relay never got the new key', 'reason')).toBe(true);
    expect(carriesType("looks to me it's just that the buyer closed the window", 'reason')).toBe(true);
    expect(carriesType('The problem is still there after the reboot.', 'reason')).toBe(false);
    expect(carriesType('That is just what I needed.', 'reason')).toBe(false);
  });

  it('answers why something failed with the reply that states its cause', () => {
    const talk = notesHit(
      [
        '[13:40] <brenna_> I flashed the quellix image onto the card with zcopy and it still will not boot',
        '[13:41] <orla> brenna_: zcopy does work, it just may take a while to show because it buffers first',
        '[13:44] <tavish> anyone seen the new panel theme?',
        '[13:50] <orla> brenna_: ok, your problem was that you wrote the image to a partition on the card instead of the whole card',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      "Why did brenna_'s zcopy of the quellix image onto the card not work?",
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('partition on the card');
  });
});
