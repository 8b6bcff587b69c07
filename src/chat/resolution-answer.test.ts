import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { asksHowFixed, resolutionAnswer } from './resolution-answer.ts';

function log(turn: number, lines: string[]): SearchHit {
  return searchHit({
    chunkId: turn + 1,
    path: '/work/chats/help.txt',
    uri: `file:///work/chats/help.txt#turn=${turn}`,
    title: 'help.txt',
    locator: { turn },
    text: lines.join('\n'),
    type: 'chat',
  });
}

const first = log(0, [
  '[09:00] <tam_k> my trackpad stops working after suspend, I have to reboot',
  '[09:01] <rolf> tam_k: which laptop?',
  '[09:01] <tam_k> a small one, two years old',
  '[09:02] <rolf> try reloading the psmouse module after resume',
]);
const second = log(4, [
  '[09:10] <tam_k> back',
  '[09:11] <tam_k> I reinstalled the input driver and now the trackpad survives suspend',
  '[09:12] <rolf> nice',
]);

describe('resolutionAnswer', () => {
  it('reads which questions ask how a problem went away', () => {
    expect(asksHowFixed('How did tam_k get his trackpad working?')).toBe(true);
    expect(asksHowFixed('How was the outage resolved?')).toBe(true);
    expect(asksHowFixed('How did the trackpad break?')).toBe(false);
  });

  it("answers with the asked person's action after the problem, read on into the next passage", async () => {
    const answer = await resolutionAnswer(
      'How did tam_k get his trackpad working?',
      [first],
      new CitationList(),
      'tam_k',
      async (hit) => (hit === first ? second : undefined),
    );
    expect(answer?.answer).toBe(
      'tam_k: I reinstalled the input driver and now the trackpad survives suspend. [1]',
    );
  });

  it('gives nothing when no action follows the problem', async () => {
    const answer = await resolutionAnswer(
      'How did tam_k get his trackpad working?',
      [first],
      new CitationList(),
      'tam_k',
      async () => undefined,
    );
    expect(answer).toBeUndefined();
  });
});

describe('resolutionAnswer: the person asked and a problem that is not a fix', () => {
  it("takes the named nick's fix, not another user's 'not installed' line", async () => {
    const chat = log(0, [
      '[10:00] <pyKit> in the chroot, echo ~ prints /home/guest not /root',
      '[10:01] <lena9> my editor plugin is not installed after the upgrade',
      '[10:02] <pyKit> ok, HOME was set to /home/guest; setting it manually to /root resolved it',
    ]);
    const answer = await resolutionAnswer(
      'How did pyKit fix ~ pointing to /home/guest?',
      [chat],
      new CitationList(),
      'pyKit',
      async () => undefined,
    );
    expect(answer?.answer).toContain('setting it manually');
    const unnamed = await resolutionAnswer(
      'How was ~ pointing to /home/guest in the chroot fixed?',
      [chat],
      new CitationList(),
      undefined,
      async () => undefined,
    );
    expect(unnamed?.answer).toContain('setting it manually');
  });
});
