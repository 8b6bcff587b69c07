import { describe, expect, it } from 'vitest';
import { notesHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { extractiveAnswer } from './passage-answer.ts';
import { askedVerb } from './question-terms.ts';

describe('the act a chat question asks of a nick written in lower case', () => {
  it('reads the verb after a lower-case nick, and the act told after "say … should" / "tell … to"', () => {
    expect(askedVerb('What did brenna remove to speed up her copies?')).toBe('remov');
    expect(askedVerb('Which package did tolvik say brenna should purge instead of lanfix?')).toBe('purg');
    expect(askedVerb('What did tolvik tell brenna to delete first?')).toBe('delet');
    // A determiner or people at large do no act of their own.
    expect(askedVerb('What did the board approve last week?')).toBeUndefined();
    expect(askedVerb('What do people say about the rent?')).toBeUndefined();
  });

  it('keeps the line that says the act asked over a sibling that shares more of the question', () => {
    const talk = notesHit(
      [
        '[20:01] <brenna> my copies over the lan crawl at 3 mb/s, any idea?',
        '[20:05] <tolvik> brenna: check the firewall first',
        '[20:09] <brenna> tolvik: copies over the lan still crawl with big files, 3 mb/s on a 4gb file',
        '[20:10] <brenna> tolvik: now i have removed both quellwall and netgate',
        '[20:12] <brenna> tolvik: copies over the lan are slow with big files too',
      ].join('\n'),
      'chat',
    );
    const answer = extractiveAnswer(
      'What did brenna remove to try to fix her slow copies over the lan with big files?',
      [talk],
      new CitationList(),
    );
    expect(answer.answer).toContain('quellwall');
  });
});
