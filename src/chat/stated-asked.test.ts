import { describe, expect, it } from 'vitest';
import { statesAskedForm } from './stated-asked.ts';

describe('statesAskedForm', () => {
  it('tells a clock time, a sum in the state asked and a measure asked', () => {
    expect(
      statesAskedForm(
        'What time is Ines Varga starting on the rowing machine tomorrow?',
        'Tomorrow I row on the machine from 610 am to 650 am. [1]',
        'RE: workout',
      ),
    ).toBe(true);
    expect(
      statesAskedForm(
        'How much does the Varna fund have available?',
        'So far we have about 4.6M available, with little to spare. [1]',
        'RE: Varna fund',
      ),
    ).toBe(true);
    expect(
      statesAskedForm('Which floor does Tomas want in the Orla tower?', 'We want the 9th floor. [1]', 'Orla'),
    ).toBe(true);
  });

  it('needs the form asked and a word the topic does not hold', () => {
    expect(
      statesAskedForm(
        'How much does the Varna fund have available?',
        'Tell us whether the 3M suits you. [1]',
        'RE: Varna fund',
      ),
    ).toBe(false);
    expect(
      statesAskedForm(
        'What time do guests board the Varna boat?',
        'Boat, dinner, drinks 6:00-9:00 PM. [1]',
        'RE: Varna boat trip on Friday',
      ),
    ).toBe(false);
    expect(statesAskedForm('Who is starting on the rowing machine?', 'Ines starts at 6:10 am. [1]')).toBe(
      false,
    );
  });

  it('tells a number under the label of the kind of phone line asked, not under another kind', () => {
    const question = "What is Ines Varga's cell number for the regatta?";
    expect(
      statesAskedForm(
        question,
        'On 5/2/2031, Ola Brekke wrote (quoted in "Re: Numbers for the regatta"): Cell: 555 014 2270. [1]',
        'Re: Numbers for the regatta',
      ),
    ).toBe(true);
    expect(
      statesAskedForm(
        question,
        'On 5/2/2031, Ola Brekke wrote (quoted in "Re: Numbers for the regatta"): Home: 555 014 9911. [1]',
        'Re: Numbers for the regatta',
      ),
    ).toBe(false);
  });
});
