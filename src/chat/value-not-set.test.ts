import { describe, expect, it } from 'vitest';
import { unsoundAnswer } from './unsound-answer.ts';
import { valueLeftOut, valueNotNeeded, valueNotSetYet } from './value-not-set.ts';

describe('valueNotSetYet', () => {
  it('flags a sentence saying the measure asked is not fixed yet', () => {
    expect(
      valueNotSetYet(
        'What is the booking fee for the winter season at the Tarnby hall?',
        'Rolf Ek wrote: We have not yet agreed on a booking fee for the winter while the hall is repainted. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer(
        'What is the closing date of the Brisk Ridge sale?',
        'The closing date has not been set, as the lender wants 5 more days. [1]',
      ),
    ).toBe('the measure asked is said not to be set yet');
  });

  it('keeps a sentence that gives the measure, or says another was not set', () => {
    expect(
      valueNotSetYet(
        'What is the booking fee for the Tarnby deal?',
        'We have defined the booking fee at $400 a month. [1]',
      ),
    ).toBe(false);
    expect(
      valueNotSetYet(
        'What is the booking fee for the Tarnby deal?',
        'The booking fee is $400; the hosting rate has not been set yet. [1]',
      ),
    ).toBe(false);
  });
});

describe('valueNotNeeded', () => {
  it('flags a sentence that says the thing asked by name is not needed', () => {
    expect(
      valueNotNeeded(
        'What is the PIN for the Halvek results webcast?',
        'The recording stays up for a week at 1-800-555-0143; no PIN required. [1]',
      ),
    ).toBe(true);
    expect(
      valueNotNeeded(
        'What is the deposit for the Orla boathouse?',
        'A deposit is not required for members. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that gives the thing, or says another thing is not needed', () => {
    expect(
      valueNotNeeded(
        'What is the PIN for the Halvek results webcast?',
        'Dial 1-800-555-0143, PIN 4471; no registration required. [1]',
      ),
    ).toBe(false);
    expect(
      valueNotNeeded(
        'What is the deposit for the Orla boathouse?',
        'The deposit is $200, due on signing. [1]',
      ),
    ).toBe(false);
  });
});

describe('valueLeftOut', () => {
  it('makes the answer unsound: no value is given', () => {
    expect(
      unsoundAnswer(
        'What are the rates at the Harbour Inn?',
        'We have not quoted the Harbour Inn rates, since it is closed for works until May 2031. [1]',
      ),
    ).toBe('the thing asked is said to be left out');
  });

  it('flags a sentence that says the thing asked is left out', () => {
    expect(
      valueLeftOut(
        'What are the rates at the Harbour Inn?',
        'We have not quoted the Harbour Inn rates, since it is closed for works until May 2031. [1]',
      ),
    ).toBe(true);
    expect(
      valueLeftOut(
        'What is the fare to Tromsø?',
        'The fares are not included, as the airline has not priced June. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that gives the thing, or leaves out another', () => {
    expect(
      valueLeftOut('What are the rates at the Harbour Inn?', 'Harbour Inn rates are $140 a night. [1]'),
    ).toBe(false);
    expect(
      valueLeftOut(
        'What is the price of the Orla kayak?',
        'The price is $900, not including the paddles. [1]',
      ),
    ).toBe(false);
  });
});
