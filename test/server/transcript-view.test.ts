/**
 * A real meeting transcript over the API as the transcript view shows it: its turns with
 * speakers in order; its recap's citations point at turns of that view; nothing of it for a
 * user it is not shared with; a file that is not a transcript is refused with a reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SkillResponse, TranscriptView } from '../../src/protocol/api.ts';
import { CORPUS } from '../helpers/paths.ts';
import { bearer, getJson, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
const tokens: Record<string, string> = {};
let meeting: string;
let calendar: string;
let channel: string;

const get = <T>(user: string, path: string) => getJson<T>(server.app, tokens[user]!, path);

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['alice', 'bob']) tokens[user] = (await login(server.app, user)).token;
  meeting = await upload(
    server.app,
    tokens.alice!,
    'ES2004a.json',
    readFileSync(join(CORPUS, 'meetings', 'qmsum', 'test', 'ES2004a.json')),
  );
  calendar = await upload(
    server.app,
    tokens.alice!,
    'school.ics',
    readFileSync(join(CORPUS, 'calendar', 'node-ical', 'music-school-weekly-until.ics')),
  );
  channel = await upload(
    server.app,
    tokens.alice!,
    'ubuntu-meeting.txt',
    readFileSync(join(CORPUS, 'chats', 'irc-disentanglement', 'new-domains', 'ubuntu-meeting.1.ascii.txt')),
  );
}, 120_000);
afterAll(async () => {
  await server.close();
});

describe('GET /api/transcripts/:fileId', () => {
  it('gives the turns in order with their speakers, and the recap cites turns of them', async () => {
    const { status, body } = await get<TranscriptView>('alice', `/api/transcripts/${meeting}`);
    expect(status).toBe(200);
    expect(body.name).toBe('ES2004a.json');
    expect(body.turns.length).toBeGreaterThan(100);
    expect(body.turns.map((turn) => turn.index)).toEqual(body.turns.map((_, i) => i));
    expect(new Set(body.turns.map((turn) => turn.speaker)).size).toBeGreaterThan(2);
    expect(body.turns.every((turn) => turn.text.length > 0)).toBe(true);
    const recap = await server.app.request('/api/skills/recap', {
      method: 'POST',
      headers: bearer(tokens.alice!),
      body: JSON.stringify({ transcript: meeting }),
    });
    expect(recap.status).toBe(200);
    const citations = ((await recap.json()) as SkillResponse).result.citations as {
      fileId: string;
      quote: string;
      locator: { turn?: number };
    }[];
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(citation.fileId).toBe(meeting);
      const turn = body.turns[citation.locator.turn ?? -1];
      expect(turn).toBeDefined();
    }
  });

  it('shows a chat log as the turns recap reads from it, one per message', async () => {
    const { status, body } = await get<TranscriptView>('alice', `/api/transcripts/${channel}`);
    expect(status).toBe(200);
    expect(body.turns[0]).toMatchObject({ index: 0, speaker: 'sabdfl', text: 'hello all' });
    expect(body.turns.some((turn) => turn.speaker === 'MootBot')).toBe(false);
  });

  it('answers 404 to a user the transcript is not shared with, and refuses a file that is no transcript', async () => {
    expect((await get('bob', `/api/transcripts/${meeting}`)).status).toBe(404);
    const wrong = await get<{ error: { message: string } }>('alice', `/api/transcripts/${calendar}`);
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(wrong.body.error.message).toBe('school.ics is a calendar, not a transcript.');
  });
});
