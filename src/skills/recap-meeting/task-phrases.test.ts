import { describe, expect, it } from 'vitest';
import { dueDate, tidyTask } from './task-phrases.ts';

describe('tidyTask', () => {
  it('drops a filler said inside the task, and keeps "let you know" and "what you know"', () => {
    expect(tidyTask('check the logs to see what broke, you know, which jobs failed')).toBe(
      'Check the logs to see what broke, which jobs failed',
    );
    expect(tidyTask('let you know by Friday')).toBe('Let them know');
    expect(tidyTask('find out what you know about the lease')).toBe(
      'Find out what they know about the lease',
    );
  });

  it('drops a comment said after the task, and reports "you" as a subject as "they"', () => {
    expect(tidyTask('send us the figures, that would be great')).toBe('Send us the figures');
    expect(tidyTask('check whether you can book the hall')).toBe('Check whether they can book the hall');
    expect(tidyTask('send you the minutes')).toBe('Send them the minutes');
  });

  it('drops a letter broken off inside the task, and keeps one that names an item', () => {
    expect(tidyTask('make the slides more w readable')).toBe('Make the slides more readable');
    expect(tidyTask('book the rooms for plan b')).toBe('Book the rooms for plan b');
  });

  it('drops a due date said with "by the …" whole, and keeps a date naming the thing worked on', () => {
    expect(tidyTask('send the data export by the 31st of January')).toBe('Send the data export');
    expect(tidyTask('make sure the demo server is up to date by the 13th.')).toBe(
      'Make sure the demo server is up to date',
    );
    expect(tidyTask('write the notes for the 3rd of May meeting')).toBe('Write the notes for the meeting');
  });
});

describe('dueDate', () => {
  const meeting = new Date('2026-12-07T09:00:00Z');

  it('reads a day of the month said alone as the next such day', () => {
    expect(dueDate('Please make sure the demo server is up to date by the 13th.', meeting)).toEqual({
      due: '2026-12-13',
      dueText: 'by the 13th',
    });
    expect(dueDate('I can send it on the 3rd, if that works.', meeting)).toEqual({
      due: '2027-01-03',
      dueText: 'on the 3rd',
    });
    // Without a meeting date it is kept as said.
    expect(dueDate('I will send it by the 13th.', undefined)).toEqual({ dueText: 'by the 13th' });
  });

  it('takes no ordinal that names a thing, or one said without "by", "on", "before", "until" or "due"', () => {
    expect(dueDate('I will book a room on the 5th floor.', meeting)).toBeUndefined();
    expect(dueDate('I will read up on the 13th century.', meeting)).toBeUndefined();
    expect(dueDate('The 13th was a good day.', meeting)).toBeUndefined();
  });
});
