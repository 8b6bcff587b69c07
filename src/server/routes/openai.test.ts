import { afterAll, describe, expect, it } from 'vitest';
import { TINY_MODEL } from '../../../test/helpers/paths.ts';
import { createBuiltinModel } from '../../models/engines/builtin/builtin-model.ts';
import { createLlamaCppModel, disposeLlamaModels } from '../../models/engines/llama-cpp/llama-cpp-model.ts';
import { validateJsonSchema } from '../../models/json-schema.ts';
import { openUsageMeter, queryUsage } from '../../models/metering/index.ts';
import { createApp } from '../app.ts';

const meter = openUsageMeter({ path: ':memory:' });
const app = createApp({ model: createLlamaCppModel({ modelPath: TINY_MODEL, threads: 1 }), meter });

afterAll(async () => {
  meter.close();
  await disposeLlamaModels();
});

const post = (body: unknown, target = app) =>
  target.request('/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('OpenAI-compatible /v1', () => {
  it('answers /health and lists the model on /v1/models', async () => {
    expect(await (await app.request('/health')).json()).toEqual({
      status: 'ok',
      engine: 'llama-cpp',
      model: 'stories260K.gguf',
    });
    const models = (await (await app.request('/v1/models')).json()) as {
      object: string;
      data: { id: string; object: string }[];
    };
    expect(models.object).toBe('list');
    expect(models.data[0]).toMatchObject({ id: 'stories260K.gguf', object: 'model' });
  });

  it('answers a chat completion in the OpenAI wire format, and meters it', async () => {
    const response = await post({
      model: 'stories260K.gguf',
      messages: [{ role: 'user', content: 'Once upon a time' }],
      max_tokens: 12,
      temperature: 0,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      object: string;
      choices: { message: { role: string; content: string }; finish_reason: string }[];
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
      officemate_warnings?: { message: string }[];
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message.role).toBe('assistant');
    expect(body.choices[0]?.message.content.length).toBeGreaterThan(0);
    expect(body.choices[0]?.finish_reason).toBe('length');
    expect(body.usage.completion_tokens).toBe(12);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + 12);
    expect(body.officemate_warnings?.map((warning) => warning.message)).toEqual([
      'stories260K.gguf has no chat template; a generic chat format is used.',
    ]);
    // Metered under its caller: here a local tool over loopback, with no key or account.
    const [total] = queryUsage(meter, { user: 'local' });
    expect(total).toMatchObject({ calls: 1, outputTokens: 12, inputTokens: body.usage.prompt_tokens });
  });

  it('streams chunks over SSE, with usage, the model warnings and [DONE]', async () => {
    const response = await post({
      messages: [{ role: 'user', content: 'Once upon a time' }],
      max_tokens: 10,
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await response.text())
      .split('\n\n')
      .map((block) => block.replace(/^data: /, '').trim())
      .filter(Boolean);
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map(
      (event) =>
        JSON.parse(event) as {
          object: string;
          choices: { delta: { content?: string }; finish_reason: string | null }[];
          usage?: { completion_tokens: number };
          officemate_warnings?: { message: string }[];
        },
    );
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.filter((chunk) => chunk.choices[0]?.delta.content).length).toBeGreaterThan(1);
    expect(chunks.find((chunk) => chunk.choices[0]?.finish_reason)?.choices[0]?.finish_reason).toBe('length');
    expect(chunks.at(-1)?.usage?.completion_tokens).toBe(10);
    // The warnings ride on the chunk that carries finish_reason, as an extra field clients ignore.
    const finishing = chunks.find((chunk) => chunk.choices[0]?.finish_reason);
    expect(finishing?.officemate_warnings?.map((warning) => warning.message)).toEqual([
      'stories260K.gguf has no chat template; a generic chat format is used.',
    ]);
    expect(chunks.filter((chunk) => chunk.officemate_warnings).length).toBe(1);
  });

  it('honours response_format json_schema with the grammar: the content validates', async () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string', maxLength: 30 },
        rainy: { type: 'boolean' },
        days: { type: 'integer' },
      },
      required: ['city', 'rainy', 'days'],
      additionalProperties: false,
    };
    for (const seed of [1, 2, 3]) {
      const response = await post({
        messages: [{ role: 'user', content: 'Weather as JSON' }],
        max_tokens: 200,
        temperature: 0.9,
        seed,
        response_format: { type: 'json_schema', json_schema: { name: 'weather', schema, strict: true } },
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { choices: { message: { content: string } }[] };
      expect(validateJsonSchema(JSON.parse(body.choices[0]?.message.content ?? ''), schema)).toEqual([]);
    }
  });

  it('rejects a malformed request with 400 and an OpenAI-style error', async () => {
    const response = await post({ messages: [] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; type: string; message: string } };
    expect(body.error).toMatchObject({ code: 'bad_usage', type: 'invalid_request_error' });
    expect(body.error.message).toContain('messages');
  });

  it('with the builtin engine answers 400 model_capability with the configuration hint', async () => {
    const builtin = createApp({ model: createBuiltinModel() });
    const response = await post({ messages: [{ role: 'user', content: 'hi' }] }, builtin);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe('model_capability');
    expect(body.error.hint).toMatch(/llama-cpp/);
  });

  it('with the builtin engine answers a streamed request with the same 400, not a 200 stream that fails', async () => {
    const builtin = createApp({ model: createBuiltinModel() });
    const response = await post({ stream: true, messages: [{ role: 'user', content: 'hi' }] }, builtin);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe('model_capability');
    expect(body.error.hint).toContain('--engine');
  });

  it('requires the API key when one is set', async () => {
    const locked = createApp({ model: createBuiltinModel(), apiKey: 'sesame' });
    expect((await locked.request('/v1/models')).status).toBe(401);
    expect((await locked.request('/v1/models', { headers: { authorization: 'Bearer sesame' } })).status).toBe(
      200,
    );
    expect((await locked.request('/health')).status).toBe(200);
  });

  it('answers unknown routes with a typed 404', async () => {
    const response = await app.request('/v2/nothing');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
