import { describe, expect, it } from 'vitest';
import { expectedAnswerType } from './answer-type.ts';

describe('the name of a relative or of someone in a post', () => {
  it('asked in English, German, French or Spanish, asks a person', () => {
    expect(expectedAnswerType("What was the name of Dr. Omar Felden's daughter?")).toBe('person');
    expect(expectedAnswerType('Wie hieß die Mutter von Lena Brandt?')).toBe('person');
    expect(expectedAnswerType("Comment s'appelait le frère de Paul Verlaine-Morot ?")).toBe('person');
    expect(expectedAnswerType('¿Cómo se llamaba la abuela de Marta Quiroga?')).toBe('person');
  });

  it('the name of a thing does not', () => {
    expect(expectedAnswerType('Wie heißt die Tabelle mit den Umsätzen?')).not.toBe('person');
    expect(expectedAnswerType('What is the name of the file Ana sent?')).not.toBe('person');
  });
});
