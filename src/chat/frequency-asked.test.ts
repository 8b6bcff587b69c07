import { describe, expect, it } from 'vitest';
import { frequencyAsked, frequencyMissing } from './frequency-asked.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('frequencyAsked', () => {
  it('tells "how often" in several languages', () => {
    expect(frequencyAsked('How often are the Velm pumps inspected?')).toBe(true);
    expect(frequencyAsked('Как часто проверяют насосы в Велме?')).toBe(true);
    expect(frequencyAsked('Wie oft wird der Brenlac-Kurs angeboten?')).toBe(true);
    expect(frequencyAsked('How many pumps are there in Velm?')).toBe(false);
  });
});

describe('frequencyMissing', () => {
  it('flags a line that gives no frequency', () => {
    expect(
      frequencyMissing(
        'How often are the Velm pumps inspected?',
        'The inspector checks each pump against the list. [1]',
      ),
    ).toBe(true);
    expect(
      frequencyMissing(
        'Как часто проверяют насосы в Велме?',
        'После проверки инспектор передаёт акт главе поселения. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a line that gives one', () => {
    expect(
      frequencyMissing(
        'How often are the Velm pumps inspected?',
        'Pumps are inspected every six months. [1]',
      ),
    ).toBe(false);
    expect(
      frequencyMissing('Как часто проверяют насосы в Велме?', 'Насосы проверяют не реже 1 раза в год. [1]'),
    ).toBe(false);
    expect(
      frequencyMissing(
        'Wie oft wird der Brenlac-Kurs angeboten?',
        'Der Kurs findet zweimal pro Jahr statt. [1]',
      ),
    ).toBe(false);
  });

  it('keeps a line that gives a share of the occasions', () => {
    expect(
      frequencyMissing(
        'How often does the council approve the Velm permits?',
        'The council approves these 80% of the time; a few wait a year. [1]',
      ),
    ).toBe(false);
    expect(
      frequencyMissing('How often is the Velm ferry late?', 'It runs late nine times out of ten. [1]'),
    ).toBe(false);
    expect(
      frequencyMissing('How often is the Velm ferry late?', 'About 80% of riders take the ferry. [1]'),
    ).toBe(true);
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer(
        'How often are the Velm pumps inspected?',
        'The inspector checks each pump against the list. [1]',
      ),
    ).toBe('no frequency for "how often"');
  });
});
