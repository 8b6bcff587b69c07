import { describe, expect, it } from 'vitest';
import { askedDay, classifyQuestion } from './question-kind.ts';

const now = new Date('2022-10-10T09:00:00Z'); // a Monday

describe('classifyQuestion', () => {
  it('reads birthday questions as a contact field', () => {
    expect(classifyQuestion("When is Ines Moreau's birthday?", now)).toEqual({
      kind: 'contact',
      person: 'Ines Moreau',
      field: 'birthday',
    });
    expect(classifyQuestion('When was Ines Moreau born?', now)).toMatchObject({ field: 'birthday' });
  });
  it('reads contact questions: the field, the kind of phone, the organization', () => {
    expect(classifyQuestion("What's Tim Howes's mobile number?", now)).toEqual({
      kind: 'contact',
      person: 'Tim Howes',
      field: 'phone',
      phoneType: 'cell',
    });
    expect(classifyQuestion('fax number for Derik Stenerson?', now)).toMatchObject({
      field: 'phone',
      phoneType: 'fax',
    });
    expect(classifyQuestion("What's Rhea Tull's work e-mail?", now)).toEqual({
      kind: 'contact',
      person: 'Rhea Tull',
      field: 'email',
      fieldKind: 'work',
    });
    expect(classifyQuestion("What's Rhea Tull's home email address?", now)).toMatchObject({
      field: 'email',
      fieldKind: 'home',
    });
    expect(classifyQuestion('Which company is Tim Howes with?', now)).toEqual({
      kind: 'contact',
      person: 'Tim Howes',
      field: 'org',
    });
    expect(classifyQuestion('What organization does Anik Ganguly work for?', now)).toMatchObject({
      field: 'org',
    });
    // A department is the card's ORG units, not its organization.
    expect(classifyQuestion('Which department does Tim Howes work in?', now)).toEqual({
      kind: 'contact',
      person: 'Tim Howes',
      field: 'department',
    });
    expect(classifyQuestion("What is Pia Lund's division?", now)).toMatchObject({
      person: 'Pia Lund',
      field: 'department',
    });
    // An e-mail of a kind ("school", "personal") is still the card's e-mail.
    expect(classifyQuestion("What's Pia Lund's school email?", now)).toEqual({
      kind: 'contact',
      person: 'Pia Lund',
      field: 'email',
      label: 'school',
    });
    // A kind the card labels in its own words ("vacation") is still the card's e-mail.
    expect(classifyQuestion("What's Pia Lund's vacation email address?", now)).toEqual({
      kind: 'contact',
      person: 'Pia Lund',
      field: 'email',
      label: 'vacation',
    });
    // A message asked by its place among others is no card field.
    expect(classifyQuestion("What's Pia Lund's latest email?", now).kind).not.toBe('contact');
    // A one-word name after "What's": the name, not the question word with it.
    expect(classifyQuestion("What's Pip's cell number?", now)).toMatchObject({
      kind: 'contact',
      person: 'Pip',
    });
  });

  it('reads a day agenda with an explicit year as that day', () => {
    expect(
      classifyQuestion('What is on my calendar on October 11, 2022?', new Date('2027-01-01')),
    ).toMatchObject({
      kind: 'day-agenda',
      day: new Date('2022-10-11T12:00:00Z'),
    });
  });
});

describe('askedDay', () => {
  it('resolves a day without a year by the tense of the question', () => {
    expect(askedDay('What was on my calendar on November 16?', now)?.date.toISOString()).toBe(
      '2021-11-16T12:00:00.000Z',
    );
    expect(askedDay('What will be on my calendar on November 16?', now)?.date.toISOString()).toBe(
      '2022-11-16T12:00:00.000Z',
    );
    expect(askedDay('What is on my calendar on Friday?', now)?.date.toISOString()).toBe(
      '2022-10-14T12:00:00.000Z',
    );
    expect(askedDay('What is the status of the budget?', now)).toBeUndefined();
    // Asked on the same weekday, it is today's, unless "next" says otherwise.
    const tuesday = new Date('2025-05-06T15:00:00Z');
    expect(askedDay('What is the dial-in for the Tuesday planning call?', tuesday)?.date.toISOString()).toBe(
      '2025-05-06T12:00:00.000Z',
    );
    expect(askedDay('What is the dial-in for next Tuesday?', tuesday)?.date.toISOString()).toBe(
      '2025-05-13T12:00:00.000Z',
    );
  });
});

