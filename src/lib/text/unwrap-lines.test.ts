import { describe, expect, it } from 'vitest';
import { joinStackedLetters, unwrapLines } from './unwrap-lines.ts';

describe('unwrapLines', () => {
  it('joins mail wrapped at a fixed width and keeps list items apart', () => {
    const lines = [
      'The harbour board met on Monday and agreed to move the ferry timetable',
      'review to the spring, after the new berths are open.',
      '- first item',
      '- second item',
    ];
    expect(unwrapLines(lines, 72)).toEqual([
      'The harbour board met on Monday and agreed to move the ferry timetable review to the spring, after the new berths are open.',
      '- first item',
      '- second item',
    ]);
  });

  it('joins a numbered item whose continuation is typed indented under it', () => {
    const lines = [
      '1. To measure the effect of 12 weeks of the new timetable on the share of ',
      '    PASSENGERS arriving late.',
      '2. To count missed connections.',
    ];
    expect(unwrapLines(lines)).toEqual([
      '1. To measure the effect of 12 weeks of the new timetable on the share of PASSENGERS arriving late.',
      '2. To count missed connections.',
    ]);
  });

  it('keeps short lines and field lines on their own', () => {
    expect(unwrapLines(['Phone: 555 0100', 'Room: 4B'])).toEqual(['Phone: 555 0100', 'Room: 4B']);
    expect(unwrapLines(['Best regards', 'Mara'])).toEqual(['Best regards', 'Mara']);
  });

  it('keeps lines laid out in columns apart, however near the wrap width', () => {
    const list = ['Harbor Gas   Ana Ruiz   (403) 555 - 0101', 'Kestrel   Ben Ode   (403) 555 - 0102'];
    expect(unwrapLines(list, 40)).toEqual(list);
    // Two spaces after a full stop part no columns.
    expect(unwrapLines(['We met on Monday about the lease.  It went', 'well and we signed.'], 44)).toEqual([
      'We met on Monday about the lease.  It went well and we signed.',
    ]);
  });
});

describe('joinStackedLetters', () => {
  it('joins a word written one letter a line', () => {
    expect(joinStackedLetters('H\ne\na\nd\ne\nr\n3')).toBe('Header3');
    expect(joinStackedLetters('季\n度\n报\n告')).toBe('季度报告');
  });

  it('keeps a list of single marks, short stacks and ordinary lines', () => {
    expect(joinStackedLetters('A\nB\nC')).toBe('A\nB\nC');
    expect(joinStackedLetters('1\n2\n3')).toBe('1\n2\n3');
    expect(joinStackedLetters('O\nK')).toBe('O\nK');
    expect(joinStackedLetters('Handle\nBars')).toBe('Handle\nBars');
  });
});
