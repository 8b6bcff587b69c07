import { describe, expect, it } from 'vitest';
import { carriesType, expectedAnswerType } from './answer-type.ts';
import { writesMenuPath } from './menu-path.ts';

describe('menu-path: a place inside a program', () => {
  it('reads a path of menus written with arrows or ">"', () => {
    expect(writesMenuPath('pelle: Settings>Sound Devices>Default Output')).toBe(true);
    expect(writesMenuPath('open Edit -> Options -> Zorvo Sync and untick it')).toBe(true);
    expect(writesMenuPath('Tools → Accounts → Outbox')).toBe(true);
  });

  it('does not read a comparison, a quoted mail line or an arrow of two parts', () => {
    expect(writesMenuPath('the new box is faster: 12 > 9 anyway')).toBe(false);
    expect(writesMenuPath('> > see the note below from Hedda')).toBe(false);
    expect(writesMenuPath('press Ctrl -> then wait')).toBe(false);
    expect(writesMenuPath('quality > quantity, as Hedda says')).toBe(false);
  });

  it('makes a chat line with a menu path a place for "where do I change …"', () => {
    const question = 'Where did pelle tell lisbet to change the default sound output?';
    expect(expectedAnswerType(question)).toBe('place');
    expect(carriesType('lisbet: Settings>Sound Devices>Default Output', 'place')).toBe(true);
  });
});
