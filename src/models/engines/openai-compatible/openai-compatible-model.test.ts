import { createServer } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_MODEL } from '../../../../test/helpers/paths.ts';
import { createApp } from '../../../server/app.ts';
import { runLanguageModelContract } from '../../language-model.contract.ts';
import type { ModelStreamPart } from '../../language-model.ts';
import { createRouterModel } from '../../router-model.ts';
import {
  hang,
  replyCompletion,
  replyJson,
  replyStream,
  type ScriptedServer,
  startScriptedServer,
} from '../../testing/scripted-http-server.ts';
import { createLlamaCppModel, disposeLlamaModels } from '../llama-cpp/llama-cpp-model.ts';
import { createOpenAICompatibleModel } from './openai-compatible-model.ts';

const API_KEY = 'test-key-123';
let endpoint: { server: ServerType; baseUrl: string } | undefined;

async function startEndpoint() {
  const app = createApp({
    model: createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 }),
    apiKey: API_KEY,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, baseUrl: `http://127.0.0.1:${port}/v1` };
}

runLanguageModelContract({
  name: 'openai-compatible → officemate /v1 serving stories260K',
  generates: true,
  create: async () => {
    endpoint ??= await startEndpoint();
    return createOpenAICompatibleModel({
      baseUrl: endpoint.baseUrl,
      model: 'stories260K.gguf',
      apiKey: API_KEY,
      maxRetries: 0,
    });
  },
  cleanup: async () => {
    await new Promise<void>((resolve) => (endpoint ? endpoint.server.close(() => resolve()) : resolve()));
    endpoint = undefined;
    await disposeLlamaModels();
  },
});

const hi = { messages: [{ role: 'user' as const, content: 'hi' }] };

