import { describe, expect, it } from 'vitest';
import { middleNameOf } from './structured-answers.ts';

describe('middleNameOf', () => {
  it('reads the words the full name writes between the given and the family name', () => {
    expect(
      middleNameOf({ fullName: 'Dr. Lio Anselm Varga Jr.', givenName: 'Lio', familyName: 'Varga' }),
    ).toBe('Anselm');
    expect(middleNameOf({ fullName: 'Kit Maren Jo Arden', givenName: 'Kit', familyName: 'Arden' })).toBe(
      'Maren Jo',
    );
  });

  it('gives none when nothing stands between them, or a part of the name is missing', () => {
    expect(middleNameOf({ fullName: 'Lio Varga', givenName: 'Lio', familyName: 'Varga' })).toBeUndefined();
    expect(middleNameOf({ fullName: 'Lio Anselm Varga', givenName: 'Lio' })).toBeUndefined();
    expect(middleNameOf({ fullName: 'Varga Lio', givenName: 'Lio', familyName: 'Varga' })).toBeUndefined();
  });
});
