/**
 * @module language-model
 * The one narrow interface every engine implements (builtin, llama-cpp, openai-compatible,
 * router, the scripted test model). Two methods, `generate` and `stream`, plus identity
 * fields. Capabilities an engine lacks come back as `warnings` of type `unsupported`, never
 * as new methods; other abilities (embeddings, token counting) get their own interfaces.
 */
import type { z } from 'zod';
import type { AppError } from '../lib/errors.ts';
import type { Result, Warning } from '../lib/result.ts';

export const ENGINE_NAMES = ['builtin', 'llama-cpp', 'openai-compatible'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export type ChatRole = 'system' | 'user' | 'assistant';
export type ChatMessage = { readonly role: ChatRole; readonly content: string };

/** A JSON Schema object (draft 2020-12 subset: type, properties, required, items, enum, const, anyOf...). */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * Structured output. `schema` is a zod type (preferred in skills: its inferred type is the
 * output) or a plain JSON Schema. The engine constrains decoding where it can (llama.cpp
 * grammar, OpenAI `response_format: json_schema`); the result is always parsed and validated,
 * retried once with the validation error, then fails with `model_output_invalid`.
 */
export type ResponseFormat = {
  readonly type: 'json';
  readonly schema: z.ZodType | JsonSchema;
  /** A short name for the schema (sent as `json_schema.name` on the wire). */
  readonly name?: string;
};

export type GenerateRequest = {
  readonly messages: readonly ChatMessage[];
  /** Upper bound on generated tokens; engines stop with finishReason 'length' when reached. */
  readonly maxTokens?: number;
  /** 0 = greedy. Engines that ignore it add an `unsupported` warning. */
  readonly temperature?: number;
  /** Stop sequences; the text returned never includes them. */
  readonly stop?: readonly string[];
  readonly responseFormat?: ResponseFormat;
  /** Sampling seed, where the engine supports it. */
  readonly seed?: number;
};

export type TokenUsage = {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly totalTokens: number;
};

export type CallTiming = {
  /** Wall time of the whole call, in milliseconds. */
  readonly latencyMs: number;
  /** Time until the first generated text, when the engine streams. */
  readonly timeToFirstTokenMs?: number;
  /** Output tokens per second of generation time. */
  readonly tokensPerSecond: number;
};

export type FinishReason = 'stop' | 'length' | 'error';

export type GenerateResponse = {
  readonly text: string;
  /** The parsed, validated value when `responseFormat` was given. */
  readonly object?: unknown;
  readonly finishReason: FinishReason;
  readonly usage: TokenUsage;
  readonly timing: CallTiming;
  /** The engine and model that actually answered (a router names the endpoint). */
  readonly engine: string;
  readonly modelId: string;
  /** Calls made, including a repair retry for invalid JSON. */
  readonly attempts: number;
};

export type ModelStreamPart =
  | { readonly type: 'text-start'; readonly id: string }
  | { readonly type: 'text-delta'; readonly id: string; readonly delta: string }
  | { readonly type: 'text-end'; readonly id: string }
  | {
      readonly type: 'finish';
      readonly finishReason: FinishReason;
      readonly usage: TokenUsage;
      readonly timing: CallTiming;
      readonly warnings: readonly Warning[];
      /** Present when `responseFormat` was given and the streamed text validated. */
      readonly object?: unknown;
    }
  | { readonly type: 'error'; readonly error: AppError };

export type LanguageModel = {
  readonly specificationVersion: 'v1';
  readonly engine: EngineName | 'router' | 'mock';
  readonly modelId: string;
  /** One call; never throws for model failures, returns a typed Failure instead. */
  generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>>;
  /**
   * Streams text deltas, then exactly one `finish` or `error` part. With `responseFormat`
   * the final text is validated (no repair retry: the text is already out) and `finish`
   * carries `object`, or an `error` part with `model_output_invalid` is the last part.
   */
  stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart>;
};

export const EMPTY_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };

export function usageOf(inputTokens: number, outputTokens: number): TokenUsage {
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

/** Narrow a zod-or-JSON-Schema value: zod types carry `safeParse`. */
export function isZodSchema(schema: ResponseFormat['schema']): schema is z.ZodType {
  return typeof (schema as { safeParse?: unknown }).safeParse === 'function';
}
