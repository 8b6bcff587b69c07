import { describe, expect, it } from 'vitest';
import { unwrapLines } from './unwrap-lines.ts';

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
