import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const notice = notesHit(
  [
    'Following the staff meeting on May 3, we are pleased to announce some changes.',
    'Dora Quell, currently head of audit for Velm Freight, will work closely with Bo Lind on the new depot plans.',
    'Dora will also look at trading chances across the group.',
    'Replacing Dora in her current role will be Cy Moss, currently head of audit for Velm Rail.',
  ].join('\n'),
  'email',
  { title: 'Changes at Velm', path: '/mail/inbox.mbox', uri: 'mail:///inbox/21' },
);

describe('actSentenceAfter', () => {
  it('asked who is doing an act, the sentence after that says the act, not the one naming the post', () => {
    const answer = extractiveAnswer(
      'Who is replacing Dora Quell as head of audit for Velm Freight?',
      [notice],
      new CitationList(),
    );
    expect(answer.answer).toContain('Cy Moss');
  });

  it('keeps the sentence picked when the later one says the act of another topic', () => {
    const roles = notesHit(
      [
        'Dora Quell was named head of audit for Velm Freight by the board on May 3.',
        'Last year the board had elected Bo Lind as treasurer.',
      ].join('\n'),
      'email',
      { title: 'Board', path: '/mail/inbox.mbox', uri: 'mail:///inbox/22' },
    );
    const answer = extractiveAnswer(
      'Who was elected head of audit for Velm Freight?',
      [roles],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('Bo Lind');
  });

  it('does not take a sentence that asks of the act for one that tells it', () => {
    const talk = notesHit(
      [
        'I have spoken to Dora Quell about the Velm depot and all looks fine.',
        'When is the expected closing date.',
      ].join('\n'),
      'email',
      { title: 'Velm depot', path: '/mail/sent.mbox', uri: 'mail:///sent/4' },
    );
    const answer = extractiveAnswer(
      'What is the expected closing date for the Velm depot deal with Dora?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).not.toContain('When is the expected closing date');
  });
});
