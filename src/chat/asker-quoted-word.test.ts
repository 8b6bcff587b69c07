import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { othersWordForAskersSaying } from './asker-quoted-word.ts';

/** A mail of Nora Lind's that forwards a note of `author`'s under a one-word reply. */
function forward(author: string): SearchHit {
  const opening = 'Per my voicemail, the harbour programme is looking for more committee representatives.';
  return {
    chunkId: 1,
    path: '/mail/sent.mbox',
    uri: 'file:///mail/sent.mbox#mid=n1',
    title: 'RE: Committee representative nominations',
    locator: { messageId: 'n1' },
    score: 1,
    snippet: '',
    text: `Brevik\n\n-----Original Message-----\n${opening}\n`,
    type: 'email',
    people: [{ name: 'Nora Lind', address: 'nora.lind@example.com', role: 'from' }],
    data: { forwarded: true, forwardedFrom: [{ author, opening }] },
  };
}

const said = 'Per my voicemail, the harbour programme is looking for more committee representatives.';

describe('othersWordForAskersSaying', () => {
  it('flags another writer’s forwarded sentence for what the asker recommended', () => {
    const hit = forward('Pia Holm');
    expect(
      othersWordForAskersSaying('Whom did I recommend as committee representative?', said, hit, [
        'nora',
        'lind',
      ]),
    ).toBe(true);
    expect(othersWordForAskersSaying('Which name did I suggest for the committee?', said, hit, [])).toBe(
      true,
    );
  });
  it('leaves the asker’s own quoted words, what they sent on, and others’ doings alone', () => {
    // A quote of the asker's own earlier mail.
    expect(
      othersWordForAskersSaying(
        'Whom did I recommend as committee representative?',
        said,
        forward('Nora Lind'),
        [],
      ),
    ).toBe(false);
    // What the asker sent on is the forward's text.
    expect(
      othersWordForAskersSaying('What did I send Ivo about the committee?', said, forward('Pia Holm'), []),
    ).toBe(false);
    // Not the asker's saying.
    expect(
      othersWordForAskersSaying('Who is the harbour programme looking for?', said, forward('Pia Holm'), []),
    ).toBe(false);
  });
});
