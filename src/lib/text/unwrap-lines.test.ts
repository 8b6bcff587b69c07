import { describe, expect, it } from 'vitest';
import { joinStackedLetters, unwrapLines, wrappedParagraphs } from './unwrap-lines.ts';

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

  it('joins a line that stops on an article or a preposition to the name or figure that opens the next', () => {
    // Invented: a document's paragraph broken by hand, far shorter than its longest lines.
    expect(
      unwrapLines(
        ['La fête du club se tiendra le 3 juin au', 'Palais Vert de Valdora à midi.'],
        undefined,
        true,
      ),
    ).toEqual(['La fête du club se tiendra le 3 juin au Palais Vert de Valdora à midi.']);
    expect(
      unwrapLines(['The spring dinner will be held at', 'Orchard Hall on Friday.'], undefined, true),
    ).toEqual(['The spring dinner will be held at Orchard Hall on Friday.']);
    // Mail is wrapped by width alone: its hand-typed short lines stay as they are.
    expect(
      unwrapLines(['The spring dinner will be held at', 'Orchard Hall on Friday.'], 72, false),
    ).toHaveLength(2);
    // A short line, or one that stops on a longer word, stays apart.
    expect(unwrapLines(['Sign in', 'Orchard Hall'], undefined, true)).toEqual(['Sign in', 'Orchard Hall']);
    expect(unwrapLines(['Things to bring to the hall', 'Plates and cups'], undefined, true)).toEqual([
      'Things to bring to the hall',
      'Plates and cups',
    ]);
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

describe('wrappedParagraphs', () => {
  // An invented report wrapped at about 60 characters with no blank line between its paragraphs.
  const report = [
    'The harbour board met on Monday to look at the ferry timetable',
    'for the spring. Crossings rose by a tenth over the winter, and the',
    'morning boats were full on most days of the week, so the board',
    'asked for two more crossings before nine in the morning.',
    'The fares committee then reported on the new weekly ticket. Most',
    'passengers who bought it travel every day, and the committee',
    'expects sales to grow once the spring timetable is printed and',
    'handed out at the quay, the station and the town hall.',
    '    Staff numbers stay as they are until the summer, when the',
    'board will look again at the crews of the two largest boats.',
  ];

  it('cuts a long wrapped block where a sentence ends with room left on its line, or before an indent', () => {
    expect(wrappedParagraphs(report).map((lines) => lines.length)).toEqual([4, 4, 2]);
  });

  it('keeps a sentence end that falls near the wrap width inside its paragraph', () => {
    const lines = [...report];
    lines[3] = 'asked for two more crossings before nine in the mornings too.';
    expect(wrappedParagraphs(lines)[0]).toHaveLength(8);
  });

  it('leaves short blocks and blocks of short lines (verse, addresses) whole', () => {
    expect(wrappedParagraphs(report.slice(0, 6))).toHaveLength(1);
    const verse = ['The tide goes out.', 'The boats lie still.', 'Gulls wait on the wall.', 'Night comes.'];
    expect(wrappedParagraphs([...verse, ...verse])).toHaveLength(1);
  });
});