async function collect(stream: AsyncIterable<ModelStreamPart>): Promise<ModelStreamPart[]> {
  const parts: ModelStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

describe('openai-compatible engine: failure paths against a scripted server', () => {
  const servers: ScriptedServer[] = [];
  const start = async (...steps: Parameters<typeof startScriptedServer>[0]) => {
    const server = await startScriptedServer(steps);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it('retries a 429 and then succeeds, sending the OpenAI wire format', async () => {
    const server = await start(
      replyJson(429, { error: { message: 'slow down' } }, { 'retry-after': '0' }),
      replyCompletion('hello there'),
    );
    const model = createOpenAICompatibleModel({
      baseUrl: server.baseUrl,
      model: 'm1',
      apiKey: 'k',
      retryBaseMs: 1,
    });
    const result = await model.generate({ ...hi, maxTokens: 9, temperature: 0.5, stop: ['END'] });
    expect(result.success && result.data.text).toBe('hello there');
    expect(result.success && result.data.usage).toEqual({ inputTokens: 7, outputTokens: 5, totalTokens: 12 });
    expect(server.requests).toHaveLength(2);
    const request = server.requests[1]!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer k');
    expect(request.body).toMatchObject({
      model: 'm1',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 9,
      temperature: 0.5,
      stop: ['END'],
    });
  });

  it('gives up on repeated 500s with a typed model_unreachable error after maxRetries', async () => {
    const server = await start(replyJson(500, { error: { message: 'boom' } }));
    const model = createOpenAICompatibleModel({
      baseUrl: server.baseUrl,
      model: 'm',
      maxRetries: 2,
      retryBaseMs: 1,
    });
    const result = await model.generate(hi);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('model_unreachable');
    expect(result.error.message).toMatch(/HTTP 500.*boom.*3 tries/);
    expect(server.requests).toHaveLength(3);
  });

  it('reports connection refused as model_unreachable with a hint about --base-url', async () => {
    const model = createOpenAICompatibleModel({
      baseUrl: await closedPortUrl(),
      model: 'm',
      maxRetries: 1,
      retryBaseMs: 1,
    });
    const result = await model.generate(hi);
    expect(!result.success && result.error.code).toBe('model_unreachable');
    expect(!result.success && result.error.message).toMatch(/ECONNREFUSED/);
    expect(!result.success && result.error.hint).toMatch(/--base-url/);
  });

  it('reports a wrong API key as model_auth without retrying', async () => {
    const server = await start(replyJson(401, { error: { message: 'Incorrect API key provided' } }));
    const result = await createOpenAICompatibleModel({
      baseUrl: server.baseUrl,
      model: 'm',
      apiKey: 'bad',
    }).generate(hi);
    expect(!result.success && result.error.code).toBe('model_auth');
    expect(!result.success && result.error.hint).toMatch(/OFFICEMATE_API_KEY/);
    expect(server.requests).toHaveLength(1);
  });

  it('reports an unknown model as model_not_found', async () => {
    const server = await start(replyJson(404, { error: { message: 'model "x" not found' } }));
    const result = await createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'x' }).generate(hi);
    expect(!result.success && result.error.code).toBe('model_not_found');
  });

  it('times out a server that never answers', async () => {
    const server = await start(hang);
    const result = await createOpenAICompatibleModel({
      baseUrl: server.baseUrl,
      model: 'm',
      timeoutMs: 200,
      maxRetries: 0,
    }).generate(hi);
    expect(!result.success && result.error.code).toBe('timeout');
  });

  it('cancels a call waiting on a slow server', async () => {
    const server = await start(hang);
    const model = createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm' });
    const started = Date.now();
    const result = await model.generate(hi, AbortSignal.timeout(100));
    expect(!result.success && result.error.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('streams SSE deltas and usage', async () => {
    const server = await start(replyStream(['Hel', 'lo', '!']));
    const parts = await collect(
      createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm' }).stream(hi),
    );
    expect(
      parts
        .filter((part) => part.type === 'text-delta')
        .map((part) => part.type === 'text-delta' && part.delta),
    ).toEqual(['Hel', 'lo', '!']);
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.usage).toEqual({
      inputTokens: 3,
      outputTokens: 3,
      totalTokens: 6,
    });
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("passes on the warnings Officemate's own /v1 sends, streamed and not, once each", async () => {
    const sent = [
      { type: 'lossy', message: 'The prompt was cut to the last 900 tokens of the context window.' },
      { type: 'unsupported', message: 'The engine ignores "seed".' },
      { message: 'A warning whose type this client does not know.' },
      { type: 'lossy', message: 'The prompt was cut to the last 900 tokens of the context window.' },
      'not a warning',
      { type: 'lossy' },
    ];
    const expected = [
      { type: 'lossy', message: 'The prompt was cut to the last 900 tokens of the context window.' },
      { type: 'unsupported', message: 'The engine ignores "seed".' },
      { type: 'other', message: 'A warning whose type this client does not know.' },
    ];
    const server = await start(
      replyCompletion('Plums ripen in August.', undefined, { officemateWarnings: sent }),
    );
    const model = createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm' });
    const generated = await model.generate(hi);
    expect(generated.success && generated.warnings).toEqual(expected);
    const parts = await collect(model.stream(hi));
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.warnings).toEqual(expected);
  });

  it('reports a stream cut in the middle as an error after the text already sent, without retrying', async () => {
    const server = await start(replyStream(['Once', ' upon'], { cut: true }), replyStream(['never']));
    const parts = await collect(
      createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm', retryBaseMs: 1 }).stream(hi),
    );
    expect(parts.map((part) => part.type)).toEqual(['text-start', 'text-delta', 'text-delta', 'error']);
    const last = parts.at(-1);
    expect(last?.type === 'error' && last.error.code).toBe('model_unreachable');
    expect(server.requests).toHaveLength(1);
  });

  it('repairs invalid JSON once, then validates; sends response_format json_schema', async () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'integer' } },
      required: ['n'],
      additionalProperties: false,
    };
    const server = await start(replyCompletion('Sure! n is five'), replyCompletion('{"n": 5}'));
    const model = createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm' });
    const result = await model.generate({ ...hi, responseFormat: { type: 'json', schema, name: 'count' } });
    expect(result.success && result.data.object).toEqual({ n: 5 });
    expect(result.success && result.data.attempts).toBe(2);
    expect(result.success && result.data.usage.outputTokens).toBe(10);
    expect(server.requests[0]?.body).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'count', schema, strict: true } },
    });
    const retry = server.requests[1]?.body as { messages: { role: string; content: string }[] };
    expect(retry.messages.at(-2)).toEqual({ role: 'assistant', content: 'Sure! n is five' });
    expect(retry.messages.at(-1)?.content).toMatch(/not valid JSON/);
  });

  it('speaks the Azure OpenAI variant: deployment path, api-version and api-key header', async () => {
    const server = await start(replyCompletion('ok'));
    const baseUrl = server.baseUrl.replace(/\/v1$/, '');
    const model = createOpenAICompatibleModel({
      baseUrl,
      model: 'ignored',
      apiKey: 'az',
      azure: { deployment: 'gpt4o-prod', apiVersion: '2024-10-21' },
    });
    const result = await model.generate(hi);
    expect(result.success).toBe(true);
    expect(model.modelId).toBe('gpt4o-prod');
    const request = server.requests[0]!;
    expect(request.url).toBe('/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21');
    expect(request.headers['api-key']).toBe('az');
    expect(request.headers.authorization).toBeUndefined();
    expect((request.body as { model?: string }).model).toBeUndefined();
  });
});

