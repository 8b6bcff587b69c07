/**
 * A lead-in that points ahead ("Please mail a login to the following:") takes its topic from the
 * sentence before it, so the names it announces answer "who". Invented mail text.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer, weaklySupported } from './passage-answer.ts';

const mail = (text: string) => notesHit(text, 'email', { title: 'Month-end access' });

describe('a lead-in that points ahead', () => {
  it('reads the names it announces as the answer to who', () => {
    const hit = mail(
      [
        'Brandt,',
        '',
        'It is month-end again.  I need to give read-only access to the two trade journals that print the monthly averages.  Please email a login and password to the following:',
        '',
        'Orla Penrose at Gas Market Weekly- orla@gmw.example.com',
        '',
        'Teodor Vance at Grid Ledger-  tvance@gridledger.example.com',
        '',
        'Thanks for your help,',
      ].join('\n'),
    );
    const question = 'Who did I ask Brandt to give read-only access to?';
    const answer = extractiveAnswer(question, [hit], new CitationList(), 'person');
    expect(answer.answer).toContain('Orla Penrose');
    expect(weaklySupported(answer, 'person')).toBe(false);
  });
});
