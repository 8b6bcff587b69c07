/**
 * Free/busy lists and delegations of invented calendars: the busy periods of the person named on
 * the day asked (a reply's attendee, a published list's organizer, "I" for a list naming nobody),
 * how long the asker is unavailable, whom an attendee handed an invitation on to, and the groups
 * an attendee is invited as a member of.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../index/open-index.ts';
import { indexedFiles } from './__fixtures__/indexed-files.ts';
import { askQuestion } from './ask-question.ts';
import { namesAttendee } from './free-busy.ts';

const reply = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Invented//EN',
  'BEGIN:VFREEBUSY',
  'UID:reply-1@example.org',
  'ORGANIZER:mailto:wren.tallis@example.org',
  'ATTENDEE:mailto:odo.briar@example.org',
  'FREEBUSY:20410611T070000Z/PT2H,20410611T133000Z/PT1H30M',
  'FREEBUSY:20410612T090000Z/PT1H',
  'END:VFREEBUSY',
  'BEGIN:VFREEBUSY',
  'UID:own-1@example.org',
  'FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20410614T120000Z/PT5H15M',
  'FREEBUSY:20410614T200000Z/PT1H',
  'END:VFREEBUSY',
  'END:VCALENDAR',
].join('\r\n');

const delegated = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Invented//EN',
  'BEGIN:VEVENT',
  'UID:handover-1@example.org',
  'DTSTART:20410620T100000Z',
  'DTEND:20410620T110000Z',
  'SUMMARY:Kiln safety walk',
  'ATTENDEE;DELEGATED-TO="mailto:pim.aster@example.org","mailto:lu.fenn@example.org":mailto:cara.moss@example.org',
  'ATTENDEE;DELEGATED-FROM="mailto:cara.moss@example.org":mailto:pim.aster@example.org',
  'ATTENDEE:mailto:ivo.sund@example.org',
  'ATTENDEE;MEMBER="mailto:glaze-crew@example.org","mailto:yard-team@example.org":mailto:tova.lind@example.org',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:handover-2@example.org',
  'DTSTART:20410627T100000Z',
  'DTEND:20410627T110000Z',
  'SUMMARY:Kiln safety walk, second round',
  'ATTENDEE;MEMBER="mailto:glaze-crew@example.org":mailto:tova.lind@example.org',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

let index: SearchIndex;
const now = new Date('2041-06-08T09:00:00Z');

beforeAll(async () => {
  index = await indexedFiles('free-busy-', { 'busy.ics': reply, 'walk.ics': delegated }, now);
}, 60_000);

afterAll(async () => {
  await index?.close();
});

describe('free/busy lists', () => {
  it('gives every busy period of the attendee a reply is for, on the day asked', async () => {
    const result = await askQuestion(index, 'When is odo.briar busy on June 11, 2041?', { now });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/07:00–09:00/);
    expect(result.answer).toMatch(/13:30–15:00/);
    expect(result.answer).not.toMatch(/10:00/);
  });

  it('gives how long the asker is unavailable, from a list that names nobody', async () => {
    const result = await askQuestion(index, 'How long am I unavailable on June 14, 2041?', { now });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/5 hours 15 minutes/);
    expect(result.answer).not.toMatch(/20:00/);
  });
});

describe('delegations', () => {
  it('names whom the attendee asked about delegated to', async () => {
    const result = await askQuestion(index, 'Who has cara.moss delegated the safety walk to?', { now });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/pim\.aster@example\.org, lu\.fenn@example\.org/);
  });

  it('says an attendee named by address delegated nothing', async () => {
    const result = await askQuestion(index, 'Who has ivo.sund@example.org delegated to?', { now });
    expect(result.found).toBe(false);
  });
});

describe('namesAttendee', () => {
  it('matches the address, its user part or every word of the name', () => {
    const person = { address: 'odo.briar@example.org', name: 'Odo Briar' };
    expect(namesAttendee('When is odo.briar free?', person)).toBe(true);
    expect(namesAttendee('When is Odo Briar free?', person)).toBe(true);
    expect(namesAttendee('When is odo.briarwood free?', person)).toBe(false);
    expect(namesAttendee('When is Odo Briar free?', person, true)).toBe(false);
  });
});

describe('memberships', () => {
  it('names every group the attendee asked about is invited as a member of, once', async () => {
    const result = await askQuestion(index, 'Which groups is tova.lind@example.org a member of?', { now });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/glaze-crew@example\.org/);
    expect(result.answer).toMatch(/yard-team@example\.org/);
    expect(result.answer.match(/glaze-crew/g)).toHaveLength(1);
  });

  it("says an attendee named by address is a member of no group, not another attendee's groups", async () => {
    const result = await askQuestion(index, 'Which groups is ivo.sund@example.org a member of?', { now });
    expect(result.found).toBe(false);
    expect(result.answer).not.toMatch(/glaze-crew|yard-team/);
  });
});
