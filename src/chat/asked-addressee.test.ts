/**
 * "Who did I ask to …?": the one addressee of the asker's own mail that put the act to "you".
 * Invented mail.
 */
import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { addresseeAct, addresseeAnswer } from './asked-addressee.ts';
import { CitationList } from './citations.ts';

const mine = (text: string, to: readonly string[]) =>
  searchHit({
    text,
    type: 'email',
    path: '/mail/sent.mbox',
    uri: `mail:///sent/${to.join('-')}`,
    title: 'FW: Harbour depot',
    people: [
      { name: 'Vale, Tomas', address: 'tomas.vale@example.org', role: 'from' },
      ...to.map((name) => ({
        name,
        address: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
        role: 'to' as const,
      })),
    ],
  });

describe('addresseeAct', () => {
  it('reads the act of "who did I ask to …"', () => {
    expect(addresseeAct('Who did I ask to be the harbour depot safety lead?')).toBe(
      'be the harbour depot safety lead',
    );
    expect(addresseeAct('Whom did I invite to chair the depot review?')).toBe('chair the depot review');
    expect(addresseeAct('Who asked me to chair the depot review?')).toBeUndefined();
    expect(addresseeAct('Who did I ask Pia to send the depot keys to?')).toBeUndefined();
    expect(addresseeAct('Who did I ask to send the depot keys to?')).toBeUndefined();
  });
});

describe('addresseeAnswer', () => {
  const act = 'be the harbour depot safety lead';

  it('is the one addressee of my mail that puts the act to "you"', () => {
    const answer = addresseeAnswer(
      act,
      [
        mine('Pia\n\nHow about you being the harbour depot safety lead.  My desk is full.\n\nTomas', [
          'Lund, Pia',
        ]),
      ],
      new CitationList(),
    );
    expect(answer?.answer).toContain('Pia Lund');
  });

  it('is none for a mail to several people, or one whose act is in the history it forwards', () => {
    expect(
      addresseeAnswer(
        act,
        [mine('Could you be the harbour depot safety lead?', ['Lund, Pia', 'Berg, Ola'])],
        new CitationList(),
      ),
    ).toBeUndefined();
    expect(
      addresseeAnswer(
        act,
        [
          mine('FYI\n\n-----Original Message-----\nCould you be the harbour depot safety lead?', [
            'Lund, Pia',
          ]),
        ],
        new CitationList(),
      ),
    ).toBeUndefined();
  });
});
