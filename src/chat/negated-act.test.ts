import { describe, expect, it } from 'vitest';
import { negatesAskedAct } from './negated-act.ts';

const doc = { type: 'document' } as const;

describe('a line that says the act asked is not done', () => {
  it('is no answer to what, which or since which version it is done', () => {
    expect(
      negatesAskedAct(
        'Since which Quillby version can you embed the logo into the bound field?',
        doc,
        'Quillby (as of v2.4) does not offer a way of embedding the logo into the bound field. [1]',
      ),
    ).toBe(true);
    expect(
      negatesAskedAct(
        'What were the noise levels of the tractors in the field survey?',
        doc,
        'The tractors were measured, but their readings were not surveyed because only three passed. [1]',
      ),
    ).toBe(true);
  });

  it('leaves a negation of another act, questions about what is not done, and chat lines alone', () => {
    expect(
      negatesAskedAct(
        'How many plots did the field survey use?',
        doc,
        'The survey holds 212 plots, but we used 180 because we could not find past field survey owners. [1]',
      ),
    ).toBe(false);
    expect(
      negatesAskedAct(
        'Which mowers is the Quillby kit not compatible with?',
        doc,
        'The kit is not compatible with the Brandt 40 mowers. [1]',
      ),
    ).toBe(false);
    expect(
      negatesAskedAct(
        'Since which Quillby version can you embed the logo?',
        { type: 'chat' },
        'quillby does not embed logos',
      ),
    ).toBe(false);
  });
});
