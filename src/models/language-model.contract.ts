/**
 * @module language-model.contract
 * One behavioural suite every engine passes (Hono's router `common.case.test.ts` idea):
 * identity, generate with usage and timing, max tokens, stop sequences, streaming,
 * cancellation, and JSON-schema output that validates in every run. Engines without a
 * model (builtin) pass the "honest refusal" half instead. Each engine's test calls it once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateJsonSchema } from './json-schema.ts';
import type { GenerateRequest, JsonSchema, LanguageModel, ModelStreamPart } from './language-model.ts';

export type LanguageModelContractOptions = {
  readonly name: string;
  readonly create: () => LanguageModel | Promise<LanguageModel>;
  /** False for engines with no model (builtin): every call must fail with `model_capability`. */
  readonly generates: boolean;
  /** How many structured-output runs (default 3); each must validate. */
  readonly jsonRuns?: number;
  /** The engine constrains decoding (grammar): JSON must validate on the first attempt, with no repair. */
  readonly constrained?: boolean;
  readonly cleanup?: () => Promise<void> | void;
};

export const CONTRACT_JSON_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: 40 },
    count: { type: 'integer' },
    done: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string', enum: ['red', 'green', 'blue'] } },
  },
  required: ['title', 'count', 'done', 'tags'],
  additionalProperties: false,
};

export const ContractZodSchema = z.object({ name: z.string().max(30), ok: z.boolean() });

const PROMPT: GenerateRequest = {
  messages: [{ role: 'user', content: 'Once upon a time' }],
  maxTokens: 24,
  temperature: 0,
};

async function collect(
  stream: AsyncIterable<ModelStreamPart>,
  onPart?: (part: ModelStreamPart) => void,
): Promise<ModelStreamPart[]> {
  const parts: ModelStreamPart[] = [];
  for await (const part of stream) {
    parts.push(part);
    onPart?.(part);
  }
  return parts;
}

