import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageModelFromConfig } from './create-language-model.ts';
import { createOpenAICompatibleModel } from './engines/openai-compatible/openai-compatible-model.ts';
import { resolveModelConfig } from './model-config.ts';
import { createRouterModel, retryAfterMs } from './router-model.ts';
import {
  replyCompletion,
  replyJson,
  type ScriptedServer,
  type ScriptStep,
  startScriptedServer,
} from './testing/scripted-http-server.ts';

const hi = { messages: [{ role: 'user' as const, content: 'hi' }] };
const servers: ScriptedServer[] = [];
const start = async (...steps: ScriptStep[]) => {
  const server = await startScriptedServer(steps);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Answers after `ms`. */
const slowly =
  (ms: number, step: ScriptStep): ScriptStep =>
  (response, request) =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        void step(response, request);
        resolve();
      }, ms),
    );
const replica = (server: ScriptedServer) =>
  createOpenAICompatibleModel({ baseUrl: server.baseUrl, model: 'm', maxRetries: 0 });
const serverError = replyJson(500, { error: { message: 'replica broke' } });

describe('router over replicas', () => {
  it('sends less traffic to a slow replica, one call at a time and many at once', async () => {
    const slow = await start(slowly(120, replyCompletion('slow')));
    const fast = await start(replyCompletion('fast'));
    const router = createRouterModel({ models: [replica(slow), replica(fast)] });
    for (let call = 0; call < 12; call++) expect((await router.generate(hi)).success).toBe(true);
    // Each is tried once while unmeasured; after that the fast one takes every call.
    expect(slow.requests.length).toBe(1);
    expect(fast.requests.length).toBe(11);
    const together = await Promise.all(Array.from({ length: 8 }, () => router.generate(hi)));
    expect(together.every((result) => result.success)).toBe(true);
    // With calls in flight, the slow one gets some, but well under half.
    expect(slow.requests.length - 1).toBeLessThan(4);
    expect(fast.requests.length - 11).toBeGreaterThan(4);
  });

  it('skips a failing replica after its first failure, with no retry on it first', async () => {
    const broken = await start(serverError);
    const healthy = await start(replyCompletion('healthy'));
    // As `serve` builds it from a list of endpoints (maxRetries 2 in configuration).
    const model = createLanguageModelFromConfig({
      ...resolveModelConfig({ engine: 'openai-compatible', model: 'm' }),
      endpoints: [broken.baseUrl, healthy.baseUrl],
      maxRetries: 2,
    });
    expect(model.engine).toBe('router');
    for (let call = 0; call < 6; call++) {
      const result = await model.generate(hi);
      expect(result.success && result.data.text).toBe('healthy');
    }
    expect(broken.requests.length).toBe(1);
    expect(healthy.requests.length).toBe(6);
  });

  it('calls a replica that answered 429 with Retry-After only once the wait is over', async () => {
    let offset = 0;
    const now = () => Date.now() + offset;
    const limited = await start(
      replyJson(429, { error: { message: 'busy' } }, { 'retry-after': '20' }),
      replyCompletion('limited'),
    );
    const other = await start(replyCompletion('other'));
    const router = createRouterModel({ models: [replica(limited), replica(other)], now });
    const first = await router.generate(hi);
    expect(first.success && first.data.text).toBe('other');
    expect(limited.requests.length).toBe(1);
    // Nineteen seconds on, the limited one is still left out even though it was never measured.
    offset = 19_000;
    for (let call = 0; call < 3; call++) await router.generate(hi);
    expect(limited.requests.length).toBe(1);
    offset = 20_500;
    const texts: string[] = [];
    for (let call = 0; call < 3; call++) {
      const result = await router.generate(hi);
      texts.push(result.success ? result.data.text : result.error.code);
    }
    expect(texts).toContain('limited');
    expect(limited.requests.length).toBeGreaterThan(1);
  });

  it('answers rate_limited with the wait when every replica asked to wait, calling none', async () => {
    const busy = replyJson(503, { error: { message: 'overloaded' } }, { 'retry-after': '30' });
    const one = await start(busy);
    const two = await start(busy);
    const router = createRouterModel({ models: [replica(one), replica(two)] });
    const first = await router.generate(hi);
    expect(!first.success && first.error.code).toBe('model_unreachable');
    const second = await router.generate(hi);
    expect(!second.success && second.error.code).toBe('rate_limited');
    expect(!second.success && retryAfterMs(second.error)).toBeGreaterThan(25_000);
    expect(one.requests.length + two.requests.length).toBe(2);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const at = Date.parse('2026-03-12T09:00:00Z');
    const error = (retryAfter: string) => ({
      code: 'rate_limited' as const,
      message: 'x',
      cause: { retryAfter },
    });
    expect(retryAfterMs(error('7'), at)).toBe(7_000);
    expect(retryAfterMs(error('Thu, 12 Mar 2026 09:01:00 GMT'), at)).toBe(60_000);
    expect(retryAfterMs(error('soon'), at)).toBeUndefined();
    expect(retryAfterMs({ code: 'timeout', message: 'x' }, at)).toBeUndefined();
  });
});
