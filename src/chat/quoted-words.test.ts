import { describe, expect, it } from 'vitest';
import { holdsQuote, quotedWords } from './quoted-words.ts';

describe('quotedWords', () => {
  it('reads the words between a pair of quote marks, single, double or curly', () => {
    expect(quotedWords("Who wrote the comment 'Ship it on Friday'?")).toBe('Ship it on Friday');
    expect(quotedWords('Who wrote the note "Let\'s move the kiln"?')).toBe("Let's move the kiln");
    expect(quotedWords('Who added “call the glazier back”?')).toBe('call the glazier back');
  });

  it('takes no apostrophe of a word or a single quoted word for a quote', () => {
    expect(quotedWords("What is Dana Voss' pager number?")).toBeUndefined();
    expect(quotedWords("When did the potters' guild meet?")).toBeUndefined();
    expect(quotedWords('Who wrote "draft"?')).toBeUndefined();
  });
});

describe('holdsQuote', () => {
  it('finds the quoted words whatever their case, apostrophe form and punctuation', () => {
    expect(holdsQuote('Comment by Rhea Tull: Let’s move the kiln, then.', "let's move the kiln")).toBe(true);
    expect(holdsQuote('Comment by Rhea Tull: move the kiln later', "Let's move the kiln")).toBe(false);
  });
});
