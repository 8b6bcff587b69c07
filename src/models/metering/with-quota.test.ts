import { describe, expect, it } from 'vitest';
import { appError } from '../../lib/errors.ts';
import { createBuiltinModel } from '../index.ts';
import type { ModelStreamPart } from '../language-model.ts';
import { configuredModelAt } from '../testing/configured-model.ts';
import { replyCompletion, startScriptedServer } from '../testing/scripted-http-server.ts';
import { withQuota } from './with-quota.ts';

const request = { messages: [{ role: 'user' as const, content: 'Summarize: the kickoff is on Monday.' }] };
const refusal = appError('rate_limited', 'nina has used 120 of their 100 model tokens today.', {
  hint: 'Wait until tomorrow.',
});

async function parts(stream: AsyncIterable<ModelStreamPart>): Promise<ModelStreamPart[]> {
  const all: ModelStreamPart[] = [];
  for await (const part of stream) all.push(part);
  return all;
}

describe('withQuota', () => {
  it('refuses a generate and a stream when the check says no, and asks before every call', async () => {
    let checks = 0;
    const model = withQuota(createBuiltinModel(), async () => {
      checks++;
      return refusal;
    });
    const result = await model.generate(request);
    expect(result.success).toBe(false);
    expect(result.success ? undefined : result.error).toEqual(refusal);
    expect(await parts(model.stream(request))).toEqual([{ type: 'error', error: refusal }]);
    expect(checks).toBe(2);
  });

  it('passes calls through to the model when the check allows them', async () => {
    const server = await startScriptedServer([replyCompletion('Monday.')]);
    try {
      const inner = configuredModelAt(server.baseUrl, { timeoutMs: 10_000 });
      const model = withQuota(inner, async () => undefined);
      expect(model.engine).toBe(inner.engine);
      const result = await model.generate(request);
      expect(result.success ? result.data.text : result.error).toBe('Monday.');
      const streamed = await parts(model.stream(request));
      expect(streamed.at(-1)?.type).toBe('finish');
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
