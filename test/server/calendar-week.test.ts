/**
 * The week view's route over real calendars: a daily series with EXDATEs and a moved
 * occurrence comes expanded for the week asked about; another user's calendar never appears
 * until it is shared; bad ranges are refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarWeek, SkillResponse } from '../../src/protocol/api.ts';
import { CORPUS } from '../helpers/paths.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
const tokens: Record<string, string> = {};
let alices: string;
let bobs: string;

const calendar = (name: string) => readFileSync(join(CORPUS, 'calendar', 'node-ical', name));
async function week(user: string, from: string, to: string) {
  const response = await server.app.request(`/api/calendar/week?from=${from}&to=${to}`, {
    headers: bearer(tokens[user]!),
  });
  return { status: response.status, body: (await response.json()) as CalendarWeek };
}

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob']) tokens[user] = (await login(server.app, user)).token;
  alices = await upload(
    server.app,
    tokens.alice!,
    'hunt.ics',
    calendar('daily-count-exdate-recurrence-id.ics'),
  );
  bobs = await upload(server.app, tokens.bob!, 'school.ics', calendar('music-school-weekly-until.ics'));
}, 120_000);
afterAll(async () => {
  await server.close();
});

describe('GET /api/calendar/week', () => {
  it('expands a recurring series for the week: EXDATEs left out, the moved occurrence where it went', async () => {
    // The week of Monday 6 July 2015 in Los Angeles (UTC-7).
    const { status, body } = await week('alice', '2015-07-06T07:00:00Z', '2015-07-13T07:00:00Z');
    expect(status).toBe(200);
    expect(body.calendars).toEqual([{ id: alices, name: 'hunt.ics' }]);
    const starts = body.events
      .filter((event) => event.summary === 'Treasure Hunting')
      .map((event) => event.start);
    // COUNT=10 from the 6th, the 8th and 10th excluded, the 7th moved.
    expect(starts).toEqual([
      '2015-07-06T19:00:00Z',
      '2015-07-09T19:00:00Z',
      '2015-07-11T19:00:00Z',
      '2015-07-12T19:00:00Z',
    ]);
    const moved = body.events.find((event) => event.summary === 'More Treasure Hunting');
    expect(moved).toMatchObject({
      start: '2015-07-09T22:00:00Z',
      location: 'The other island',
      recurring: true,
    });
    expect(body.events.every((event) => event.fileId === alices && event.calendar === 'hunt.ics')).toBe(true);
    // The week after holds the last three (COUNT counts the excluded starts too), then nothing.
    const next = await week('alice', '2015-07-13T07:00:00Z', '2015-07-20T07:00:00Z');
    expect(next.body.events.map((event) => event.start)).toEqual([
      '2015-07-13T19:00:00Z',
      '2015-07-14T19:00:00Z',
      '2015-07-15T19:00:00Z',
    ]);
    expect((await week('alice', '2015-07-20T07:00:00Z', '2015-07-27T07:00:00Z')).body.events).toEqual([]);
  });

  it("never shows another user's calendar until it is shared", async () => {
    const autumn = ['2022-10-10T00:00:00Z', '2022-10-17T00:00:00Z'] as const;
    const before = await week('alice', ...autumn);
    expect(before.body.calendars.map((item) => item.id)).toEqual([alices]);
    expect(before.body.events).toEqual([]);
    const own = await week('bob', ...autumn);
    expect(own.body.events.map((event) => event.summary.trim())).toEqual(['Music School']);
    expect(own.body.calendars.map((item) => item.id)).toEqual([bobs]);
    const shared = await server.app.request(`/api/files/${bobs}/share`, {
      method: 'POST',
      headers: bearer(tokens.bob!),
      body: JSON.stringify({ users: ['alice'] }),
    });
    expect(shared.status).toBe(200);
    const after = await week('alice', ...autumn);
    expect(after.body.calendars.map((item) => item.id).sort()).toEqual([alices, bobs].sort());
    expect(after.body.events.map((event) => event.calendar)).toEqual(['school.ics']);
  });

  it('lists free times without an invitation, then writes the invitation for the slot picked', async () => {
    const schedule = async (input: Record<string, unknown>) => {
      const response = await server.app.request('/api/skills/mail-schedule', {
        method: 'POST',
        headers: bearer(tokens.alice!),
        body: JSON.stringify({
          attendees: ['ana@example.com'],
          duration: '1h',
          calendars: [alices],
          ...input,
        }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as SkillResponse;
    };
    const listed = await schedule({
      from: '2015-07-06T07:00:00Z',
      to: '2015-07-13T07:00:00Z',
      invite: false,
    });
    const slots = listed.result.slots as { start: string; end: string }[];
    expect(slots.length).toBeGreaterThan(3);
    expect(listed.artifacts).toEqual([]);
    // No slot overlaps an occurrence of the series (19:00–20:00 UTC on its days).
    const shown = await week('alice', '2015-07-06T07:00:00Z', '2015-07-13T07:00:00Z');
    const held = shown.body.events.filter((event) => event.summary === 'Treasure Hunting');
    expect(held.length).toBe(4);
    for (const slot of slots)
      for (const event of held)
        expect(
          Date.parse(slot.start) < Date.parse(event.end) && Date.parse(slot.end) > Date.parse(event.start),
        ).toBe(false);
    const picked = slots[1]!;
    const invited = await schedule({ from: picked.start, to: picked.end, limit: 1 });
    expect(invited.artifacts.map((file) => file.name)).toEqual(['invite.ics']);
    expect((invited.result.slots as { start: string }[])[0]!.start).toBe(picked.start);
  });

  it('refuses a range that is missing, backwards or longer than two weeks', async () => {
    expect((await week('alice', '2015-07-13T00:00:00Z', '2015-07-06T00:00:00Z')).status).toBe(400);
    expect((await week('alice', '2015-07-01T00:00:00Z', '2015-08-01T00:00:00Z')).status).toBe(400);
    expect((await week('alice', 'monday', '2015-07-06T00:00:00Z')).status).toBe(400);
  });
});
