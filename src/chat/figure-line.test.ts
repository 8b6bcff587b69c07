/**
 * "What bid did I show …?" picks a sentence that names the bid without a figure: a line of the
 * same passage that names the bid with its figure answers instead. Invented mail text.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { figureNounAsked } from './value-binding.ts';

const mail = (text: string) => notesHit(text, 'email', { title: 'Re: Kestrel storage' });

describe('the figure line of a measure asked', () => {
  it('answers when the best sentence names the measure without a figure', () => {
    const hit = mail(
      [
        'Ines,',
        '',
        'Regarding the Kestrel storage, the north desk has no strong need for it but we are always willing to show a bid based on the current spreads.',
        '',
        'Bid for a 2 year storage contract beginning May 04 based on the spreads above:  $0.07/ MMBtu/Month ($0.84/Year).  Demand charges only.',
        '',
        'Arvid',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'What bid did Arvid show Ines for the Kestrel storage?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('0.07');
  });

  it('a passage whose figures name another measure still answers nothing', () => {
    const hit = mail(
      [
        'Ines,',
        '',
        'I tried to work out the bid on the Kestrel storage and the Pell storage.',
        '',
        'The Kestrel site holds 12 Bcf.',
        '',
        'Arvid',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'What bid did Arvid work out for the Kestrel storage?',
      [hit],
      new CitationList(),
    );
    expect(answer.found).toBe(false);
  });

  it('a downpayment asked is not answered by the terms listed without their figure', () => {
    const hit = mail(
      [
        'Arvid,',
        '',
        'I would weigh lending on the Kestrel lot depending on: who the buyer is and what they plan to build.',
        '',
        'Rate/Term/Downpayment 30%',
        '',
        'Ines',
      ].join('\n'),
    );
    const answer = extractiveAnswer(
      'What downpayment did Ines want for lending on the Kestrel lot?',
      [hit],
      new CitationList(),
    );
    expect(answer.found === false || answer.answer.includes('30%')).toBe(true);
  });

  it('reads the measure a figure question asks for', () => {
    expect(figureNounAsked('What bid did I show Ned?')).toBe('bid');
    expect(figureNounAsked('What does the garden shed cost?')).toBe('cost');
    expect(figureNounAsked('What downpayment did Ned want for the lot?')).toBe('downpayment');
    expect(figureNounAsked('What did Ned say about the shed?')).toBeUndefined();
  });
});
