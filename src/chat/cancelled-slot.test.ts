import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { slotAfterCancel } from './cancelled-slot.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const notice = notesHit(
  [
    'The glaze-kiln review is called off for today.',
    'We try again on 3/9 at 10:00 a.m. in the studio loft.',
    'Ask Tomasz if you cannot come.',
  ].join('\n'),
  'email',
  { title: 'Kiln review off today', path: '/mail/studio.mbox', uri: 'mail:///studio/3' },
);

/** A ranked line of the notice, as the rule reads it. */
const line = (text: string, position: number) => ({
  hit: notice,
  text,
  position,
  typed: true,
  relevance: 0.6,
});

describe('slotAfterCancel', () => {
  it('asked when a called-off meeting meets, the slot the notice gives after calling it off', () => {
    const answer = extractiveAnswer(
      "Today's glaze-kiln review got called off - when does it meet instead?",
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toContain('10:00 a.m.');
  });

  it('a word that begins like a month, with a figure after it, gives no date to the line that calls it off', () => {
    const first = line('The kiln review is called off until the marker 2 glaze is fired.', 0);
    const ranked = [first, line('We try again on 3/9 at 10:00 a.m. in the studio loft.', 1)];
    expect(slotAfterCancel('When does the kiln review meet now?', first, ranked, 0.25)?.position).toBe(1);
  });

  it('a question about the calling off itself keeps the line that calls it off', () => {
    const first = line('The kiln review is cancelled this afternoon.', 0);
    const ranked = [first, line('We try again on 3/9 at 10:00 a.m. in the studio loft.', 1)];
    expect(slotAfterCancel('When was the kiln review cancelled?', first, ranked, 0.25)).toBeUndefined();
    expect(slotAfterCancel('When does the kiln review meet now?', first, ranked, 0.25)?.position).toBe(1);
  });

  it('a line that calls off one slot and gives it is kept', () => {
    const first = line('The 3/8 call at 9:00 a.m. is canceled.', 0);
    const ranked = [first, line('The 3/12 review starts at 4:00 p.m.', 1)];
    expect(slotAfterCancel('When is the call?', first, ranked, 0.25)).toBeUndefined();
  });
});
