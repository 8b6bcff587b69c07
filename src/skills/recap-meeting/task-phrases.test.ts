import { describe, expect, it } from 'vitest';
import { tidyTask } from './task-phrases.ts';

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
});
