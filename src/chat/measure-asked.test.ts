import { describe, expect, it } from 'vitest';
import { measureAsked, measureMissing, otherMeasureForDimension } from './measure-asked.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('measureAsked', () => {
  it('tells a speed, a weight or an age asked', () => {
    expect(measureAsked('At what speed does the Lumo cart run in the hill test?')).toBe('speed');
    expect(measureAsked('Wie viel wog Ines Varga nach der Kur?')).toBe('weight');
    expect(measureAsked('How old is the Tamsin pony?')).toBe('age');
    expect(measureAsked('Wie alt ist der Patient im zweiten Beispiel?')).toBe('age');
    expect(measureAsked('Which floor is the Orla studio moving to?')).toBe('floor');
    expect(measureAsked('How many carts ran the hill test?')).toBeUndefined();
  });
});

describe('measureMissing', () => {
  it('flags a speed asked and answered by a sentence that gives none', () => {
    const question = 'At what speed does the Lumo cart run in the hill test?';
    expect(measureMissing(question, 'The hill test records grams per mile (g/mi) for each cart. [1]')).toBe(
      true,
    );
    expect(measureMissing(question, 'In the hill test the cart runs at 12 km/h under half load. [1]')).toBe(
      false,
    );
    expect(measureMissing(question, 'It is driven at 18 miles per hour on the slope. [1]')).toBe(false);
  });

  it('flags a weight asked and answered by a figure that weighs nothing', () => {
    const question = 'Wie viel wog Ines Varga am Ende der Kur?';
    expect(measureMissing(question, 'Die Kur endete mit der 9. [1]')).toBe(true);
    expect(measureMissing(question, 'Am Ende der Kur wog sie 61 kg. [1]')).toBe(false);
  });

  it('flags a floor asked and answered by a sentence that names none', () => {
    const question = 'Which floor does Nela Voss want in the Orla tower?';
    expect(measureMissing(question, 'Orla has finished a new tower beside the river. [1]')).toBe(true);
    expect(measureMissing(question, 'We want the 9th floor at $22 sq. ft. [1]')).toBe(false);
    expect(measureMissing(question, 'Come up to my office on 27 and I will show you. [1]')).toBe(false);
    expect(measureMissing(question, 'Her room is ORB2210 in the tower. [1]')).toBe(false);
  });

  it('a count of floors gives no floor', () => {
    const question = 'Which floor does Nela Voss want in the Orla tower?';
    expect(measureMissing(question, 'Tarvik Ltd took two floors in the tower last spring. [1]')).toBe(true);
    expect(measureMissing(question, 'Tarvik Ltd leased 3 floors there. [1]')).toBe(true);
    expect(measureMissing(question, 'We want the 9th and 10th floors. [1]')).toBe(false);
  });

  it('flags an age asked and answered by a count of something else', () => {
    const question = 'Wie alt ist die Klientin im zweiten Fallbeispiel?';
    expect(
      measureMissing(question, 'Es zeigen sich insgesamt 7 Anteile in verschiedenen Alterszuständen. [1]'),
    ).toBe(true);
    expect(measureMissing(question, 'Die 29jährige Klientin kommt in die Praxis. [1]')).toBe(false);
    expect(measureMissing(question, 'Kurz danach starb seine 41‑jährige Schwester. [1]')).toBe(false);
    expect(measureMissing('How old is Dorin Plessa?', 'Dorin Plessa, Age: 52. [1]')).toBe(false);
    expect(measureMissing('How old is the Tamsin pony?', 'Tamsin is a six-year-old pony. [1]')).toBe(false);
    expect(
      measureMissing('Ab welchem Alter lesen die Kinder?', 'Im Alter von 7 Jahren lesen die meisten. [1]'),
    ).toBe(false);
  });

  it('leaves questions that ask no measure alone', () => {
    expect(measureMissing('How many carts ran the hill test?', 'Nine carts ran it. [1]')).toBe(false);
  });
});

describe('unsoundAnswer with a measure asked', () => {
  it('names the missing measure as the reason', () => {
    expect(unsoundAnswer('Wie viel wog Ines Varga am Ende der Kur?', 'Die Kur endete mit der 9. [1]')).toBe(
      'no speed, weight, age, floor or room for the one asked',
    );
  });
});

describe('otherMeasureForDimension', () => {
  const question = 'How long was the Varna foal at birth?';

  it('flags a length asked and answered by a weight alone', () => {
    const answer =
      'Tamsin wrote (forwarded in "Re: new foal"): The Varna foal weighed 31 kg on the scale. [1]';
    expect(otherMeasureForDimension(question, answer)).toBe(true);
    expect(unsoundAnswer(question, answer)).toBe('another measure for a length asked');
    expect(otherMeasureForDimension('How wide is the Orla shed?', 'The Orla shed weighs 2 tons. [1]')).toBe(
      true,
    );
  });

  it('keeps a length, a time span, and answers with no other measure', () => {
    expect(otherMeasureForDimension(question, 'The foal was 31 kg and 94 cm long. [1]')).toBe(false);
    expect(
      otherMeasureForDimension('How wide is the Orla shed?', "The shed is 18' wide and 2 tons. [1]"),
    ).toBe(false);
    expect(
      otherMeasureForDimension('How long is the Orla ride?', 'The ride takes 3 hours at 12 km/h. [1]'),
    ).toBe(false);
    expect(otherMeasureForDimension(question, 'The foal is doing well. [1]')).toBe(false);
    expect(otherMeasureForDimension('How heavy was the foal?', 'The foal weighed 31 kg. [1]')).toBe(false);
  });
});

describe('a room asked', () => {
  const question = 'Which room is my Tuesday review with Ilka in?';
  it('is asked by "which room"', () => {
    expect(measureAsked(question)).toBe('room');
    expect(measureAsked('Which conference room is the budget call in?')).toBe('room');
  });
  it('is not given by a sentence that wants a room and names none', () => {
    expect(measureMissing(question, 'Please find us a room near the lifts on the 9th floor. [1]')).toBe(true);
  });
  it('is given by a room number, a room code, a room name or a location field', () => {
    expect(measureMissing(question, 'We are in Room 4410 from 2 to 3. [1]')).toBe(false);
    expect(measureMissing(question, 'The review moved to EC-2210. [1]')).toBe(false);
    expect(measureMissing(question, 'See you in 12B3 after lunch. [1]')).toBe(false);
    expect(measureMissing(question, 'It will be held in the Willow Room. [1]')).toBe(false);
    expect(measureMissing(question, 'Location: Annex B. [1]')).toBe(false);
  });
});
