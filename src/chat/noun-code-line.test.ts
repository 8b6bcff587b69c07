import { describe, expect, it } from 'vitest';
import { codeAfterNoun, nounAsked, nounCodeLine } from './noun-code-line.ts';

const line = (text: string, position: number) => ({ text, position });

describe('the line that writes the noun asked with its code', () => {
  const ticket = [
    line('NORTHWIND AIR 12MAY ODESSA TX BOISE ID 710A 1015A', 0),
    line('NW 4471 Y TUE MIDLAND INTL BOISE AIR TERMINAL', 1),
    line('SEAT 14C AISLE CONFIRMED VARGA/ILONA', 2),
  ];
  const [flight] = ticket;

  it('answers "what seat" by the seat line, not the line of the cities asked', () => {
    expect(
      nounCodeLine('What seat do I have on the May 12 flight from Odessa to Boise?', flight!, ticket)?.text,
    ).toBe('SEAT 14C AISLE CONFIRMED VARGA/ILONA');
  });

  it('leaves a first line that writes the noun, two different codes, and questions of no field', () => {
    expect(nounCodeLine('What seat do I have?', ticket[2]!, ticket)).toBeUndefined();
    const two = [...ticket, line('SEAT 15D WINDOW CONFIRMED VARGA/PETRA', 3)];
    expect(nounCodeLine('What seat do I have on the flight to Boise?', flight!, two)).toBeUndefined();
    expect(nounCodeLine('What is the flight to Boise?', flight!, ticket)).toBeUndefined();
    expect(nounCodeLine('When does the flight to Boise leave?', flight!, ticket)).toBeUndefined();
  });

  it('reads the noun asked and the code after it', () => {
    expect(nounAsked('Which gate does the Boise flight leave from?')).toBe('gate');
    expect(nounAsked('What time does the flight leave?')).toBeUndefined();
    expect(codeAfterNoun('Boarding at Gate B12 from 9:40', 'gate')).toBe('B12');
    expect(codeAfterNoun('Locker #417 is yours', 'locker')).toBe('417');
    expect(codeAfterNoun('the seat 2021 budget', 'seat')).toBeUndefined();
    expect(codeAfterNoun('a seat by the window', 'seat')).toBeUndefined();
    expect(codeAfterNoun('Desk 402-398-7454 after hours', 'desk')).toBeUndefined();
    expect(nounAsked('What number do members call for the help line?')).toBeUndefined();
    expect(nounAsked('Which html5 parser does the tool ship?')).toBeUndefined();
  });
});
