import { describe, expect, it } from 'vitest';
import { actions } from './__fixtures__/spoken-meeting.ts';
import {
  DONE_HERE,
  dueDate,
  tidyTask,
  withAntecedent,
  withObject,
  withoutSaidAgain,
} from './task-phrases.ts';

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

describe('tidyTask on tasks said as people talk', () => {
  it('drops an aside trailing the task: a comment, an example, a hedge, a quotation', () => {
    expect(tidyTask("send them a link to the timetable tool, it's a sort of planner")).toBe(
      'Send them a link to the timetable tool',
    );
    expect(tidyTask('check the lease terms, which are due in spring')).toBe('Check the lease terms');
    // "which" asking which one stays: it is part of the task.
    expect(tidyTask('find out, which vans were late')).toBe('Find out, which vans were late');
    expect(tidyTask('think about what the kiosk needs, like what the main screen shows')).toBe(
      'Think about what the kiosk needs',
    );
    expect(tidyTask('copy the survey notes into the report, or as much as seems useful')).toBe(
      'Copy the survey notes into the report',
    );
    expect(tidyTask('upload the mock-ups to the shared drive or something')).toBe(
      'Upload the mock-ups to the shared drive',
    );
    expect(tidyTask('draft a note to the board, saying "here is where the budget stands"')).toBe(
      'Draft a note to the board',
    );
  });

  it('keeps the place said again after a restart, and drops a word begun and dropped', () => {
    expect(tidyTask('save the floor plan on the in the planning folder')).toBe(
      'Save the floor plan in the planning folder',
    );
    expect(tidyTask('get ge sketch what the kiosk should do')).toBe('Sketch what the kiosk should do');
    expect(tidyTask('go to the depot')).toBe('Go to the depot');
    expect(tidyTask('try to do is use a shorter form for the survey')).toBe(
      'Try to use a shorter form for the survey',
    );
    expect(tidyTask('find us a venue which is yeah close to the station')).toBe(
      'Find us a venue which is close to the station',
    );
  });

  it('reads "between now and next week" as a due date, not as part of the task', () => {
    expect(tidyTask('between now and next week draw up a seating plan')).toBe('Draw up a seating plan');
    expect(tidyTask('draw up a seating plan between now and Friday')).toBe('Draw up a seating plan');
  });
});

describe('withoutSaidAgain', () => {
  it('keeps the words said after a restart, and a "that" opening a clause', () => {
    expect(withoutSaidAgain('The group agreed to keep these this spare tent for the trip.')).toBe(
      'The group agreed to keep this spare tent for the trip.',
    );
    expect(
      withoutSaidAgain('The group agreed that the pump would sit on the on one of the side rails.'),
    ).toBe('The group agreed that the pump would sit on one of the side rails.');
    expect(withoutSaidAgain('The group agreed to had fewer stalls.')).toBe(
      'The group agreed to have fewer stalls.',
    );
    expect(withoutSaidAgain('The group agreed that the stalls open at nine.')).toBe(
      'The group agreed that the stalls open at nine.',
    );
  });
});

describe('withObject', () => {
  it('gives a task its object back from the clause it was said in, before a said time', () => {
    expect(
      withObject('Report on next time', 'I ran some timing tests, which I will report on next time.'),
    ).toBe('Report on some timing tests next time');
    expect(withObject('Write to them about', 'There are a few areas that we will write to them about.')).toBe(
      'Write to them about a few areas',
    );
    expect(withObject('Report on the tests', 'I ran some tests, which I will report on.')).toBe(
      'Report on the tests',
    );
  });
});

describe('withAntecedent', () => {
  it('puts back the thing a clause of condition or time named before the task', () => {
    expect(withAntecedent('Mail it to the board', 'Once we have a draft we will mail it to the board.')).toBe(
      'Mail the draft to the board',
    );
    expect(
      withAntecedent(
        'Email them to Dora',
        'If you take photos of the whiteboard, could you email them to Dora?',
      ),
    ).toBe('Email the photos to Dora');
  });

  it('keeps the pronoun when the clause names no noun, or one of the other number', () => {
    expect(withAntecedent('Send it to Priya', 'If you find anything, send it to Priya.')).toBe(
      'Send it to Priya',
    );
    expect(withAntecedent('Forward it', 'When you get the invoices, forward it.')).toBe('Forward it');
    expect(withAntecedent('Sign it off', 'If you are happy, sign it off.')).toBe('Sign it off');
    expect(withAntecedent('File it', 'Please file it.')).toBe('File it');
  });
});

describe('DONE_HERE', () => {
  it('tells writing done "here" in the room from work done elsewhere', () => {
    expect(DONE_HERE.test('write it down here')).toBe(true);
    expect(DONE_HERE.test('draw the layout up here')).toBe(true);
    // Pointing at a list ("the pressure goes here") may be work for later.
    expect(DONE_HERE.test('put the pressure here')).toBe(false);
    expect(DONE_HERE.test('write the totals in the ledger')).toBe(false);
    expect(DONE_HERE.test('check whether there is a fee')).toBe(false);
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

describe('"since" before a time', () => {
  it('keeps "since" and its date in the task, and reads no due date from it', () => {
    expect(tidyTask('pull the ticket sales since March 3')).toBe('Pull the ticket sales since March 3');
    expect(tidyTask('pull the ticket sales since it helps')).toBe('Pull the ticket sales');
    expect(
      dueDate("I'll pull the ticket sales since March 3.", new Date('2026-03-10T09:00:00Z')),
    ).toBeUndefined();
  });
});

describe('a task that asks, after a doubt the speaker voiced', () => {
  it('asks what the speaker doubted', () => {
    expect(
      actions([
        ['Chair', 'And the boat trip for the volunteers ?'],
        [
          'Mireille',
          "I'm not sure whether the ferry still runs on Sundays , but I'll phone the harbour office and ask .",
        ],
      ]),
    ).toEqual(['Mireille: Phone the harbour office and ask whether the ferry still runs on Sundays']);
  });

  it('leaves the task as said when the doubt is about the speaker or the one spoken to', () => {
    expect(
      actions([
        ['Chair', 'And the boat trip for the volunteers ?'],
        ['Mireille', "I'm not sure whether you have the boathouse keys , but I'll phone Lars and ask ."],
      ]),
    ).toEqual(['Mireille: Phone Lars and ask']);
  });
});
