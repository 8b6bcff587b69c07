import { describe, expect, it } from 'vitest';
import { writersOwnAct } from './writer-own-act.ts';

describe('writersOwnAct', () => {
  const question = 'How many barrels has Ada Brill sold?';

  it('rejects another writer\'s "I" for the act asked of a named person', () => {
    const answer =
      'On Monday, May 4, 2026 10:12 AM, Ada Quist wrote (forwarded in "RE: Tanks"): I\'ve sold 700 barrels since Monday. [1]';
    expect(writersOwnAct(question, answer, 'Ada Quist')).toBe(true);
  });

  it('keeps the asked person\'s own "I", and a sentence that names them', () => {
    expect(writersOwnAct(question, "I've sold 700 barrels. [1]", 'Brill, Ada')).toBe(false);
    expect(writersOwnAct(question, "I've heard Brill sold 700 barrels. [1]", 'Ada Quist')).toBe(false);
    expect(writersOwnAct(question, 'Brill has sold 700 barrels. [1]', 'Ada Quist')).toBe(false);
  });

  it('leaves a thing of the named person alone: "What is Ada Brill\'s evening number?"', () => {
    expect(
      writersOwnAct(
        "What is Ada Brill's evening number?",
        'I can be reached at 555-0142 in the evening. [1]',
        'Ivo Lund',
      ),
    ).toBe(false);
  });

  it('leaves "we" alone, and questions that ask no named person\'s act', () => {
    expect(writersOwnAct(question, 'We sold 700 barrels. [1]', 'Ada Quist')).toBe(false);
    expect(writersOwnAct('How many barrels were sold?', "I've sold 700 barrels. [1]", 'Ada Quist')).toBe(
      false,
    );
    expect(writersOwnAct(question, "I've sold 700 barrels. [1]", undefined)).toBe(false);
  });
});
