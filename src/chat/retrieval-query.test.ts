import { describe, expect, it } from 'vitest';
import { retrievalQuestion } from './retrieval-query.ts';

describe('retrievalQuestion', () => {
  it('drops the asker from "from me" so that "me" is not read as a sender', () => {
    expect(retrievalQuestion('What does Odile need from me for the harbour survey packet?')).toBe(
      'What does Odile need for the harbour survey packet?',
    );
  });

  it('drops the noun naming the kind of value asked', () => {
    expect(retrievalQuestion("What's Tomas Brevik's fax number?")).toBe("What's Tomas Brevik's fax ?");
  });

  it('keeps every other word, names and dates included', () => {
    const question = 'Where is the Larchmere offsite on Friday?';
    expect(retrievalQuestion(question)).toBe(question);
  });
});
