import { describe, expect, it } from 'vitest';
import { headerLinesOnly } from './header-lines-only.ts';
import { unsoundAnswer } from './unsound-answer.ts';

const headers =
  'ines.vale@example.org on 03/04/2031 05:12:40 PM. [1] cc: Subject: Re: the March rota for Orla. [2]';

describe("headerLinesOnly: a quoted message's header lines alone", () => {
  it('flags them for the time of a reported act, and for a question on another thing', () => {
    const question = 'When did Ines say the Orla rota would go out?';
    expect(headerLinesOnly(question, headers)).toBe(true);
    expect(unsoundAnswer(question, headers)).toBeDefined();
    expect(headerLinesOnly('What is on the Orla rota for March?', headers)).toBe(true);
  });
  it('keeps them for who wrote or when it was written, and keeps a line of text', () => {
    expect(headerLinesOnly('When did Ines send the Orla rota?', headers)).toBe(false);
    expect(headerLinesOnly('Who wrote about the March rota?', headers)).toBe(false);
    expect(
      headerLinesOnly(
        'When did Ines say the Orla rota would go out?',
        'We will send it out tonight around 7. [1]',
      ),
    ).toBe(false);
  });
});