describe('router over several endpoints', () => {
  let a: ScriptedServer;
  let b: ScriptedServer;
  beforeAll(async () => {
    a = await startScriptedServer([replyCompletion('from a')]);
    b = await startScriptedServer([replyCompletion('from b')]);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('tries each endpoint while it is unmeasured', async () => {
    const router = createRouterModel({
      models: [a, b].map((server) => createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm' })),
    });
    const texts = [];
    for (let call = 0; call < 2; call++) {
      const result = await router.generate(hi);
      texts.push(result.success && result.data.text);
    }
    expect(texts).toEqual(['from a', 'from b']);
  });

  it('fails over when an endpoint is down, and skips it while it cools down', async () => {
    const down = createOpenAICompatibleModel({ baseUrl: await closedPortUrl(), model: 'm', maxRetries: 0 });
    const up = createOpenAICompatibleModel({ baseUrl: b.baseUrl, model: 'm' });
    const router = createRouterModel({ models: [down, up] });
    const before = b.requests.length;
    for (let call = 0; call < 3; call++) {
      const result = await router.generate(hi);
      expect(result.success && result.data.text).toBe('from b');
    }
    expect(b.requests.length - before).toBe(3);
    const parts = await collect(router.stream(hi));
    expect(parts.at(-1)?.type).toBe('finish');
  });

  it('returns the last failure when every endpoint is down', async () => {
    const router = createRouterModel({
      models: [await closedPortUrl(), await closedPortUrl()].map((baseUrl) =>
        createOpenAICompatibleModel({ baseUrl, model: 'm', maxRetries: 0 }),
      ),
    });
    const result = await router.generate(hi);
    expect(!result.success && result.error.code).toBe('model_unreachable');
  });
});

describe('openai-compatible engine against officemate /v1: auth', () => {
  afterAll(async () => {
    await new Promise<void>((resolve) => (endpoint ? endpoint.server.close(() => resolve()) : resolve()));
    await disposeLlamaModels();
  });

  it('reports a wrong API key as model_auth', async () => {
    endpoint ??= await startEndpoint();
    const result = await createOpenAICompatibleModel({
      baseUrl: endpoint.baseUrl,
      model: 'stories260K.gguf',
      apiKey: 'wrong',
    }).generate(hi);
    expect(!result.success && result.error.code).toBe('model_auth');
  });

  it('passes on the warnings of the model behind /v1, streamed and not', async () => {
    endpoint ??= await startEndpoint();
    const model = createOpenAICompatibleModel({
      baseUrl: endpoint.baseUrl,
      model: 'stories260K.gguf',
      apiKey: API_KEY,
    });
    const request = { ...hi, maxTokens: 4 };
    const template = 'stories260K.gguf has no chat template; a generic chat format is used.';
    const generated = await model.generate(request);
    expect(generated.success && generated.warnings.map((warning) => warning.message)).toEqual([template]);
    const finish = (await collect(model.stream(request))).at(-1);
    expect(finish?.type === 'finish' && finish.warnings.map((warning) => warning.message)).toEqual([
      template,
    ]);
  });
});