export function runLanguageModelContract(options: LanguageModelContractOptions): void {
  describe(`LanguageModel contract: ${options.name}`, () => {
    let model: LanguageModel | undefined;
    const get = async () => {
      model ??= await options.create();
      return model;
    };
    afterAll(async () => {
      await options.cleanup?.();
    });

    it('names its specification, engine and model', async () => {
      const subject = await get();
      expect(subject.specificationVersion).toBe('v1');
      expect(subject.engine).toMatch(/^[a-z-]+$/);
      expect(subject.modelId.length).toBeGreaterThan(0);
    });

    if (!options.generates) {
      it('refuses generation with a typed model_capability error that says how to configure a model', async () => {
        const result = await (await get()).generate(PROMPT);
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.error.code).toBe('model_capability');
        expect(result.error.hint).toMatch(/--engine/);
      });
      it('ends a stream with the same typed error and no text', async () => {
        const parts = await collect((await get()).stream(PROMPT));
        expect(parts.map((part) => part.type)).toEqual(['error']);
        expect(parts[0]?.type === 'error' && parts[0].error.code).toBe('model_capability');
      });
      return;
    }

    it('generates text with usage and timing', async () => {
      const result = await (await get()).generate(PROMPT);
      expect(result.success, JSON.stringify(!result.success && result.error)).toBe(true);
      if (!result.success) return;
      expect(result.data.text.length).toBeGreaterThan(0);
      expect(result.data.usage.inputTokens).toBeGreaterThan(0);
      expect(result.data.usage.outputTokens).toBeGreaterThan(0);
      expect(result.data.usage.totalTokens).toBe(
        result.data.usage.inputTokens + result.data.usage.outputTokens,
      );
      expect(result.data.timing.latencyMs).toBeGreaterThan(0);
      expect(result.data.timing.tokensPerSecond).toBeGreaterThan(0);
      expect(result.data.attempts).toBe(1);
    });

    it('stops at maxTokens with finishReason length', async () => {
      const result = await (await get()).generate({ ...PROMPT, maxTokens: 4 });
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.data.finishReason).toBe('length');
      expect(result.data.usage.outputTokens).toBeLessThanOrEqual(4);
      expect(result.data.usage.outputTokens).toBeGreaterThan(0);
    });

    it('streams deltas that add up to the same text generate returns', async () => {
      const subject = await get();
      const whole = await subject.generate(PROMPT);
      const parts = await collect(subject.stream(PROMPT));
      const types = parts.map((part) => part.type);
      expect(types[0]).toBe('text-start');
      expect(types.at(-2)).toBe('text-end');
      expect(types.at(-1)).toBe('finish');
      expect(types.filter((type) => type === 'text-delta').length).toBeGreaterThan(1);
      const text = parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join('');
      expect(whole.success && text).toBe(whole.success && whole.data.text);
      const finish = parts.at(-1);
      expect(finish?.type === 'finish' && finish.usage.outputTokens).toBeGreaterThan(0);
      expect(finish?.type === 'finish' && finish.timing.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    });

    it('cuts the text at a stop sequence', async () => {
      const subject = await get();
      const whole = await subject.generate({ ...PROMPT, maxTokens: 30 });
      expect(whole.success).toBe(true);
      if (!whole.success) return;
      const words = whole.data.text.trim().split(/\s+/);
      const stop = words[Math.min(3, words.length - 1)]!;
      const cut = await subject.generate({ ...PROMPT, maxTokens: 30, stop: [stop] });
      expect(cut.success).toBe(true);
      if (!cut.success) return;
      expect(cut.data.text).not.toContain(stop);
      expect(whole.data.text.startsWith(cut.data.text)).toBe(true);
      expect(cut.data.text.length).toBeLessThan(whole.data.text.length);
    });

    it('aborts a stream that has started: the last part is an aborted error', async () => {
      const controller = new AbortController();
      let deltas = 0;
      const parts = await collect(
        (await get()).stream({ ...PROMPT, maxTokens: 400 }, controller.signal),
        (part) => {
          if (part.type === 'text-delta' && ++deltas === 2) controller.abort();
        },
      );
      const last = parts.at(-1);
      expect(last?.type).toBe('error');
      expect(last?.type === 'error' && last.error.code).toBe('aborted');
      expect(deltas).toBeLessThan(60);
    });

    it('returns aborted for a call whose signal is already aborted', async () => {
      const result = await (await get()).generate(PROMPT, AbortSignal.abort());
      expect(result.success).toBe(false);
      expect(!result.success && result.error.code).toBe('aborted');
    });

    it(`returns JSON that validates against the schema in every run (${options.jsonRuns ?? 3} runs)`, async () => {
      const subject = await get();
      for (let run = 0; run < (options.jsonRuns ?? 3); run++) {
        const result = await subject.generate({
          messages: [{ role: 'user', content: 'Describe a task as JSON.' }],
          maxTokens: 300,
          temperature: 0.8,
          seed: run + 1,
          responseFormat: { type: 'json', schema: CONTRACT_JSON_SCHEMA, name: 'task' },
        });
        expect(result.success, JSON.stringify(!result.success && result.error)).toBe(true);
        if (!result.success) return;
        expect(validateJsonSchema(result.data.object, CONTRACT_JSON_SCHEMA)).toEqual([]);
        expect(JSON.parse(result.data.text)).toEqual(result.data.object);
        if (options.constrained) expect(result.data.attempts).toBe(1);
      }
    });

    it('accepts a zod schema and returns the parsed value', async () => {
      const result = await (await get()).generate({
        messages: [{ role: 'user', content: 'Name and status as JSON.' }],
        maxTokens: 200,
        temperature: 0,
        responseFormat: { type: 'json', schema: ContractZodSchema },
      });
      expect(result.success, JSON.stringify(!result.success && result.error)).toBe(true);
      expect(ContractZodSchema.safeParse(result.success && result.data.object).success).toBe(true);
    });

    it('streams JSON output and validates it at the end', async () => {
      const parts = await collect(
        (await get()).stream({
          messages: [{ role: 'user', content: 'Describe a task as JSON.' }],
          maxTokens: 300,
          temperature: 0,
          responseFormat: { type: 'json', schema: CONTRACT_JSON_SCHEMA },
        }),
      );
      const finish = parts.at(-1);
      expect(finish?.type, JSON.stringify(finish)).toBe('finish');
      expect(
        validateJsonSchema(finish?.type === 'finish' ? finish.object : undefined, CONTRACT_JSON_SCHEMA),
      ).toEqual([]);
    });
  });
}
