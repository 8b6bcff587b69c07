/**
 * "By when …?": the sentence that writes a deadline with "by" before a day, over other dates and
 * hours of the same mail. Invented mail.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { statesDeadlineBy } from './relative-deadline.ts';

const note = notesHit(
  [
    'Good morning Ms. Varga,',
    'The inspectors visited the flat on Tuesday March 1.',
    'The first sheet is the tenancy renewal form and the inventory.',
    'As this sheet is part of the renewal, please sign it and post it to me by Friday March 4th.',
    'The tenancy office is closed for renewal forms from March 4th to March 9th.',
    'You can call me at the desk between 9:00 and 5:00 or leave a message.',
  ].join('\n'),
  'email',
  { title: 'Your lease renewal', path: '/mail/inbox.mbox', uri: 'mail:///inbox/41' },
);

describe('a deadline written with "by"', () => {
  it('answers "by when" over other dates and hours of the mail', () => {
    const answer = extractiveAnswer(
      'By when must the tenancy renewal form be posted back?',
      [note],
      new CitationList(),
    );
    expect(answer.answer).toContain('by Friday March 4th');
  });

  it('is read before a day or an hour, not before a means', () => {
    expect(statesDeadlineBy('Send it by fax by 12 noon on Wednesday.')).toBe(true);
    expect(statesDeadlineBy('Please reply by 11/3.')).toBe(true);
    expect(statesDeadlineBy('Send it by fax or by courier.')).toBe(false);
    expect(statesDeadlineBy('Prices rose by 5 percent.')).toBe(false);
  });
});
