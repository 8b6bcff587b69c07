/**
 * Daily token quotas through the API with a scripted model: an administrator sets a user's
 * quota, sees their tokens today against it, and once it is spent the user's /api/ask,
 * /api/skills/:id and /mcp calls are refused with 429 and a hint, without calling the model;
 * lifting the quota lets them through again. Other users are not held to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openUsageMeter,
  queryUsage,
  recordUsage,
  type UsageMeter,
} from '../../src/models/metering/usage-meter.ts';
import { configuredModelAt } from '../../src/models/testing/configured-model.ts';
import {
  replyCompletion,
  type ScriptedServer,
  startScriptedServer,
} from '../../src/models/testing/scripted-http-server.ts';
import type { AdminUser, AdminUsers } from '../../src/protocol/api.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

const ANSWER = '{"sentences":[{"text":"The canteen opens at 11:30.","sources":[1]}],"no_answer":false}';

let model: ScriptedServer;
let server: TestServer;
let meter: UsageMeter;
let meterDir: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  model = await startScriptedServer([replyCompletion(ANSWER)]);
  meterDir = mkdtempSync(join(tmpdir(), 'officemate-quota-meter-'));
  meter = openUsageMeter({ path: join(meterDir, 'usage.db') });
  server = await startTestServer({ model: configuredModelAt(model.baseUrl, { timeoutMs: 20_000 }), meter });
  for (const user of ['alice', 'bob', 'carol']) tokens[user] = (await login(server.app, user)).token;
  await upload(server.app, tokens.bob!, 'canteen.md', '# Canteen\n\nThe canteen opens at 11:30.\n');
  await upload(server.app, tokens.carol!, 'canteen.md', '# Canteen\n\nThe canteen opens at 11:30.\n');
}, 60_000);

afterAll(async () => {
  await server?.close();
  meter?.close();
  await model?.close();
  rmSync(meterDir, { recursive: true, force: true });
});

const request = (user: string, path: string, init: { method?: string; body?: unknown } = {}) =>
  server.app.request(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: bearer(tokens[user]!),
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

const setQuota = (user: string, dailyTokenQuota: unknown, as = 'alice') =>
  request(as, `/api/admin/users/${user}`, { method: 'PATCH', body: { dailyTokenQuota } });

const ask = (user: string) =>
  request(user, '/api/ask', { body: { question: 'When does the canteen open?' } });

const usersView = async () => (await (await request('alice', '/api/admin/users')).json()) as AdminUsers;

describe('daily token quotas', () => {
  /** Bob's tokens today when his quota is set to them. */
  let used = 0;

  it('are set by administrators only, for users that exist, as whole numbers or null', async () => {
    expect((await setQuota('bob', 500, 'bob')).status).toBe(403);
    expect((await request('bob', '/api/admin/users')).status).toBe(403);
    expect((await setQuota('nobody', 500)).status).toBe(404);
    expect((await setQuota('bob', -1)).status).toBe(400);
    expect((await setQuota('bob', 'lots')).status).toBe(400);
    const set = await setQuota('bob', 500);
    expect(set.status).toBe(200);
    expect((await set.json()) as AdminUser).toEqual({
      name: 'bob',
      admin: false,
      dailyTokenQuota: 500,
      usedToday: 0,
    });
  });

  it("show each user's tokens today against the quota, counting only today's calls (UTC)", async () => {
    // The server's clock says 2026-03-12T09:00Z: the call just before midnight does not count.
    const earlier = (at: string, inputTokens: number) =>
      recordUsage(meter, {
        user: 'bob',
        engine: 'openai-compatible',
        model: 'm',
        inputTokens,
        outputTokens: 10,
        latencyMs: 5,
        at: new Date(at),
      });
    earlier('2026-03-11T23:59:00Z', 4000);
    earlier('2026-03-12T00:01:00Z', 30);
    const answer = await ask('bob');
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { engine: string }).engine).toBe('openai-compatible');
    const [call] = queryUsage(meter, { user: 'bob', since: new Date('2026-03-12T00:01:30Z') });
    expect(call?.calls).toBe(1);
    const view = await usersView();
    expect(view.day).toBe('2026-03-12');
    expect(view.metered).toBe(true);
    expect(view.users.find((user) => user.name === 'bob')).toEqual({
      name: 'bob',
      admin: false,
      dailyTokenQuota: 500,
      usedToday: 40 + call!.inputTokens + call!.outputTokens,
    });
    expect(view.users.find((user) => user.name === 'carol')).toEqual({
      name: 'carol',
      admin: false,
      usedToday: 0,
    });
  });

  it('refuse every model call of a user whose quota is spent with 429 and a hint, without calling the model', async () => {
    used = (await usersView()).users.find((user) => user.name === 'bob')!.usedToday;
    expect((await setQuota('bob', used)).status).toBe(200);
    const calls = model.requests.length;

    const refused = await ask('bob');
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; message: string; hint: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toContain(`${used} of their ${used} model tokens today`);
    expect(body.error.hint).toMatch(/midnight UTC/);

    const skill = await request('bob', '/api/skills/ask', {
      body: { question: 'When does the canteen open?' },
    });
    expect(skill.status).toBe(429);

    const client = new Client({ name: 'test', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('http://officemate.test/mcp'), {
        requestInit: { headers: { authorization: `Bearer ${tokens.bob}` } },
        fetch: async (url, init) => server.app.fetch(new Request(url, init)),
      }),
    );
    try {
      const result = await client.callTool({
        name: 'ask',
        arguments: { question: 'When does the canteen open?' },
      });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toContain('model tokens today');
    } finally {
      await client.close();
    }
    expect(model.requests.length).toBe(calls);

    // Carol has no quota and is not held to bob's.
    expect((await ask('carol')).status).toBe(200);
    expect(model.requests.length).toBe(calls + 1);
  });

  it('let the user through again once the quota is raised or lifted', async () => {
    expect((await setQuota('bob', 10_000)).status).toBe(200);
    expect((await ask('bob')).status).toBe(200);
    const lifted = (await (await setQuota('bob', null)).json()) as AdminUser;
    expect(lifted.dailyTokenQuota).toBeUndefined();
    expect(lifted.usedToday).toBeGreaterThan(used);
    expect((await ask('bob')).status).toBe(200);
  });
});
