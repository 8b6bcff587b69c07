/**
 * A question written without its mark ("When is the closing date.") asks; it does not answer.
 * Invented mail text.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string) => notesHit(text, 'email', { title: 'Re: Larch Street duplex' });

describe('a question put without its mark', () => {
  it('is not the answer to the question it asks', () => {
    const hit = mail(
      'Oskar,\n\nI have spoken to Wenna and everything looks good on the Larch Street duplex. When is the estimated closing date. Let me know what else I need to be doing.\n\nMarit',
    );
    const answer = extractiveAnswer(
      'What is the estimated closing date for the Larch Street duplex?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('When is the estimated closing date');
  });

  it('one that carries the figure asked still answers', () => {
    const hit = mail(
      'Oskar,\n\nHow did you work out the deposit of 4,275 for the Larch Street duplex.\n\nMarit',
    );
    const answer = extractiveAnswer(
      'What deposit did Oskar work out for the Larch Street duplex?',
      [hit],
      new CitationList(),
    );
    expect(answer.answer).toContain('4,275');
  });

  it('a statement that opens with a question word is no question', () => {
    const hit = mail('Oskar,\n\nWhat is more, the Larch Street duplex closes on May 9.\n\nMarit');
    const answer = extractiveAnswer('When does the Larch Street duplex close?', [hit], new CitationList());
    expect(answer.answer).toContain('May 9');
  });
});
