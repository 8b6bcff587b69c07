/**
 * A sum paid, charged or spent is not answered by a sum held or gained. Invented people and figures.
 */
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { sumHeldNotPaid, sumListedUnderHeld } from './paid-sum.ts';
import { extractiveAnswer } from './passage-answer.ts';

function mailHit(text: string): SearchHit {
  return notesHit(text, 'email', {
    title: 'March slots',
    date: '2003-03-11T16:00:00Z',
    people: [
      { address: 'lena.marsh@example.com', name: 'Marsh, Lena', role: 'from' },
      { address: 'ivo.tandy@example.com', name: 'Tandy, Ivo', role: 'to' },
    ],
  });
}

describe('a sum held is not a sum paid', () => {
  it('"how much did … pay" is not answered by a sum of value or in reserve', () => {
    const question = 'How much did Ivo pay for the March slots?';
    expect(
      sumHeldNotPaid(question, "These new marks add $4 million of incremental value to Ivo's book."),
    ).toBe(true);
    expect(sumHeldNotPaid(question, 'We now hold $2.5 million in reserve for the slot claims.')).toBe(true);
    expect(sumHeldNotPaid('How much did Orrin Lake charge for the audit?', 'The reserve is $700,000.')).toBe(
      true,
    );
  });

  it('a sentence that tells of paying, buying or a price may answer', () => {
    const question = 'How much did Ivo pay for the March slots?';
    expect(sumHeldNotPaid(question, 'Ivo paid $3.1 million for the March slots.')).toBe(false);
    expect(sumHeldNotPaid(question, 'Ivo bought the March slots for $3.1 million.')).toBe(false);
    expect(sumHeldNotPaid(question, 'The March slots: $3.1 million.')).toBe(false);
    // A sum held asked is not a payment asked.
    expect(
      sumHeldNotPaid('How much is in reserve for the slot claims?', 'We hold $2.5 million in reserve.'),
    ).toBe(false);
  });

  it('the answer gives no sum held for a sum paid', () => {
    const answer = extractiveAnswer(
      'How much did Ivo pay for the March slots?',
      [
        mailHit(
          "Ivo's March slots are marked higher. These new marks add $4 million of incremental value to Ivo's book tonight.",
        ),
      ],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('$4 million');
  });
});

describe('a bare list line under a heading of what was earned is not a price paid', () => {
  const update = [
    'Change in margin:',
    'Elm Lane: costs written off:\t-$1MM',
    '',
    'Gross Margin to Date:',
    'Kestrel:\t\t$22MM',
    'Orrin Mill (North Yard):\t$6MM ($2MM more next quarter)',
    'Other:\t\t$1MM',
    '',
    'Purchases:',
    'Ferro Dock:\t$3MM',
  ].join('\n');

  it('refuses the line of the margin list for "how much did … pay for"', () => {
    expect(
      sumListedUnderHeld(
        'How much did Dune Power pay for Orrin Mill?',
        update,
        'Orrin Mill (North Yard): $6MM ($2MM more next quarter). [1]',
      ),
    ).toBe(true);
  });

  it('keeps a line under another heading, a line that names the payment, and a question that asks no payment', () => {
    expect(sumListedUnderHeld('How much did we pay for Ferro Dock?', update, 'Ferro Dock: $3MM. [1]')).toBe(
      false,
    );
    expect(
      sumListedUnderHeld(
        'How much did Dune Power pay for Orrin Mill?',
        `${update}\nDune Power paid $9MM for Orrin Mill.`,
        'Dune Power paid $9MM for Orrin Mill. [1]',
      ),
    ).toBe(false);
    expect(
      sumListedUnderHeld(
        'How much gross margin has Orrin Mill brought in?',
        update,
        'Orrin Mill (North Yard): $6MM ($2MM more next quarter). [1]',
      ),
    ).toBe(false);
  });
});