describe('classifyQuestion: a meeting field and a lower-case nick', () => {
  it("a field of tonight's meeting is asked from the passages, not as the day's agenda", () => {
    expect(classifyQuestion("What's the dial-in code for tonight's board meeting?", now)).toMatchObject({
      kind: 'passages',
      agendaDay: { text: 'tonight' },
    });
    expect(classifyQuestion("What's on my calendar tonight?", now)).toMatchObject({ kind: 'day-agenda' });
  });

  it('what someone said about an agenda on a day is asked of the passages, not the calendar', () => {
    expect(
      classifyQuestion('What did Ines Moreau say about the budget call agenda on 2-14-24?', now),
    ).toMatchObject({ kind: 'passages' });
    expect(classifyQuestion('What did Ines write about my meetings on Friday?', now)).toMatchObject({
      kind: 'passages',
    });
    expect(classifyQuestion('What did I have on my calendar on October 4, 2024?', now)).toMatchObject({
      kind: 'day-agenda',
    });
  });

  it('the time of "my event" or "my appointment" on a day is read from that day\'s agenda', () => {
    expect(classifyQuestion('What time is my appointment on October 4, 2024?', now)).toMatchObject({
      kind: 'day-agenda',
    });
    expect(classifyQuestion('What time is my event on October 4, 2024?', now)).toMatchObject({
      kind: 'day-agenda',
    });
    // The agenda gives each event's start and end.
    expect(classifyQuestion('What time does my appointment on October 4, 2024 end?', now)).toMatchObject({
      kind: 'day-agenda',
    });
    expect(classifyQuestion('What is the fee for the event?', now)).toMatchObject({ kind: 'passages' });
    expect(
      classifyQuestion('What is the conference link for my event on October 4, 2024?', now),
    ).toMatchObject({
      kind: 'passages',
    });
  });

  it('"what do I have on <day>" is the day\'s agenda; "what do I have to send" is not', () => {
    expect(classifyQuestion('What do I have on October 4, 2024?', now)).toMatchObject({
      kind: 'day-agenda',
    });
    expect(classifyQuestion('What do I have to send Ines on Friday?', now)).toMatchObject({
      kind: 'passages',
    });
  });

  it('a next meeting with a nick in lower case is a next-meeting question; "the board" is no one', () => {
    expect(classifyQuestion('When is my next meeting with kvoss?', now)).toEqual({
      kind: 'next-meeting',
      person: 'kvoss',
    });
    expect(classifyQuestion('When is my next meeting with the board?', now)).toEqual({ kind: 'passages' });
  });
});

describe('classifyQuestion: more card fields, next meeting by login, what did I miss', () => {
  it('reads anniversary, time zone and web page as card fields', () => {
    expect(classifyQuestion("When is Ines Moreau's anniversary?", now)).toMatchObject({
      kind: 'contact',
      person: 'Ines Moreau',
      field: 'anniversary',
    });
    expect(classifyQuestion('What time zone is Ines Moreau in?', now)).toMatchObject({
      person: 'Ines Moreau',
      field: 'timezone',
    });
    expect(classifyQuestion("What's Ines Moreau's home page?", now)).toEqual({
      kind: 'contact',
      person: 'Ines Moreau',
      field: 'url',
    });
  });
  it('reads the kind of address or web page asked: home, work, office, business', () => {
    expect(classifyQuestion("What's Ines Moreau's home address?", now)).toEqual({
      kind: 'contact',
      person: 'Ines Moreau',
      field: 'address',
      fieldKind: 'home',
    });
    expect(classifyQuestion("What's Ines Moreau's office address?", now)).toMatchObject({
      field: 'address',
      fieldKind: 'work',
    });
    expect(classifyQuestion("What's Ines Moreau's work web page?", now)).toMatchObject({
      field: 'url',
      fieldKind: 'work',
    });
    expect(classifyQuestion("What's Ines Moreau's business home page?", now)).toMatchObject({
      field: 'url',
      fieldKind: 'work',
    });
  });
  it('reads "when do I next meet" a login in lower case', () => {
    expect(classifyQuestion('When do I next meet kvoss?', now)).toEqual({
      kind: 'next-meeting',
      person: 'kvoss',
    });
  });
  it('reads "when do I next meet" an e-mail address', () => {
    expect(classifyQuestion('When do I next meet k.voss@example.org?', now)).toEqual({
      kind: 'next-meeting',
      person: 'k.voss@example.org',
    });
    expect(classifyQuestion('When is my next meeting with kvoss@mail.example.org?', now)).toEqual({
      kind: 'next-meeting',
      person: 'kvoss@mail.example.org',
    });
  });
  it('misses from the start of a day named without a time', () => {
    const missed = classifyQuestion('What did I miss since Friday?', now);
    expect(missed).toMatchObject({ kind: 'missed' });
    expect(missed.kind === 'missed' && missed.since.toISOString()).toBe('2022-10-07T00:00:00.000Z');
    const yesterday = classifyQuestion('What did I miss yesterday?', now);
    expect(yesterday.kind === 'missed' && yesterday.since.toISOString()).toBe('2022-10-09T00:00:00.000Z');
  });
});

