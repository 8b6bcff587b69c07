import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { itemLabelTerms } from './item-label.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string) =>
  notesHit(text, 'email', { title: 'Port board terms', date: '2024-03-04T10:00:00Z', people: [] });

const TERMS = [
  'Please ignore my last note.',
  'The port board and we settled the terms late on Saturday.  In short:',
  '',
  '     1. Storage refunds:   Defined method giving tenants recovery over the next 24 months of storage refunds owed   from March 03 until the end of the works in 04. Recovery includes interest. Immediate payment of 70% through the harbour bank, with city funds. Loans repaid over the 2 year period as fees rise.  Payment scheduled by May 3rd.  Dock impact of approximately 40 thousand. ',
  '',
  '       2.  Berth fees :   Fees stay under the current rules until the works end.  Impact of approximately 9 thousand. ',
].join('\n');

describe('itemLabelTerms', () => {
  it("gives a labelled paragraph's later sentences the label's terms, not its first sentence or the next paragraph", () => {
    const hit = mail('Storage refunds: The method is agreed. Payment is due by May 3.\n\nBerth fees stay.');
    const pool = [
      { text: 'Storage refunds: The method is agreed.', hit, line: 0, role: 'body' },
      { text: 'Payment is due by May 3.', hit, line: 0, role: 'body' },
      { text: 'Berth fees stay.', hit, line: 2, role: 'body' },
    ];
    const terms = itemLabelTerms(pool);
    expect(terms[0]).toBeUndefined();
    expect(terms[2]).toBeUndefined();
    expect(itemLabelTerms(pool)[1]?.length).toBe(2);
  });
});

describe('extractiveAnswer: a sentence of a labelled point', () => {
  it('answers by the later sentence of the point the label names, not the label line', () => {
    const answer = extractiveAnswer(
      'When is the payment for the storage refunds scheduled?',
      [mail(TERMS)],
      new CitationList(),
    );
    expect(answer.answer).toContain('May 3rd');
  });
});
