import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withCircuitBreaker } from './circuit-breaker.ts';
import { createLanguageModel } from './create-language-model.ts';
import { createOpenAICompatibleModel } from './engines/openai-compatible/openai-compatible-model.ts';
import type { ModelStreamPart } from './language-model.ts';
import { resolveModelConfig } from './model-config.ts';
import {
  hang,
  replyCompletion,
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from './testing/scripted-http-server.ts';

const messages = [{ role: 'user' as const, content: 'Say hi.' }];
let server: ScriptedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function overHttp(baseUrl: string, timeoutMs = 200) {
  return createOpenAICompatibleModel({ baseUrl, model: 'm', timeoutMs, maxRetries: 2, retryBaseMs: 1 });
}

async function collect(parts: AsyncIterable<ModelStreamPart>): Promise<ModelStreamPart[]> {
  const out: ModelStreamPart[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

describe('circuit breaker', () => {
  it('after one timeout, later calls fail at once without reaching the server', async () => {
    server = await startScriptedServer([hang]);
    const model = withCircuitBreaker(overHttp(server.baseUrl, 5_000), { timeoutMs: 1_000 });
    const started = performance.now();
    const first = await model.generate({ messages });
    expect(!first.success && first.error.code).toBe('timeout');
    // The engine would retry twice at 5 s each; the per-call timeout ends the call first.
    expect(performance.now() - started).toBeLessThan(4_000);
    const requestsAfterFirst = server.requests.length;
    const laterStarted = performance.now();
    const second = await model.generate({ messages });
    const third = await model.generate({ messages });
    expect(performance.now() - laterStarted).toBeLessThan(500);
    expect(server.requests.length).toBe(requestsAfterFirst);
    expect(!second.success && second.error.code).toBe('timeout');
    // The same message each time, so a skill that collects warnings says it once.
    expect(!second.success && !third.success && second.error.message === third.error.message).toBe(true);
    expect(!second.success && second.error.message).toMatch(
      /is not used for now: an earlier call failed \(.*within 1000 ms\); it is tried again 60 s after/,
    );
    expect(model.circuit()).toMatchObject({ open: true, cause: { code: 'timeout' } });
  });

  it('opens on HTTP 500 (after the engine retries) and on a refused connection', async () => {
    server = await startScriptedServer([replyJson(500, { error: { message: 'boom' } })]);
    const model = withCircuitBreaker(overHttp(server.baseUrl), { timeoutMs: 5_000 });
    const first = await model.generate({ messages });
    expect(!first.success && first.error.code).toBe('model_unreachable');
    expect(server.requests).toHaveLength(3);
    const second = await model.generate({ messages });
    expect(!second.success && second.error.code).toBe('model_unreachable');
    expect(server.requests).toHaveLength(3);

    const closed = await startScriptedServer([hang]);
    const url = closed.baseUrl;
    await closed.close();
    const refused = withCircuitBreaker(
      createOpenAICompatibleModel({ baseUrl: url, model: 'm', maxRetries: 0 }),
      { timeoutMs: 5_000 },
    );
    expect((await refused.generate({ messages })).success).toBe(false);
    expect(refused.circuit().open).toBe(true);
  });

  it('stays closed for failures of the request itself, and for answers that arrive in time', async () => {
    server = await startScriptedServer([
      replyJson(400, { error: { message: 'bad option' } }),
      replyCompletion('hello'),
    ]);
    const model = withCircuitBreaker(overHttp(server.baseUrl), { timeoutMs: 5_000 });
    const refused = await model.generate({ messages });
    expect(!refused.success && refused.error.code).toBe('model_capability');
    expect(model.circuit().open).toBe(false);
    const answered = await model.generate({ messages });
    expect(answered.success && answered.data.text).toBe('hello');
  });

  it('a stream that stalls before its first text times out and opens the circuit', async () => {
    server = await startScriptedServer([hang]);
    const model = withCircuitBreaker(overHttp(server.baseUrl, 5_000), { timeoutMs: 150 });
    const parts = await collect(model.stream({ messages }));
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'timeout' } });
    const again = await collect(model.stream({ messages }));
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ type: 'error', error: { code: 'timeout' } });
  });

  it('a stream that stalls after its first text times out between pieces, not before the first', async () => {
    server = await startScriptedServer([
      (response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(
          `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] })}\n\n`,
        );
      },
    ]);
    const model = withCircuitBreaker(overHttp(server.baseUrl, 5_000), { timeoutMs: 300 });
    const parts = await collect(model.stream({ messages }));
    expect(parts.filter((part) => part.type === 'text-delta')).toEqual([
      { type: 'text-delta', id: 'text-0', delta: 'Hel' },
    ]);
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'timeout' } });
    expect(model.circuit().open).toBe(true);
  });

  it('lets one probe through after the cool-down, and closes again when it succeeds', async () => {
    let clock = 0;
    server = await startScriptedServer([replyJson(503, {}), replyJson(503, {}), replyCompletion('back')]);
    const model = withCircuitBreaker(
      createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm', maxRetries: 1, retryBaseMs: 1 }),
      { timeoutMs: 5_000, cooldownMs: 1_000, now: () => clock },
    );
    expect((await model.generate({ messages })).success).toBe(false);
    expect((await model.generate({ messages })).success).toBe(false);
    expect(server.requests).toHaveLength(2);
    clock = 1_000;
    // A probe the caller cancels neither closes the circuit nor stops the next probe.
    const cancelled = new AbortController();
    cancelled.abort();
    expect((await model.generate({ messages }, cancelled.signal)).success).toBe(false);
    expect(model.circuit().open).toBe(true);
    const probe = await model.generate({ messages });
    expect(probe.success && probe.data.text).toBe('back');
    expect(model.circuit().open).toBe(false);
  });
});

