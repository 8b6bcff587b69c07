/**
 * "How many … members …?": the sentence that writes a number before the thing counted, over one
 * of the same words whose figure counts another thing. Invented mail.
 */
import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const idea = notesHit(
  [
    'Maybe the Orla team could help us mail garden club members a leaflet listing 40 ways to cut their water bill before summer.',
    'Then we could add a seed voucher for each of them.',
  ].join('\n'),
  'email',
  { title: 'Re: Garden club', path: '/mail/inbox.mbox', uri: 'mail:///inbox/31' },
);
const draft = notesHit(
  [
    'Attached is a draft of the leaflet we would like to mail to our 2,300 garden club members on Monday.',
    'Please send me your comments by Friday.',
  ].join('\n'),
  'email',
  { title: 'Leaflet to garden club members', path: '/mail/inbox.mbox', uri: 'mail:///inbox/32' },
);

describe('a count asked of a thing', () => {
  it('is the number written before the thing counted, not a figure counting another thing', () => {
    const answer = extractiveAnswer(
      'How many garden club members is the club mailing the leaflet to?',
      [idea, draft],
      new CitationList(),
    );
    expect(answer.answer).toContain('2,300');
  });
});

describe('a span of time asked as a count', () => {
  it('leaves a span of days to the line that labels it', () => {
    const queue = notesHit(
      [
        'The following expense reports have been waiting in your queue for more than 4 days.',
        'Report Name: Lund 10/24 Days In Mgr. Queue: 6',
      ].join('\n'),
      'email',
      { title: 'Expense reports waiting', path: '/mail/inbox.mbox', uri: 'mail:///inbox/52' },
    );
    const answer = extractiveAnswer(
      'How many days has the Lund expense report been in my queue?',
      [queue],
      new CitationList(),
    );
    expect(answer.answer).toContain('Queue: 6');
  });
});
