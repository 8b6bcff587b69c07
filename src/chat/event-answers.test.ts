import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { searchHit } from './__fixtures__/search-hit.ts';
import { CitationList } from './citations.ts';
import { answerFromEvent } from './event-answers.ts';

function eventHit(data: Record<string, unknown>, id: number): SearchHit {
  return searchHit({
    chunkId: id,
    path: '/work/team.ics',
    uri: `file:///work/team.ics#event=${id}`,
    title: String(data.summary),
    text: String(data.summary),
    type: 'event',
    data: { type: 'event', uid: 'tide-1', attendees: [], allDay: true, locator: {}, ...data },
  });
}

describe('answerFromEvent: a moved occurrence', () => {
  const series = eventHit(
    {
      summary: 'Tide Review',
      start: '2030-03-05',
      end: '2030-03-06',
      seriesStart: '2030-03-05',
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
      excluded: ['2030-03-14'],
    },
    1,
  );
  const moved = eventHit(
    { summary: 'Tide Review', start: '2030-03-15', end: '2030-03-16', recurrenceId: '2030-03-14' },
    2,
  );

  it('is the next one when it comes before the series goes on', () => {
    const answer = answerFromEvent(
      'When is the next Tide Review?',
      'date',
      [series, moved],
      new Date('2030-03-13T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('15 March 2030');
  });

  it('gives way to the series once it is past', () => {
    const answer = answerFromEvent(
      'When is the next Tide Review?',
      'date',
      [series, moved],
      new Date('2030-03-16T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('19 March 2030');
  });

  it('is the one asked by the day it was moved away from ("Which day was the 14 March … moved to?")', () => {
    const answer = answerFromEvent(
      'Which day was the March 14, 2030 Tide Review moved to?',
      'date',
      [series, moved],
      new Date('2030-03-01T09:00:00Z'),
      new CitationList(),
      undefined,
      { date: new Date('2030-03-14T00:00:00Z'), text: 'March 14, 2030' },
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('15 March 2030');
  });
});

describe('answerFromEvent: a field the event lacks', () => {
  const standup = eventHit({ summary: 'Harbour Standup', start: '2030-04-02', end: '2030-04-03' }, 3);
  const now = new Date('2030-04-01T09:00:00Z');

  it('says the named event has no place, and answers nothing', () => {
    const answer = answerFromEvent(
      'Where is the Harbour Standup?',
      'place',
      [standup],
      now,
      new CitationList(),
    );
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('Harbour Standup');
    expect(answer?.answer).toContain('has no place');
  });

  it('reads a location that names no place yet ("TBD", "to be announced") as none', () => {
    for (const location of ['TBD', 'Location: to be announced', '(tbc)']) {
      const regatta = eventHit(
        { summary: 'Regatta Briefing', start: '2030-04-02', end: '2030-04-03', location },
        4,
      );
      const answer = answerFromEvent(
        'Where is the Regatta Briefing?',
        'place',
        [regatta],
        now,
        new CitationList(),
      );
      expect(answer?.found).toBe(false);
      expect(answer?.answer).toContain('has no place');
    }
    const named = eventHit(
      { summary: 'Regatta Briefing', start: '2030-04-02', end: '2030-04-03', location: 'TBD Hall' },
      5,
    );
    expect(
      answerFromEvent('Where is the Regatta Briefing?', 'place', [named], now, new CitationList())?.answer,
    ).toMatch(/is at TBD Hall/);
  });

  it('leaves a question that names more than the event to the passages', () => {
    const answer = answerFromEvent(
      'Where is the Harbour Standup dinner with the pilots?',
      'place',
      [standup],
      now,
      new CitationList(),
    );
    expect(answer).toBeUndefined();
  });
});

describe('answerFromEvent: when and where', () => {
  it('gives the time and says that no place is given', () => {
    const hit = eventHit({ summary: 'Dune Survey', start: '2030-05-06', end: '2030-05-07' }, 4);
    const answer = answerFromEvent(
      'When and where is the Dune Survey?',
      'date',
      [hit],
      new Date('2030-05-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('6 May 2030');
    expect(answer?.answer).toContain('no place is given');
  });
});

describe('answerFromEvent: a to-do', () => {
  const rent = eventHit(
    {
      uid: 'todo-rent',
      summary: 'Pay the boathouse rent',
      start: '2030-03-01',
      end: '2030-03-01',
      status: 'NEEDS-ACTION',
      todo: { due: '2030-03-01' },
    },
    1,
  );
  const sails = eventHit(
    {
      uid: 'todo-sails',
      summary: 'Order new sails',
      start: '2030-02-10T09:15:00Z',
      end: '2030-02-10T09:15:00Z',
      allDay: false,
      timeZone: 'Europe/Oslo',
      todo: { completed: '2030-02-10T09:15:00Z' },
    },
    2,
  );
  const now = new Date('2030-02-20T12:00:00Z');

  it('gives when it is due', () => {
    const answer = answerFromEvent(
      'When is the boathouse rent due?',
      'date',
      [rent, sails],
      now,
      new CitationList(),
    );
    expect(answer?.answer).toMatch(/^Pay the boathouse rent is due on \w+ 1 March 2030\./);
  });

  it('gives when it was done, asked so, and says when it is not done yet', () => {
    const done = answerFromEvent(
      'When did I finish ordering the sails?',
      'date',
      [rent, sails],
      now,
      new CitationList(),
    );
    expect(done?.answer).toMatch(
      /Order new sails was completed on \w+ 10 February 2030, 10:15 \(Europe\/Oslo\)/,
    );
    const open = answerFromEvent(
      'When did I finish the boathouse rent?',
      'date',
      [rent, sails],
      now,
      new CitationList(),
    );
    expect(open?.answer).toMatch(/is not marked as done \(status NEEDS-ACTION\); it is due on/);
  });
});

describe('answerFromEvent: when an event ends', () => {
  const timed = (end: string) =>
    eventHit({ summary: 'Lantern Workshop', start: '2030-06-04T15:00:00Z', end, allDay: false }, 7);

  it('says an event written with a start only has no end time', () => {
    const answer = answerFromEvent(
      'What time does the Lantern Workshop end?',
      'date',
      [timed('2030-06-04T15:00:00Z')],
      new Date('2030-06-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('has no end time');
  });

  it('gives the span of one that has an end', () => {
    const answer = answerFromEvent(
      'What time does the Lantern Workshop end?',
      'date',
      [timed('2030-06-04T16:30:00Z')],
      new Date('2030-06-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('15:00–16:30');
  });
});

describe('answerFromEvent: a to-do of another kind', () => {
  const todo = (summary: string) =>
    eventHit({ summary, start: '2030-04-30', end: '2030-05-01', todo: { due: '2030-04-30' } }, 9);

  it('does not answer for the kind asked when its title names another ("dog licence" vs "fishing licence")', () => {
    const answer = answerFromEvent(
      'When is my dog licence due?',
      'date',
      [todo('Renew Fishing Licence')],
      new Date('2030-04-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer).toBeUndefined();
  });

  it('answers when the title names the same kind or only adds words', () => {
    for (const title of ['Renew Dog Licence', 'Licence renewal']) {
      const answer = answerFromEvent(
        'When is my dog licence due?',
        'date',
        [todo(title)],
        new Date('2030-04-01T09:00:00Z'),
        new CitationList(),
      );
      expect(answer?.answer, title).toContain('30 April 2030');
    }
  });
});

describe('answerFromEvent: two events that fit the question alike', () => {
  const old = eventHit({ uid: 'kite-2013', summary: 'Kite day', start: '2013-04-18', end: '2013-04-19' }, 11);
  const coming = eventHit(
    { uid: 'kite-2031', summary: 'Kite days', start: '2031-10-04', end: '2031-10-05' },
    12,
  );

  it('answers with the one still to come, whichever the search ranked first', () => {
    const answer = answerFromEvent(
      'When is the kite day?',
      'date',
      [old, coming],
      new Date('2031-10-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('4 October 2031');
  });

  it('answers with the latest one gone when the question asks about the past', () => {
    const answer = answerFromEvent(
      'When was the last kite day?',
      'date',
      [coming, old],
      new Date('2014-01-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('18 April 2013');
  });
});

describe('answerFromEvent: a due date asked', () => {
  const now = new Date('2030-02-20T12:00:00Z');
  const tasting = eventHit(
    { uid: 'tasting', summary: 'Cheese tasting', start: '2030-03-04', end: '2030-03-05' },
    1,
  );
  const deadline = eventHit(
    { uid: 'cheese-report', summary: 'Cheese report due', start: '2030-03-06', end: '2030-03-07' },
    2,
  );

  it('is not answered by an event, which has no due date', () => {
    const answer = answerFromEvent(
      'When is the cheese tasting list due?',
      'date',
      [tasting],
      now,
      new CitationList(),
    );
    expect(answer).toBeUndefined();
  });

  it('is answered by an event whose title is the deadline', () => {
    const answer = answerFromEvent(
      'When is the cheese report due?',
      'date',
      [tasting, deadline],
      now,
      new CitationList(),
    );
    expect(answer?.answer).toMatch(/^Cheese report due: \w+ 6 March 2030/);
  });
});

describe('answerFromEvent: a day asked', () => {
  const standup = eventHit(
    {
      summary: 'Kiln standup',
      start: '2031-06-02T09:00:00Z',
      end: '2031-06-02T09:15:00Z',
      seriesStart: '2031-06-02T09:00:00Z',
      allDay: false,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    },
    3,
  );
  const ask = (question: string, day: string) =>
    answerFromEvent(
      question,
      'date',
      [standup],
      new Date('2031-06-01T08:00:00Z'),
      new CitationList(),
      'UTC',
      { date: new Date(`${day}T12:00:00Z`), text: day },
    );

  it('answers with the occurrence held that day, not the next one from now', () => {
    expect(ask('What time is the kiln standup on June 16, 2031?', '2031-06-16')?.answer).toContain(
      '16 June 2031',
    );
  });

  it('reads a day word of the title as no day asked', () => {
    const chore = eventHit(
      {
        summary: "Log yesterday's hours",
        start: '2031-06-03T08:00:00Z',
        end: '2031-06-03T08:10:00Z',
        allDay: false,
      },
      4,
    );
    const answer = answerFromEvent(
      "When do I log yesterday's hours?",
      'date',
      [chore],
      new Date('2031-06-01T08:00:00Z'),
      new CitationList(),
      'UTC',
      { date: new Date('2031-05-31T12:00:00Z'), text: 'yesterday' },
    );
    expect(answer?.answer).toContain('3 June 2031');
  });

  it('gives no event when none of it is held that day', () => {
    expect(ask('What time is the kiln standup on June 18, 2031?', '2031-06-18')).toBeUndefined();
  });
});

describe('answerFromEvent: the last of a series', () => {
  const course = eventHit(
    {
      summary: 'Throwing course',
      start: '2032-02-02T18:00:00Z',
      end: '2032-02-02T20:00:00Z',
      seriesStart: '2032-02-02T18:00:00Z',
      allDay: false,
      rrule: 'FREQ=WEEKLY;COUNT=4',
    },
    5,
  );
  const ask = (question: string) =>
    answerFromEvent(question, 'date', [course], new Date('2032-02-10T09:00:00Z'), new CitationList())?.answer;

  it('"when is the last …" of a series that ends is its final occurrence', () => {
    expect(ask('When is the last throwing course?')).toContain('23 February 2032');
  });

  it('"when was the last …" is the latest one gone', () => {
    expect(ask('When was the last throwing course?')).toContain('9 February 2032');
  });

  it('"the final …" is where the series ends, asked in any wording', () => {
    expect(ask("What's the date of the final throwing course?")).toContain('23 February 2032');
  });

  it('"the third …" is the third occurrence from the first, whenever asked', () => {
    expect(ask('When is the third throwing course?')).toContain('16 February 2032');
    expect(ask('When is the 2nd throwing course?')).toContain('9 February 2032');
  });

  it('reads an ordinal of the title as its name, not a count ("the Second Annual Throwing Course")', () => {
    const annual = eventHit(
      {
        summary: 'Second Annual Throwing Course',
        start: '2032-05-08T10:00:00Z',
        end: '2032-05-08T16:00:00Z',
        allDay: false,
      },
      7,
    );
    const answer = answerFromEvent(
      'When is the Second Annual Throwing Course?',
      'date',
      [course, annual],
      new Date('2032-02-10T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('8 May 2032');
  });

  it('leaves a series out when a passage names the event asked with the ordinal ("the 5th …")', () => {
    const note = searchHit({
      ...eventHit({ summary: 'Kiln notes' }, 8),
      type: 'email',
      data: undefined,
      text: 'This will be the 5th throwing course of the guild, held at the old mill.',
    });
    const answer = answerFromEvent(
      'When is the 5th throwing course?',
      'date',
      [course, note],
      new Date('2032-02-10T09:00:00Z'),
      new CitationList(),
    );
    // Read as a count, this would say the four-occurrence series has no fifth; the mail names
    // another event, which the series does not answer.
    expect(answer).toBeUndefined();
  });

  it('says a series of four has no sixth, with found false', () => {
    const answer = answerFromEvent(
      'When is the sixth throwing course?',
      'date',
      [course],
      new Date('2032-02-10T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no sixth');
  });

  it('says a series with no end has no final one, with found false', () => {
    const endless = eventHit(
      {
        summary: 'Glass kiln',
        start: '2032-02-03',
        end: '2032-02-04',
        seriesStart: '2032-02-03',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
      },
      6,
    );
    const answer = answerFromEvent(
      'When is the final glass kiln?',
      'date',
      [endless],
      new Date('2032-03-10T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no end date');
  });

  it('finds a series named by its description and its organizer ("the weekly check-in with Ines")', () => {
    const checkIn = eventHit(
      {
        summary: 'ab <> ifalk',
        description: 'weekly check-in',
        organizer: { name: 'Ines Falk', address: 'ines@example.com' },
        start: '2032-02-02T09:00:00Z',
        end: '2032-02-02T09:30:00Z',
        seriesStart: '2032-02-02T09:00:00Z',
        allDay: false,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
      7,
    );
    const answer = answerFromEvent(
      'When is the final weekly check-in with Ines?',
      'date',
      [checkIn],
      new Date('2032-02-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('16 February 2032');
  });

  it('finds it by its description when the question asks what time it starts ("time" names no event)', () => {
    const checkIn = eventHit(
      {
        summary: 'ab <> ifalk',
        description: 'weekly check-in',
        organizer: { name: 'Ines Falk', address: 'ines@example.com' },
        start: '2032-02-02T09:00:00Z',
        end: '2032-02-02T09:30:00Z',
        seriesStart: '2032-02-02T09:00:00Z',
        allDay: false,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      },
      7,
    );
    const answer = answerFromEvent(
      'What time does the weekly check-in with Ines start?',
      'date',
      [checkIn],
      new Date('2032-02-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('09:00');
  });
});

describe('answerFromEvent: who took part, who has to', () => {
  const review = eventHit(
    {
      summary: 'Harbour Plan Review',
      start: '2031-06-12T13:30:00Z',
      end: '2031-06-12T14:30:00Z',
      allDay: false,
      organizer: { address: 'chair@example.org' },
      attendees: [{ address: 'ana@example.org' }],
    },
    7,
  );
  const ask = (question: string, now: string) =>
    answerFromEvent(question, 'person', [review], new Date(now), new CitationList());

  it('a meeting still to come has had nobody take part; once held, its attendees did', () => {
    expect(ask('Who took part in the harbour plan review?', '2031-03-01T09:00:00Z')).toBeUndefined();
    expect(ask('Who took part in the harbour plan review?', '2031-06-20T09:00:00Z')?.answer).toContain(
      'ana@example.org',
    );
    expect(ask('Who is attending the harbour plan review?', '2031-03-01T09:00:00Z')?.answer).toContain(
      'ana@example.org',
    );
  });

  it('a duty ("who has to sign off") is no question on who is invited', () => {
    expect(ask('Who has to sign off the harbour plan review?', '2031-06-20T09:00:00Z')).toBeUndefined();
  });
});

describe('answerFromEvent: who organizes an event that has no organizer', () => {
  const walk = (data: Record<string, unknown>) =>
    eventHit(
      {
        summary: 'Dune walk with the club',
        start: '2033-04-09T08:00:00Z',
        end: '2033-04-09T11:00:00Z',
        allDay: false,
        attendees: [{ address: 'pia@example.net' }, { address: 'odo@example.net' }],
        ...data,
      },
      9,
    );
  const ask = (question: string, hit: SearchHit) =>
    answerFromEvent(question, 'person', [hit], new Date('2033-04-01T09:00:00Z'), new CitationList());

  it('says it has no organizer, not its attendees as the ones who organize it', () => {
    const answer = ask('Who organizes the dune walk with the club?', walk({}));
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no organizer');
    expect(answer?.answer).toContain('pia@example.net');
  });

  it('still lists the attendees to "who is coming", and the organizer when there is one', () => {
    expect(ask('Who is coming to the dune walk with the club?', walk({}))?.found).toBe(true);
    const hosted = walk({ organizer: { name: 'Rune Vik', address: 'rune@example.net' } });
    expect(ask('Who organizes the dune walk with the club?', hosted)?.answer).toContain(
      'Rune Vik (organizer)',
    );
  });

  it('names the event by the names it asks with ("the Lumo Vask concert")', () => {
    const concert = walk({ summary: 'Lumo Vask - Harbour Jazz Nights', attendees: [] });
    expect(ask('Who organizes the Lumo Vask concert?', concert)?.answer).toContain('no organizer');
  });

  it('leaves it to the notes when they tell who hosts it', () => {
    const told = walk({ description: 'Hosted by the Tarn rambling society.' });
    expect(ask('Who hosts the dune walk with the club?', told)).toBeUndefined();
  });
});

describe('answerFromEvent: who attends an event only its organizer is on', () => {
  const tasting = eventHit(
    {
      summary: 'Cider tasting at the mill',
      start: '2034-10-02T17:00:00Z',
      end: '2034-10-02T19:00:00Z',
      allDay: false,
      organizer: { name: 'Wren Alder', address: 'wren@example.org' },
      attendees: [],
    },
    11,
  );
  const ask = (question: string) =>
    answerFromEvent(question, 'person', [tasting], new Date('2034-09-20T09:00:00Z'), new CitationList());

  it('says no one attends, with its organizer named as such', () => {
    const answer = ask('Which attendees are invited to the cider tasting at the mill?');
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no attendees');
    expect(answer?.answer).toMatch(
      /^Cider tasting at the mill \(.+\) has no attendees in your calendar; only its organizer, Wren Alder, is on it\. \[\d+\]$/,
    );
    expect(ask('Who is attending the cider tasting at the mill?')?.found).toBe(false);
  });

  it('still gives the organizer to "who organizes"', () => {
    expect(ask('Who organizes the cider tasting at the mill?')?.answer).toContain('Wren Alder (organizer)');
  });
});

describe('answerFromEvent: how long an event lasts', () => {
  const firing = (end: string) =>
    eventHit(
      { summary: 'Kiln firing at the pottery', start: '2035-02-10T08:00:00Z', end, allDay: false },
      11,
    );
  const ask = (question: string, end = '2035-02-10T10:30:00Z') =>
    answerFromEvent(question, undefined, [firing(end)], new Date('2035-02-01T09:00:00Z'), new CitationList());

  it('tells the length from its start to its end', () => {
    const answer = ask('How long does the kiln firing at the pottery take?');
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('lasts 2 hours 30 minutes');
  });

  it('says an event written with a start only has no length', () => {
    expect(ask('How long is the kiln firing at the pottery?', '2035-02-10T08:00:00Z')?.found).toBe(false);
  });

  it('reads the words that ask the length as naming no event ("how long is Session 417?")', () => {
    const session = eventHit(
      { summary: 'Session 417', start: '2035-02-12T13:00:00Z', end: '2035-02-12T13:45:00Z', allDay: false },
      12,
    );
    const now = new Date('2035-02-01T09:00:00Z');
    const answer = answerFromEvent('How long is Session 417?', undefined, [session], now, new CitationList());
    expect(answer?.answer).toContain('Session 417 lasts 45 minutes');
    expect(
      answerFromEvent('What is the duration of Session 417?', undefined, [session], now, new CitationList())
        ?.answer,
    ).toContain('lasts 45 minutes');
    expect(
      answerFromEvent(
        'How long is the queue at the harbour kiosk?',
        undefined,
        [session],
        now,
        new CitationList(),
      ),
    ).toBeUndefined();
  });

  it('leaves "how long before / until" and questions that do not name the event alone', () => {
    expect(ask('How long before the kiln firing at the pottery am I reminded?')).toBeUndefined();
    expect(ask('How long does the glaze take to dry before the kiln firing at the pottery?')).toBeUndefined();
  });
});

describe('answerFromEvent: when an event reminds me', () => {
  const fair = (alarms?: unknown) =>
    eventHit(
      {
        summary: 'Loom fair',
        start: '2036-04-12T09:00:00Z',
        end: '2036-04-12T17:00:00Z',
        allDay: false,
        ...(alarms ? { alarms } : {}),
      },
      12,
    );
  const ask = (question: string, hit: SearchHit) =>
    answerFromEvent(question, undefined, [hit], new Date('2036-04-01T09:00:00Z'), new CitationList());

  it('tells how long before it starts the reminder goes off, and what it says', () => {
    const answer = ask(
      'How long before the loom fair am I reminded?',
      fair([{ before: 900 }, { before: -3600, related: 'end', description: 'Pack the shuttles' }]),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('15 minutes before it starts');
    expect(answer?.answer).toContain('1 hour after it ends ("Pack the shuttles")');
  });

  it('tells reminders set alike once, also when one of them goes by e-mail', () => {
    const answer = ask(
      'How long before the loom fair am I reminded?',
      fair([{ before: 1800, mailTo: ['otto.brae@invented.example'] }, { before: 1800 }]),
    );
    expect(answer?.answer).toContain(
      '2 reminders go off 30 minutes before it starts; one goes by e-mail to otto.brae@invented.example.',
    );
  });

  it('tells reminders set alike once, with their count', () => {
    const answer = ask(
      'How long before the loom fair am I reminded?',
      fair([{ before: 1800 }, { before: 1800 }]),
    );
    expect(answer?.answer).toContain('2 reminders go off 30 minutes before it starts.');
    expect(answer?.answer).not.toContain('starts; 30 minutes');
  });

  it('reads words that say how the reminder comes ("is the reminder e-mail sent") as naming no event', () => {
    const glazing = eventHit(
      {
        summary: 'Glazing',
        start: '2036-04-14T09:00:00Z',
        end: '2036-04-14T11:00:00Z',
        allDay: false,
        alarms: [{ before: 600 }, { before: 1200, description: 'Glazing soon' }],
      },
      13,
    );
    const answer = ask('How long before the glazing is the reminder email sent?', glazing);
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('20 minutes before it starts');
  });

  it('leaves an event without reminders, and "who reminded me", to the passages', () => {
    expect(ask('When am I reminded of the loom fair?', fair())).toBeUndefined();
    expect(ask('Who reminded me of the loom fair?', fair([{ before: 900 }]))?.answer ?? '').not.toContain(
      'reminder',
    );
  });
});

describe('answerFromEvent: an event of the same name in two calendars on the day asked', () => {
  const at = (start: string, path: string, id: number) => ({
    ...eventHit({ summary: 'Tide Check', start, end: start, allDay: false, uid: `tide-check-${id}` }, id),
    path,
    uri: `file://${path}#event=${id}`,
  });
  it('tells both times', () => {
    const answer = answerFromEvent(
      'What time is the Tide Check on March 5, 2030?',
      'date',
      [at('2030-03-05T10:00:00Z', '/work/harbour.ics', 1), at('2030-03-05T15:00:00Z', '/work/pier.ics', 2)],
      new Date('2030-03-03T09:00:00Z'),
      new CitationList(),
      'UTC',
      { date: new Date('2030-03-05T12:00:00Z'), text: 'March 5, 2030' },
    );
    expect(answer?.answer).toContain('10:00');
    expect(answer?.answer).toContain('15:00');
  });
  it('tells one when the day has one', () => {
    const answer = answerFromEvent(
      'What time is the Tide Check on March 5, 2030?',
      'date',
      [at('2030-03-05T10:00:00Z', '/work/harbour.ics', 1), at('2030-03-06T15:00:00Z', '/work/pier.ics', 2)],
      new Date('2030-03-03T09:00:00Z'),
      new CitationList(),
      'UTC',
      { date: new Date('2030-03-05T12:00:00Z'), text: 'March 5, 2030' },
    );
    expect(answer?.answer).toBe('Tide Check: Tuesday 5 March 2030, 10:00 (UTC). [1]');
  });
});

describe('answerFromEvent: "end" read as the time asked', () => {
  it('reads "end" as the time asked, not as a word of the event\'s name', () => {
    const gala = eventHit(
      { summary: 'Gala', start: '2030-05-10T18:00:00Z', end: '2030-05-10T23:00:00Z', allDay: false },
      9,
    );
    const answer = answerFromEvent(
      'What time does the gala end?',
      'date',
      [gala],
      new Date('2030-05-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('23:00');
  });
});

describe('answerFromEvent: a reminder of an event named by its day', () => {
  const at = (summary: string, start: string, id: number, extra: Record<string, unknown> = {}) =>
    eventHit({ summary, start, end: start, allDay: false, uid: `heron-${id}`, ...extra }, id);
  const day = { date: new Date('2031-05-14T12:00:00Z'), text: 'May 14, 2031' };
  const ask = (question: string, hits: SearchHit[]) =>
    answerFromEvent(
      question,
      undefined,
      hits,
      new Date('2031-05-12T09:00:00Z'),
      new CitationList(),
      'UTC',
      day,
    );
  const gym = at('Gym with Oskar', '2031-05-14T07:00:00Z', 1, { alarms: [{ before: 600 }] });
  const review = at('Heron budget meeting', '2031-05-14T10:00:00Z', 2, { alarms: [{ before: 1800 }] });
  const lunch = at('Lunch', '2031-05-14T12:00:00Z', 3);
  const fete = eventHit(
    {
      summary: 'Heron fete',
      start: '2031-05-14',
      end: '2031-05-15',
      uid: 'heron-4',
      alarms: [{ at: '2031-05-13T18:00:00Z' }],
    },
    4,
  );

  it('is the one event of that day with a reminder', () => {
    const answer = ask('How long before my meeting on May 14, 2031 does the reminder go off?', [
      lunch,
      review,
    ]);
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('Heron budget meeting');
    expect(answer?.answer).toContain('30 minutes before it starts');
  });

  it('among several with reminders, the one whose title holds the kind asked', () => {
    const answer = ask('When will I be reminded of my meeting on May 14, 2031?', [gym, review, lunch]);
    expect(answer?.answer).toContain('Heron budget meeting');
  });

  it('of an all-day event, only the all-day ones count', () => {
    const answer = ask('When will I be reminded of my all-day event on May 14, 2031?', [gym, fete, lunch]);
    expect(answer?.answer).toContain('Heron fete');
    expect(answer?.answer).toContain('13 May 2031, 18:00');
  });

  it('asked of its first or last reminder, the same event', () => {
    const answer = ask('How long before my meeting on May 14, 2031 does the first reminder go off?', [
      lunch,
      review,
    ]);
    expect(answer?.answer).toContain('30 minutes before it starts');
  });

  it('tells whom an e-mail reminder goes to, asked "who gets" it; nothing when none goes by e-mail', () => {
    const mailed = eventHit(
      {
        summary: 'Heron fete',
        start: '2031-05-14',
        end: '2031-05-15',
        uid: 'heron-5',
        alarms: [{ before: 3600 }, { at: '2031-05-13T18:00:00Z', mailTo: ['wren.dale@invented.example'] }],
      },
      5,
    );
    const answer = ask('Who gets the email reminder for my all-day event on May 14, 2031?', [gym, mailed]);
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('; one goes by e-mail to wren.dale@invented.example.');
    expect(
      ask('To whom is the reminder for my all-day event on May 14, 2031 sent?', [mailed])?.answer,
    ).toContain('wren.dale@invented.example');
    expect(
      ask('Who gets the email reminder for my all-day event on May 14, 2031?', [gym, fete]),
    ).toBeUndefined();
    expect(ask('Who reminded me of my all-day event on May 14, 2031?', [mailed])).toBeUndefined();
  });

  it('names no event when several fit alike, or the question names it by other words', () => {
    expect(ask('When will I be reminded of my appointment on May 14, 2031?', [gym, review])).toBeUndefined();
    expect(ask('When am I reminded of the dentist on May 14, 2031?', [gym, lunch])).toBeUndefined();
  });
});

describe('answerFromEvent: a series listed by dates (RDATE)', () => {
  const review = eventHit(
    {
      summary: 'Glaze review',
      start: '2033-04-05T13:00:00Z',
      end: '2033-04-05T14:00:00Z',
      seriesStart: '2033-04-05T13:00:00Z',
      allDay: false,
      timeZone: 'America/Chicago',
      rdates: ['2033-04-05T13:00:00Z', '2033-04-12T13:00:00Z', '2033-07-19T13:00:00Z'],
    },
    8,
  );
  const ask = (question: string) =>
    answerFromEvent(question, 'date', [review], new Date('2033-04-08T09:00:00Z'), new CitationList())?.answer;

  it('"when is the last …" is the last date of the list', () => {
    expect(ask('When is the last glaze review?')).toContain('19 July 2033');
  });

  it('"when is the next …" is the next date of the list', () => {
    expect(ask('When is the next glaze review?')).toContain('12 April 2033');
  });
});

describe('answerFromEvent: "my last" asked in the present', () => {
  it('"when is my last …" is where the series ends, "when was my last …" the latest one gone', () => {
    const course = eventHit(
      {
        summary: 'Throwing course',
        start: '2032-02-02T18:00:00Z',
        end: '2032-02-02T20:00:00Z',
        seriesStart: '2032-02-02T18:00:00Z',
        allDay: false,
        rrule: 'FREQ=WEEKLY;COUNT=4',
      },
      9,
    );
    const ask = (question: string) =>
      answerFromEvent(question, 'date', [course], new Date('2032-02-10T09:00:00Z'), new CitationList())
        ?.answer;
    expect(ask('When is my last throwing course?')).toContain('23 February 2032');
    expect(ask('When was my last throwing course?')).toContain('9 February 2032');
  });
});

describe('answerFromEvent: how often a series on the working days repeats', () => {
  it('says "on weekdays, Monday to Friday" for a rule on those five days', () => {
    const standup = eventHit(
      {
        summary: 'Loom Standup',
        start: '2033-09-05T08:30:00Z',
        end: '2033-09-05T08:45:00Z',
        seriesStart: '2033-09-05T08:30:00Z',
        allDay: false,
        rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      },
      41,
    );
    const answer = answerFromEvent(
      'How often does the Loom Standup repeat?',
      undefined,
      [standup],
      new Date('2033-09-07T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('on weekdays, Monday to Friday');
  });
});

describe('answerFromEvent: how often, asked with "repeat" and the organizer', () => {
  it('reads "how often" and "repeat" as naming no event, for an event named only by whom it is with', () => {
    const sync = eventHit(
      {
        summary: 'Appointment',
        start: '2033-10-03T15:00:00Z',
        end: '2033-10-03T15:30:00Z',
        seriesStart: '2033-10-03T15:00:00Z',
        allDay: false,
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        organizer: { name: 'brannoch', address: 'brannoch@example.test' },
      },
      42,
    );
    const answer = answerFromEvent(
      'How often does my appointment with brannoch repeat?',
      undefined,
      [sync],
      new Date('2033-10-05T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.answer).toContain('repeats weekly on Monday');
  });
});

describe('answerFromEvent: the time zone asked', () => {
  const timed = (summary: string, timeZone: string | undefined, id: number) =>
    eventHit(
      {
        summary,
        start: '2031-05-06T12:00:00Z',
        end: '2031-05-06T13:00:00Z',
        allDay: false,
        ...(timeZone ? { timeZone } : {}),
      },
      id,
    );

  it('gives the zone the event is written in, with its time there', () => {
    const answer = answerFromEvent(
      'Which time zone is the Marlow harbour survey in?',
      undefined,
      [timed('Marlow harbour survey', 'Europe/Lisbon', 1), timed('Kestrel budget call', 'Asia/Tokyo', 2)],
      new Date('2031-05-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(true);
    expect(answer?.answer).toContain('Europe/Lisbon');
    expect(answer?.answer).not.toContain('Asia/Tokyo');
  });

  it('says an event written in no zone of its own names none', () => {
    const answer = answerFromEvent(
      'What time zone is the Marlow harbour survey in?',
      undefined,
      [timed('Marlow harbour survey', undefined, 1)],
      new Date('2031-05-01T09:00:00Z'),
      new CitationList(),
    );
    expect(answer?.found).toBe(false);
    expect(answer?.answer).toContain('no time zone');
  });
});
