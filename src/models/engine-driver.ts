/**
 * @module engine-driver
 * What an engine really implements: one `run` that produces text (calling `onDelta` as text
 * arrives when streaming) and throws `OfficemateError` on failure. `createModelFromDriver`
 * turns a driver into a full `LanguageModel`: timing, usage, structured output with one
 * repair retry, abort handling, and the stream-part protocol. Engines stay small and all
 * behave the same way.
 */
import { appError, OfficemateError, toAppError } from '../lib/errors.ts';
import { failure, type Result, success, type Warning } from '../lib/result.ts';
import type {
  CallTiming,
  FinishReason,
  GenerateRequest,
  GenerateResponse,
  JsonSchema,
  LanguageModel,
  ModelStreamPart,
  TokenUsage,
} from './language-model.ts';
import { usageOf } from './language-model.ts';
import { parseStructuredOutput, repairMessages, toJsonSchema } from './structured-output.ts';

export type DriverCall = {
  readonly request: GenerateRequest;
  /** The request's response schema as JSON Schema, when one was given. */
  readonly jsonSchema?: JsonSchema;
  readonly signal: AbortSignal;
  /** Present when the caller streams: called with each piece of text as it is generated. */
  readonly onDelta?: (delta: string) => void;
};

export type DriverResult = {
  readonly text: string;
  readonly finishReason: FinishReason;
  readonly usage: TokenUsage;
  readonly warnings?: readonly Warning[];
  /** Which endpoint or model actually answered, when it differs from the driver's. */
  readonly modelId?: string;
  /** performance.now() when the first text was generated, if the driver knows (excludes load time from tokens/s). */
  readonly firstTokenAt?: number;
};

export type EngineDriver = {
  readonly engine: LanguageModel['engine'];
  readonly modelId: string;
  run(call: DriverCall): Promise<DriverResult>;
};

/** Rough token estimate (4 characters a token) for engines that report no usage. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function abortedError(): OfficemateError {
  return new OfficemateError(appError('aborted', 'The model call was cancelled.'));
}

/** Maps anything a driver throws to an AppError, turning abort errors into `aborted`. */
export function driverError(thrown: unknown, signal: AbortSignal) {
  if (signal.aborted && !(thrown instanceof OfficemateError && thrown.code !== 'aborted'))
    return abortedError().error;
  return toAppError(thrown);
}

function timingOf(startedAt: number, firstTokenAt: number | undefined, outputTokens: number): CallTiming {
  const now = performance.now();
  const latencyMs = now - startedAt;
  const generationMs = firstTokenAt === undefined ? latencyMs : Math.max(now - firstTokenAt, 0.001);
  return {
    latencyMs: Math.round(latencyMs * 10) / 10,
    ...(firstTokenAt !== undefined
      ? { timeToFirstTokenMs: Math.round((firstTokenAt - startedAt) * 10) / 10 }
      : {}),
    tokensPerSecond: generationMs > 0 ? Math.round((outputTokens / generationMs) * 1000 * 10) / 10 : 0,
  };
}

function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return usageOf(a.inputTokens + b.inputTokens, a.outputTokens + b.outputTokens);
}

/** Links an optional outside signal to a controller we can also abort ourselves. */
function linkedController(signal: AbortSignal | undefined): AbortController {
  const controller = new AbortController();
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller;
}

/** A full LanguageModel over a driver. */
export function createModelFromDriver(driver: EngineDriver): LanguageModel {
  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    const controller = linkedController(signal);
    const startedAt = performance.now();
    const jsonSchema = request.responseFormat ? toJsonSchema(request.responseFormat) : undefined;
    let usage = usageOf(0, 0);
    const warnings: Warning[] = [];
    let messages = request.messages;
    try {
      for (let attempt = 1; ; attempt++) {
        if (controller.signal.aborted) throw abortedError();
        const result = await driver.run({
          request: { ...request, messages },
          ...(jsonSchema ? { jsonSchema } : {}),
          signal: controller.signal,
        });
        if (controller.signal.aborted) throw abortedError();
        usage = addUsage(usage, result.usage);
        for (const warning of result.warnings ?? [])
          if (!warnings.some((seen) => seen.message === warning.message)) warnings.push(warning);
        const base = {
          text: result.text,
          finishReason: result.finishReason,
          usage,
          timing: timingOf(startedAt, result.firstTokenAt, result.usage.outputTokens),
          engine: driver.engine,
          modelId: result.modelId ?? driver.modelId,
          attempts: attempt,
        };
        if (!request.responseFormat || !jsonSchema) return success(base, warnings);
        const parsed = parseStructuredOutput(result.text, request.responseFormat, driver.engine);
        if (parsed.success) return success({ ...base, object: parsed.data }, warnings);
        if (attempt >= 2)
          return failure({ ...parsed.error, message: `${parsed.error.message} (after one repair attempt)` });
        messages = [...request.messages, ...repairMessages(result.text, parsed.error.message, jsonSchema)];
      }
    } catch (thrown) {
      return failure(driverError(thrown, controller.signal));
    }
  }

  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    const controller = linkedController(signal);
    const startedAt = performance.now();
    const jsonSchema = request.responseFormat ? toJsonSchema(request.responseFormat) : undefined;
    const id = 'text-0';
    const queue: ModelStreamPart[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    let firstTokenAt: number | undefined;
    let text = '';
    const push = (part: ModelStreamPart) => {
      queue.push(part);
      wake?.();
    };
    const onDelta = (delta: string) => {
      if (delta === '' || done) return;
      if (firstTokenAt === undefined) {
        firstTokenAt = performance.now();
        push({ type: 'text-start', id });
      }
      text += delta;
      push({ type: 'text-delta', id, delta });
    };
    driver
      .run({ request, ...(jsonSchema ? { jsonSchema } : {}), signal: controller.signal, onDelta })
      .then((result) => {
        if (controller.signal.aborted) throw abortedError();
        // Drivers that cannot stream return the whole text at the end.
        if (firstTokenAt === undefined && result.text !== '') onDelta(result.text);
        if (firstTokenAt !== undefined) push({ type: 'text-end', id });
        const timing = timingOf(startedAt, firstTokenAt, result.usage.outputTokens);
        const warnings = result.warnings ?? [];
        if (request.responseFormat) {
          const parsed = parseStructuredOutput(text || result.text, request.responseFormat, driver.engine);
          if (!parsed.success) {
            push({ type: 'error', error: parsed.error });
            return;
          }
          push({
            type: 'finish',
            finishReason: result.finishReason,
            usage: result.usage,
            timing,
            warnings,
            object: parsed.data,
          });
          return;
        }
        push({ type: 'finish', finishReason: result.finishReason, usage: result.usage, timing, warnings });
      })
      .catch((thrown: unknown) => push({ type: 'error', error: driverError(thrown, controller.signal) }))
      .finally(() => {
        done = true;
        wake?.();
      });
    try {
      while (true) {
        const part = queue.shift();
        if (part) {
          yield part;
          if (part.type === 'finish' || part.type === 'error') return;
          continue;
        }
        if (done) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      // The consumer stopped early (break/return): stop generating.
      if (!done) controller.abort();
    }
  }

  return { specificationVersion: 'v1', engine: driver.engine, modelId: driver.modelId, generate, stream };
}
