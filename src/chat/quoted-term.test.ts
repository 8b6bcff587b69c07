import { describe, expect, it } from 'vitest';
import { quotedTermUnsaid } from './defined-term.ts';

describe('a quoted term whose meaning is asked', () => {
  it('is not answered by a line that never writes it', () => {
    expect(
      quotedTermUnsaid(
        'Was bedeutet „häufig“ in der Gießtabelle?',
        'Gießtabelle Gewächshaus: Pflanze, Menge, Takt. [1]',
      ),
    ).toBe(true);
    expect(
      quotedTermUnsaid('What does "weekly" mean in the chore chart?', 'Chore chart: Tasks, Owner. [1]'),
    ).toBe(true);
  });

  it('is answered by a line that writes it, and other questions are left alone', () => {
    expect(
      quotedTermUnsaid('Was bedeutet „häufig“ in der Gießtabelle?', 'Farn | häufig | jeden zweiten Tag [1]'),
    ).toBe(false);
    expect(quotedTermUnsaid('Who wrote "weekly" on the chore chart?', 'Chore chart: Tasks, Owner. [1]')).toBe(
      false,
    );
    expect(
      quotedTermUnsaid(
        "Qu'est-ce qu'une fiche de garde dans le planning ?",
        "La fiche de garde : est remplie par l'équipe de nuit. [1]",
      ),
    ).toBe(false);
  });
});
