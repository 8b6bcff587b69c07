import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { helpedAsked, thankedHelperAnswer, thankedSpeaker } from './thanked-helper.ts';

describe('thanked-helper: who helped is whom the helped one thanks', () => {
  it('reads the one helped from the question', () => {
    expect(helpedAsked('Who helped tovah_k get the zendra sync daemon running?')).toBe('tovah_k');
    expect(helpedAsked("Who fixed brom's wobbly sound?")).toBe('brom');
    expect(helpedAsked('Who finally sorted out nelle|away with the keyring?')).toBe('nelle|away');
    expect(helpedAsked('Who told tovah_k to restart the daemon?')).toBeUndefined();
    expect(helpedAsked('What helped tovah_k?')).toBeUndefined();
  });

  it('finds the speaker a line thanks, not the helped one, nor a bot', () => {
    const speakers = new Set(['tovah_k', 'quillon', 'marro', 'HelpBot']);
    expect(thankedSpeaker('thanks quillon, that did it', 'tovah_k', speakers)).toBe('quillon');
    expect(thankedSpeaker('ty marro!', 'tovah_k', speakers)).toBe('marro');
    expect(thankedSpeaker('quillon: the daemon still dies', 'tovah_k', speakers)).toBeUndefined();
    expect(thankedSpeaker('thanks tovah_k', 'tovah_k', speakers)).toBeUndefined();
    expect(thankedSpeaker('thanks HelpBot', 'tovah_k', speakers)).toBeUndefined();
  });

  const talk = notesHit(
    [
      '[14:02] <tovah_k> my zendra sync daemon will not start, it says the socket is taken',
      '[14:03] <marro> tovah_k: zendra sync daemon sockets live in /run/zendra, check it',
      '[14:04] <tovah_k> marro, thanks, looking',
      '[14:06] <quillon> tovah_k: an old copy still holds it: pkill -x zendrad, then start it again',
      '[14:09] <petra_v> anyone used the kelmar scanner driver?',
      '[14:11] <tovah_k> thanks quillon, that fixed it, the daemon is running now',
    ].join('\n'),
    'chat',
  );
  const none = async () => undefined;

  it("answers with the line that thanks the helper, not the helped one's trouble", async () => {
    const answer = await thankedHelperAnswer(
      'Who helped tovah_k get the zendra sync daemon running?',
      [talk],
      new CitationList(),
      none,
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('thanks quillon, that fixed it');
    expect(answer?.answer).not.toContain('socket is taken');
  });

  it('answers nothing when the one helped thanks nobody, or the question asks no helper', async () => {
    expect(
      await thankedHelperAnswer(
        'Who helped petra_v with the kelmar scanner driver?',
        [talk],
        new CitationList(),
        none,
      ),
    ).toBeUndefined();
    expect(
      await thankedHelperAnswer('Who told tovah_k to run pkill?', [talk], new CitationList(), none),
    ).toBeUndefined();
  });
});
