/**
 * `/api/ask` streams the model's words as it writes them, then the checked answer; and every
 * model call the server makes is metered under the real user, the registry's skill id and the
 * model, from `/api/ask`, `/api/skills/:id`, `/mcp` and `/v1`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUsageMeter, queryUsage, type UsageMeter } from '../../src/models/metering/usage-meter.ts';
import { configuredModelAt } from '../../src/models/testing/configured-model.ts';
import {
  replyCompletion,
  replyGatedStream,
  type ScriptedServer,
  type ScriptStep,
  startScriptedServer,
} from '../../src/models/testing/scripted-http-server.ts';
import { bearer, login, startTestServer, type TestServer, upload } from './workspace-helpers.ts';

const BEFORE = ['{"sentences":[{"text":"The canteen ', 'opens at 11:30', '.","sources":[1]}'];
const AFTER = [',{"text":"Lunch costs 99 euros.","sources":[1]}', '],"no_answer":false}'];
const WHOLE = [...BEFORE, ...AFTER].join('');

let release!: () => void;
const gate = new Promise<void>((resolve) => {
  release = resolve;
});
/** The first call streams behind the gate; later calls answer at once. */
const script: ScriptStep[] = [replyGatedStream(BEFORE, gate, AFTER), replyCompletion(WHOLE)];

let model: ScriptedServer;
let server: TestServer;
let meter: UsageMeter;
let meterDir: string;
let alice: { token: string; csrf: string };
let file: string;

beforeAll(async () => {
  model = await startScriptedServer(script);
  meterDir = mkdtempSync(join(tmpdir(), 'officemate-ask-meter-'));
  meter = openUsageMeter({ path: join(meterDir, 'usage.db') });
  server = await startTestServer({ model: configuredModelAt(model.baseUrl, { timeoutMs: 20_000 }), meter });
  alice = await login(server.app, 'alice');
  file = await upload(
    server.app,
    alice.token,
    'canteen.md',
    '# Canteen\n\nThe canteen opens at 11:30 and closes at 14:00. Soup costs 4 euros.\n',
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  meter?.close();
  await model?.close();
  rmSync(meterDir, { recursive: true, force: true });
});

type Event = { event: string; data: unknown };

function parseEvents(text: string): Event[] {
  return text
    .split('\n\n')
    .filter((block) => block.includes('event:'))
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1] ?? '',
      data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null'),
    }));
}

const modelCalls = (skill: string, user = 'alice') =>
  queryUsage(meter, { by: 'skill', user }).find((row) => row.key === skill)?.calls ?? 0;

describe('/api/ask streams', () => {
  it('sends the first words before the model has finished, then the checked answer with citations', async () => {
    const response = await server.app.request('/api/ask', {
      method: 'POST',
      headers: { ...bearer(alice.token), accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'When does the canteen open?' }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let seenBeforeFinish: Event[] | undefined;
    const safety = setTimeout(release, 10_000);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (!seenBeforeFinish && text.includes('event: text-delta')) {
        seenBeforeFinish = parseEvents(text);
        release();
      }
    }
    clearTimeout(safety);
    expect(seenBeforeFinish?.map((event) => event.event)).toEqual(
      expect.arrayContaining(['text-start', 'text-delta']),
    );
    expect(JSON.stringify(seenBeforeFinish)).not.toContain('Lunch');
    const events = parseEvents(text);
    const deltas = events
      .filter((event) => event.event === 'text-delta')
      .map((event) => (event.data as { delta: string }).delta)
      .join('');
    // The draft shows every sentence the model wrote; the checked answer drops the unsupported one.
    expect(deltas).toBe('The canteen opens at 11:30. Lunch costs 99 euros.');
    const finish = events.at(-1);
    expect(finish?.event).toBe('finish');
    const answer = finish?.data as {
      answer: string;
      engine: string;
      citations: { fileId: string }[];
      warnings: { message: string }[];
    };
    expect(answer.answer).toBe('The canteen opens at 11:30. [1]');
    expect(answer.engine).toBe('openai-compatible');
    expect(answer.citations).toEqual([expect.objectContaining({ n: 1, fileId: file })]);
    expect(answer.warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/1 of the model's 2 sentences was dropped/) }),
    ]);
    expect(events.filter((event) => event.event === 'citation')).toHaveLength(1);
    expect(modelCalls('ask')).toBe(1);
  });
});

describe('metering of every model call, under the real user, skill and model', () => {
  it('meters /api/ask as JSON, /api/skills/ask and /mcp under alice and the skill id "ask"', async () => {
    const before = modelCalls('ask');
    const json = await server.app.request('/api/ask', {
      method: 'POST',
      headers: bearer(alice.token),
      body: JSON.stringify({ question: 'When does the canteen open?' }),
    });
    expect(((await json.json()) as { engine: string }).engine).toBe('openai-compatible');
    expect(modelCalls('ask')).toBe(before + 1);

    const skill = await server.app.request('/api/skills/ask', {
      method: 'POST',
      headers: bearer(alice.token),
      body: JSON.stringify({ question: 'When does the canteen open?' }),
    });
    expect(((await skill.json()) as { result: { warnings: unknown[] } }).result.warnings).toHaveLength(1);
    expect(modelCalls('ask')).toBe(before + 2);

    const client = new Client({ name: 'test', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('http://officemate.test/mcp'), {
        requestInit: { headers: { authorization: `Bearer ${alice.token}` } },
        fetch: async (url, init) => server.app.fetch(new Request(url, init)),
      }),
    );
    try {
      await client.callTool({ name: 'ask', arguments: { question: 'When does the canteen open?' } });
    } finally {
      await client.close();
    }
    expect(modelCalls('ask')).toBe(before + 3);
    const byModel = queryUsage(meter, { by: 'model', user: 'alice' });
    expect(byModel.map((row) => row.key)).toEqual(['m']);
    expect(queryUsage(meter, { by: 'user' }).map((row) => row.key)).toEqual(['alice']);
  });

  it('meters /v1 under the account whose token called it', async () => {
    const bob = await login(server.app, 'bob');
    const response = await server.app.request('/v1/chat/completions', {
      method: 'POST',
      headers: bearer(bob.token),
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Hello' }] }),
    });
    expect(response.status).toBe(200);
    expect(modelCalls('v1-chat', 'bob')).toBe(1);
    expect(queryUsage(meter, { by: 'user' }).map((row) => row.key)).toEqual(['alice', 'bob']);
  });
});
