import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';

const mail = (text: string, title: string) =>
  notesHit(text, 'email', { title, path: '/mail/home.mbox', uri: 'mail:///home/9' });

describe('numbers labelled in a signature', () => {
  it('a letter closed like a list\'s ("w) …") stays with its number and says which line it is', () => {
    const hit = mail(
      [
        'Thanks for the dinner last week, it was good to see everyone.',
        '',
        'Here are my details.',
        '',
        'Ivo Marsh',
        '12 Quarry Lane',
        'Eastvale, ZZ 00417',
        'h) 555-201-0142',
        'm) 555-201-0144',
        'w) 555-201-0143',
      ].join('\n'),
      'Ivo Marsh details',
    );
    const answer = extractiveAnswer("What's Ivo Marsh's work number?", [hit], new CitationList());
    expect(answer.answer).toContain('555-201-0143');
  });
});
