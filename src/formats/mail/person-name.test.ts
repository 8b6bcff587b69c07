import { describe, expect, it } from 'vitest';
import { greetingName, personName } from './person-name.ts';

describe('a display name as a person is named', () => {
  it('turns a directory name around', () => {
    expect(personName('Lind, Oskar')).toBe('Oskar Lind');
    expect(personName('"Quist, Mara B."')).toBe('Mara B. Quist');
    expect(personName('LIND, OSKAR')).toBe('OSKAR LIND');
    expect(greetingName('Falk, Pia')).toBe('Pia');
  });

  it('drops a credential or generational suffix instead of taking it for a first name', () => {
    expect(personName('Oskar T. Lind, CFP')).toBe('Oskar T. Lind');
    expect(personName('Mara Quist, PhD')).toBe('Mara Quist');
    expect(personName('Lind, Oskar, Jr.')).toBe('Oskar Lind');
    expect(greetingName('"Oskar T. Lind, CPA"')).toBe('Oskar');
  });

  it('leaves a name without a comma as it is written', () => {
    expect(personName('Pia Falk')).toBe('Pia Falk');
    expect(greetingName('Pia Falk')).toBe('Pia');
  });
});
