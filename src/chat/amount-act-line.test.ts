import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { amountAct } from './amount-act-line.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const offer = notesHit(
  [
    'we may get the chance to lease either 10 or 20 years of cold storage at the Dunmore depot.',
    'we currently hold roughly 400 pallets of this under an old agreement with the co-op from 2004.',
    'the going rate at Dunmore is near $3.10 a pallet.',
  ].join('\n'),
  'email',
  { title: 'Dunmore cold storage lease', path: '/mail/inbox.mbox', uri: 'mail:///inbox/12' },
);

describe('amountActLine', () => {
  it('asked how much of a thing we hold, the line that writes the holding, not the offer', () => {
    const answer = extractiveAnswer(
      'How much of the cold storage at the Dunmore depot do we already hold?',
      [offer],
      new CitationList(),
    );
    expect(answer.answer).toContain('400 pallets');
  });

  it('keeps the first line when the act of another line takes no figure of its own', () => {
    const plan = notesHit(
      [
        'At first the co-op would buy the Dunmore depot for $1.8 million.',
        'Its next bid put $3 million on the depot, and it would also pay the unpaid rates (about $0.6 million).',
      ].join('\n'),
      'email',
      { title: 'Depot bids', path: '/mail/inbox.mbox', uri: 'mail:///inbox/13' },
    );
    const answer = extractiveAnswer(
      'How much would the co-op pay for the Dunmore depot in its first bid?',
      [plan],
      new CitationList(),
    );
    expect(answer.answer).toContain('$1.8 million');
  });

  it('reads the act after the subject, not a verb that carries none', () => {
    expect(amountAct('How much of the cold storage do we already hold?')).toBe('hold');
    expect(amountAct('How many rooms did the hotel block?')).toBe('block');
    expect(amountAct('How many trades did we do on Friday?')).toBeUndefined();
    expect(amountAct('How much did Ana say the deal made?')).toBeUndefined();
    expect(amountAct('What is the storage capacity?')).toBeUndefined();
  });
});
