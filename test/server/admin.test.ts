/**
 * Administrators' view over the API: model usage per user and per day from the meter, and the
 * indexing jobs with their files and status; everyone else gets 403.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUsageMeter, recordUsage, type UsageMeter } from '../../src/models/metering/usage-meter.ts';
import type { AdminJobs, AdminUsage } from '../../src/protocol/api.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

let server: TestServer;
let meter: UsageMeter;
const tokens: Record<string, string> = {};
let fileId: string;

beforeAll(async () => {
  meter = openUsageMeter({ path: join(mkdtempSync(join(tmpdir(), 'officemate-meter-')), 'usage.db') });
  server = await startTestServer({ meter });
  for (const user of ['alice', 'bob']) tokens[user] = (await login(server.app, user)).token;
  fileId = await upload(server.app, tokens.bob!, 'notes.md', '# Notes\n\nThe kickoff is on Monday.\n');
});
afterAll(async () => {
  await server.close();
  meter.close();
});

const get = async <T>(user: string, path: string) => {
  const response = await server.app.request(path, { headers: bearer(tokens[user]!) });
  return { status: response.status, body: (await response.json()) as T };
};

describe('the admin view', () => {
  it('shows model usage per user and per day to administrators only', async () => {
    const call = (user: string, at: string, inputTokens: number, outputTokens: number) =>
      recordUsage(meter, {
        user,
        skill: 'ask',
        engine: 'openai',
        model: 'test-model',
        inputTokens,
        outputTokens,
        latencyMs: 10,
        at: new Date(at),
      });
    call('alice', '2026-03-10T10:00:00Z', 100, 20);
    call('alice', '2026-03-11T10:00:00Z', 50, 5);
    call('bob', '2026-03-11T11:00:00Z', 300, 40);
    call('bob', '2026-01-01T11:00:00Z', 9999, 9999);
    const usage = await get<AdminUsage>('alice', '/api/admin/usage?days=14');
    expect(usage.status).toBe(200);
    expect(usage.body.metered).toBe(true);
    expect(usage.body.byUser.map((row) => [row.key, row.inputTokens, row.outputTokens, row.calls])).toEqual([
      ['alice', 150, 25, 2],
      ['bob', 300, 40, 1],
    ]);
    expect(usage.body.byDay.map((row) => [row.key, row.inputTokens])).toEqual([
      ['2026-03-10', 100],
      ['2026-03-11', 350],
    ]);
    expect((await get('bob', '/api/admin/usage')).status).toBe(403);
  });

  it('lists indexing jobs with their file and status to administrators only', async () => {
    const jobs = await get<AdminJobs>('alice', '/api/admin/jobs');
    expect(jobs.status).toBe(200);
    expect(jobs.body.jobs).toContainEqual(
      expect.objectContaining({ fileId, name: 'notes.md', owner: 'bob', status: 'done', attempts: 1 }),
    );
    expect(jobs.body.counts.done).toBeGreaterThan(0);
    expect((await get('bob', '/api/admin/jobs')).status).toBe(403);
  });
});
