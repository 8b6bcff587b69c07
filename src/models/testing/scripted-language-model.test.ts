import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runLanguageModelContract } from '../language-model.contract.ts';
import { createScriptedLanguageModel } from './scripted-language-model.ts';

const STORY =
  'Once there was a small bird who liked to sing in the tall green tree every single morning before breakfast';

runLanguageModelContract({
  name: 'scripted (mock)',
  generates: true,
  create: () =>
    createScriptedLanguageModel({
      delayMs: 2,
      reply: (request, index) => {
        if (!request.responseFormat) return STORY;
        const schema = request.responseFormat.schema;
        if ('safeParse' in schema) return { json: { name: `n${index}`, ok: true } };
        return { json: { title: `task ${index}`, count: index, done: false, tags: ['red'] } };
      },
    }),
});

describe('scripted language model', () => {
  it('records calls and repairs invalid JSON once, sending the validation error back', async () => {
    const Out = z.object({ answer: z.number() });
    const model = createScriptedLanguageModel({ replies: ['not json at all', '{"answer": 42}'] });
    const result = await model.generate({
      messages: [{ role: 'user', content: 'q' }],
      responseFormat: { type: 'json', schema: Out },
    });
    expect(result.success && result.data.object).toEqual({ answer: 42 });
    expect(result.success && result.data.attempts).toBe(2);
    expect(model.calls).toHaveLength(2);
    const repair = model.calls[1]?.messages.at(-1)?.content ?? '';
    expect(repair).toContain('rejected');
    expect(repair).toContain('"answer"');
  });

  it('fails with model_output_invalid after one repair attempt', async () => {
    const model = createScriptedLanguageModel({ replies: [{ json: { answer: 'x' } }] });
    const result = await model.generate({
      messages: [{ role: 'user', content: 'q' }],
      responseFormat: { type: 'json', schema: z.object({ answer: z.number() }) },
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.code).toBe('model_output_invalid');
    expect(!result.success && result.error.message).toMatch(/\$\.answer/);
    expect(model.calls).toHaveLength(2);
  });

  it('replays a scripted typed error', async () => {
    const model = createScriptedLanguageModel({
      replies: [{ error: { code: 'model_unreachable', message: 'down' } }],
    });
    const result = await model.generate({ messages: [{ role: 'user', content: 'q' }] });
    expect(!result.success && result.error.code).toBe('model_unreachable');
  });
});