describe('per-call timeout from the configuration', () => {
  function folders() {
    const root = mkdtempSync(join(tmpdir(), 'officemate-timeout-'));
    const home = join(root, 'home');
    const cwd = join(root, 'work');
    mkdirSync(home);
    mkdirSync(cwd);
    return { home, cwd };
  }

  it('is read the same way from the file, OFFICEMATE_TIMEOUT_MS and the option, in that order', () => {
    const { home, cwd } = folders();
    expect(resolveModelConfig({ home, cwd, env: {} }).timeoutMs).toBe(120_000);
    expect(resolveModelConfig({ home, cwd, env: {}, engine: 'llama-cpp' }).timeoutMs).toBe(600_000);
    writeFileSync(join(cwd, 'officemate.config.json'), JSON.stringify({ timeoutMs: 9_000 }));
    expect(resolveModelConfig({ home, cwd, env: {} }).timeoutMs).toBe(9_000);
    const env = { OFFICEMATE_TIMEOUT_MS: '7000' };
    expect(resolveModelConfig({ home, cwd, env }).timeoutMs).toBe(7_000);
    expect(resolveModelConfig({ home, cwd, env, timeoutMs: 5_000 }).timeoutMs).toBe(5_000);
    expect(() => resolveModelConfig({ home, cwd, env: { OFFICEMATE_TIMEOUT_MS: '0' } })).toThrow(
      /OFFICEMATE_TIMEOUT_MS/,
    );
  });

  it('bounds every call of a configured model, whichever way the engine was chosen', async () => {
    server = await startScriptedServer([hang]);
    const { home, cwd } = folders();
    const chosen = [
      createLanguageModel({
        home,
        cwd,
        env: { OFFICEMATE_TIMEOUT_MS: '300' },
        engine: 'openai-compatible',
        model: 'm',
        baseUrl: server.baseUrl,
      }),
      createLanguageModel({
        home,
        cwd,
        env: {
          OFFICEMATE_ENGINE: 'openai-compatible',
          OFFICEMATE_MODEL: 'm',
          OFFICEMATE_BASE_URL: server.baseUrl,
          OFFICEMATE_TIMEOUT_MS: '300',
        },
      }),
    ];
    writeFileSync(
      join(cwd, 'officemate.config.json'),
      JSON.stringify({ engine: 'openai-compatible', model: 'm', baseUrl: server.baseUrl, timeoutMs: 300 }),
    );
    chosen.push(createLanguageModel({ home, cwd, env: {} }));
    for (const model of chosen) {
      const started = performance.now();
      const result = await model.generate({ messages });
      expect(!result.success && result.error.code).toBe('timeout');
      // Without the breaker: three tries of 300 ms plus backoff, over 1.6 s.
      expect(performance.now() - started).toBeLessThan(1_200);
    }
  });
});
