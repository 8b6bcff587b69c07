import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { slotAfterCancel } from './cancelled-slot.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const notice = notesHit(
  [
    'The Harbour Board Committee Meeting has been canceled for today only.',
    "Tomorrow's (3/9) session will take place @ 10:00 a.m. in room 7B.",
    'Please send your regrets to Pia.',
  ].join('\n'),
  'email',
  { title: 'Canceled: Harbour Board call for today', path: '/mail/board.mbox', uri: 'mail:///board/3' },
);

describe('slotAfterCancel', () => {
  it('asked when a called-off meeting meets, the slot the notice gives after calling it off', () => {
    const answer = extractiveAnswer(
      "Today's Harbour Board Committee meeting got canceled - when does it meet instead?",
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toContain('10:00 a.m.');
  });

  it('a question about the calling off itself keeps the line that calls it off', () => {
    const line = (text: string, position: number) => ({
      hit: notice,
      text,
      position,
      typed: true,
      relevance: 0.6,
    });
    const first = line('The Harbour Board call has been canceled for today only.', 0);
    const ranked = [first, line("Tomorrow's (3/9) call will take place @ 10:00 a.m. in room 7B.", 1)];
    expect(slotAfterCancel('When was the Harbour Board call canceled?', first, ranked, 0.25)).toBeUndefined();
    expect(slotAfterCancel('When does the Harbour Board call meet now?', first, ranked, 0.25)?.position).toBe(
      1,
    );
  });

  it('a line that calls off one slot and gives it is kept', () => {
    const line = (text: string, position: number) => ({
      hit: notice,
      text,
      position,
      typed: true,
      relevance: 0.6,
    });
    const first = line('The 3/8 call at 9:00 a.m. is canceled.', 0);
    const ranked = [first, line('The 3/12 review will take place @ 4:00 p.m.', 1)];
    expect(slotAfterCancel('When is the call?', first, ranked, 0.25)).toBeUndefined();
  });
});
