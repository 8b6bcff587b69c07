import { describe, expect, it } from 'vitest';
import { countAsked, otherCountedKind, spanForCount } from './counted-kind.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('countAsked', () => {
  it('reads the thing counted and its kind, in English and after a Spanish noun', () => {
    expect(countAsked('How many plenary sessions did the Velm council hold in 2031?')).toEqual({
      head: 'sessions',
      kinds: ['plenary'],
    });
    expect(countAsked('¿Cuántas reuniones ordinarias celebró el consejo de Orvanne?')).toEqual({
      head: 'reuniones',
      kinds: ['ordinarias'],
    });
  });

  it('reads no kind from a verb after the noun or a word of time', () => {
    expect(countAsked('¿Cuántos integrantes tiene la comisión de Orvanne?')).toBeUndefined();
    expect(countAsked('How many new hires did Brenlac make?')).toBeUndefined();
  });
});

describe('otherCountedKind', () => {
  it('flags a count of another kind that never names the kind asked', () => {
    expect(
      otherCountedKind(
        '¿Cuántas reuniones ordinarias celebró el consejo de Orvanne?',
        'El grupo revisó las cuentas en 9 reuniones de trabajo y un foro abierto. [1]',
      ),
    ).toBe(true);
    expect(
      otherCountedKind(
        'How many plenary sessions did the Velm council hold in 2031?',
        'The panel met in 9 working sessions during 2031. [1]',
      ),
    ).toBe(true);
  });

  it('keeps the kind asked, and a count with no kind of its own', () => {
    expect(
      otherCountedKind(
        'How many plenary sessions did the Velm council hold in 2031?',
        'The council held 4 plenary sessions and 9 working sessions. [1]',
      ),
    ).toBe(false);
    expect(
      otherCountedKind(
        'How many plenary sessions did the Velm council hold in 2031?',
        'It held 4 sessions in 2031. [1]',
      ),
    ).toBe(false);
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer(
        'How many plenary sessions did the Velm council hold?',
        'The panel met in 9 working sessions. [1]',
      ),
    ).toBe('a count of another kind of the thing asked');
  });
});

describe('spanForCount', () => {
  it('flags a line whose only count is a span of time for a count of things asked', () => {
    expect(
      spanForCount(
        'How many draft charters did Orla Benning send for review?',
        'This covers what we can still change for the three week period after sign-off. [1]',
      ),
    ).toBe(true);
    expect(
      unsoundAnswer('How many pumps were installed at Kelvale?', 'The crew worked there for 12 days. [1]'),
    ).toBe('only a span of time for a count of things asked');
  });

  it('keeps a count of the things asked, a count of time asked, and any other count', () => {
    expect(
      spanForCount('How many pumps were installed at Kelvale?', 'Four pumps went in over 12 days. [1]'),
    ).toBe(false);
    expect(spanForCount('How many weeks did the Kelvale survey take?', 'It took three weeks. [1]')).toBe(
      false,
    );
    expect(
      spanForCount(
        'How many people are confirmed for the Kelvale tour?',
        'As of today 29 are confirmed. [1]',
      ),
    ).toBe(false);
  });
});
