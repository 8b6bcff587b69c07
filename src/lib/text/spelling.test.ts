import { describe, expect, it } from 'vitest';
import { americanSpelling } from './spelling.ts';
import { stem } from './stem.ts';

describe('americanSpelling', () => {
  it.each([
    ['organised', 'organized'],
    ['organisation', 'organization'],
    ['criticise', 'criticize'],
    ['analysed', 'analyzed'],
    ['behaviour', 'behavior'],
    ['colourful', 'colorful'],
    ['centre', 'center'],
    ['centred', 'centered'],
    ['millimetres', 'millimeters'],
    ['fibre', 'fiber'],
    ['catalogue', 'catalog'],
    ['cataloguing', 'cataloging'],
    ['dialogues', 'dialogs'],
    ['programme', 'program'],
    ['defence', 'defense'],
  ])('spells %s as %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each([
    'precise',
    'revise',
    'surprise',
    'advertise',
    'praise',
    'noise',
    'otherwise',
    'analyses',
    'four',
    'hour',
    'acre',
    'vogue',
    'color',
  ])('leaves %s as it is', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });

  it('makes both spellings of a word one stem, and keeps families of -ise words together', () => {
    for (const [british, american] of [
      ['linearised', 'linearized'],
      ['catalogues', 'catalogs'],
      ['behavioural', 'behavioral'],
      ['centres', 'centers'],
    ])
      expect(stem(british!)).toBe(stem(american!));
    expect(stem('precise')).toBe(stem('precisely'));
    expect(stem('revise')).toBe(stem('revision'));
    expect(stem('advertise')).toBe(stem('advertisement'));
  });
});