describe('classifyQuestion: a pager is no home page', () => {
  it('reads "pager number" as a phone', () => {
    expect(classifyQuestion("What's Ines Moreau's pager number?", now)).toMatchObject({
      field: 'phone',
      phoneType: 'pager',
    });
  });
  it('tells a role from a title, and reads messaging names and categories as contact fields', () => {
    expect(classifyQuestion("What is Ada Quill's role?", now)).toEqual({
      kind: 'contact',
      person: 'Ada Quill',
      field: 'role',
    });
    expect(classifyQuestion("What is Ada Quill's job title?", now)).toMatchObject({ field: 'title' });
    expect(classifyQuestion("What's Ada Quill's nickname?", now)).toEqual({
      kind: 'contact',
      person: 'Ada Quill',
      field: 'nickname',
    });
    expect(classifyQuestion("What is Ada Quill's Skype name?", now)).toEqual({
      kind: 'contact',
      person: 'Ada Quill',
      field: 'im',
      imService: 'skype',
    });
    expect(classifyQuestion("What's Ada's AIM address?", now)).toMatchObject({
      field: 'im',
      imService: 'aim',
    });
    expect(classifyQuestion("What is Ada's IM handle?", now)).toMatchObject({ field: 'im' });
    expect(classifyQuestion('Which category is Ada Quill in?', now)).toEqual({
      kind: 'contact',
      person: 'Ada Quill',
      field: 'categories',
    });
    expect(classifyQuestion("Which category is Ada's contact card in?", now)).toMatchObject({
      person: 'Ada',
      field: 'categories',
    });
    // Not a field: "Ada's importance".
    expect(classifyQuestion("What is Ada's importance?", now)).toEqual({ kind: 'passages' });
  });
  it("a room or place of a meeting on a day is a field of that meeting, not the day's agenda", () => {
    expect(classifyQuestion('What room is the budget meeting on October 12 in?', now)).toMatchObject({
      kind: 'passages',
      agendaDay: expect.anything(),
    });
    expect(classifyQuestion('What is on my calendar on October 12?', now)).toMatchObject({
      kind: 'day-agenda',
    });
  });
});

describe('classifyQuestion: a part of an address', () => {
  it('reads the zip code, city, state and country asked of a card, with the kind the question says', () => {
    expect(classifyQuestion("What's Ysolde Marrin's zip code?", now)).toEqual({
      kind: 'contact',
      person: 'Ysolde Marrin',
      field: 'postcode',
    });
    expect(classifyQuestion("What's Bram's home postal code?", now)).toMatchObject({
      person: 'Bram',
      field: 'postcode',
      fieldKind: 'home',
    });
    expect(classifyQuestion("Which city is Ysolde Marrin's office in?", now)).toMatchObject({
      person: 'Ysolde Marrin',
      field: 'city',
      fieldKind: 'work',
    });
    expect(classifyQuestion('Which state does Ysolde Marrin work in?', now)).toMatchObject({
      person: 'Ysolde Marrin',
      field: 'region',
      fieldKind: 'work',
    });
    expect(classifyQuestion('What country does Bram Ostley live in?', now)).toMatchObject({
      person: 'Bram Ostley',
      field: 'country',
      fieldKind: 'home',
    });
  });

  it('leaves a city asked of no one to the passages', () => {
    expect(classifyQuestion('Which city is the Glaze Fair held in?', now).kind).toBe('passages');
  });
});

describe('classifyQuestion: a surname after a lower-case particle', () => {
  it('keeps the whole name of "Lena de Vaart" and "Joris van der Mool"', () => {
    expect(classifyQuestion('What is the phone number of Lena de Vaart?', now)).toMatchObject({
      kind: 'contact',
      person: 'Lena de Vaart',
      field: 'phone',
    });
    expect(classifyQuestion("What's Joris van der Mool's cell number?", now)).toMatchObject({
      kind: 'contact',
      person: 'Joris van der Mool',
      field: 'phone',
    });
  });

  it('takes no particle that stands before a lower-case word', () => {
    expect(classifyQuestion('What is the fax number of Lena de la casa?', now)).toMatchObject({
      kind: 'contact',
      person: 'Lena',
    });
  });
});
