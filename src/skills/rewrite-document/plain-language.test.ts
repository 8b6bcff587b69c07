import { describe, expect, it } from 'vitest';
import { checkKeptFacts } from '../grounding/kept-facts.ts';
import { shortenSentence, simplifySentence } from './plain-language.ts';

describe('plain-language edits', () => {
  it('keeps a name written in lower case at the start of a sentence', () => {
    // From docx4j_OpenDoPE_Images.docx in the shared corpus: the builtin rewrite used to turn it into "Docx4j".
    const sentence =
      'docx4j is also able to update the image which appears in the docx from base 64 encoded data.';
    expect(simplifySentence(sentence)).toEqual([sentence]);
    expect(shortenSentence('docx4j is able to update the image in order to show it.')).toBe(
      'docx4j can update the image to show it.',
    );
    expect(checkKeptFacts(sentence, shortenSentence(sentence)).kept).toBe(true);
  });

  it('still capitalises a sentence whose capitalised opening words were cut', () => {
    expect(shortenSentence('Basically, the budget is going to be cut.')).toBe('The budget will be cut.');
    expect(shortenSentence('The team is going to Berlin.')).toBe('The team is going to Berlin.');
  });
});
