/**
 * @module openai-compatible-model
 * The `openai-compatible` engine: any server speaking OpenAI's Chat Completions wire format
 * (vLLM, Ollama, llama.cpp server, LM Studio, OpenAI, Officemate's own `/v1`) and Azure
 * OpenAI (deployment + api-version). Streams over SSE, times out, retries with exponential
 * backoff on 429, 5xx and connection errors (never after text has been streamed), honours
 * cancellation, and sends `response_format: json_schema` for structured output.
 */
import { appError, fail, OfficemateError } from '../../../lib/errors.ts';
import type { Warning } from '../../../lib/result.ts';
import { distinctWarnings } from '../../../lib/warnings.ts';
import { abortableSleep } from '../../abortable-sleep.ts';
import {
  createModelFromDriver,
  type DriverCall,
  type DriverResult,
  estimateTokens,
} from '../../engine-driver.ts';
import type { FinishReason, GenerateRequest, JsonSchema, LanguageModel } from '../../language-model.ts';
import { usageOf } from '../../language-model.ts';
import { readServerSentEvents } from './sse.ts';

export type OpenAICompatibleConfig = {
  /** The API root, usually ending in /v1 (e.g. http://localhost:8000/v1). For Azure: https://NAME.openai.azure.com. */
  readonly baseUrl: string;
  /** The model name the server knows (for Azure, the deployment is used instead). */
  readonly model: string;
  readonly apiKey?: string;
  readonly azure?: { readonly deployment: string; readonly apiVersion: string };
  /** Time allowed for the response headers and between two streamed chunks (default 120 s). */
  readonly timeoutMs?: number;
  /** Retries after the first try on 429, 5xx, timeouts and connection errors (default 2). */
  readonly maxRetries?: number;
  /** First backoff delay; doubles each retry, with jitter (default 500 ms). */
  readonly retryBaseMs?: number;
};

const MAX_BACKOFF_MS = 20_000;

type ChatCompletionChunk = {
  choices?: {
    delta?: { content?: string | null };
    message?: { content?: string | null };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  model?: string;
  error?: { message?: string };
  /** Officemate's own `/v1` adds the model's warnings here (on a stream's finishing chunk). */
  officemate_warnings?: unknown;
};

const WARNING_TYPES: ReadonlySet<string> = new Set<Warning['type']>([
  'unsupported',
  'lossy',
  'skipped',
  'other',
]);

/**
 * The warnings in an `officemate_warnings` field, as the engine passes its own: entries
 * without a message are dropped, an unknown type becomes 'other'. Other servers send none.
 */
export function readOfficemateWarnings(field: unknown): Warning[] {
  if (!Array.isArray(field)) return [];
  return field.flatMap((entry: unknown) => {
    const { type, message } = (entry ?? {}) as { type?: unknown; message?: unknown };
    if (typeof message !== 'string' || !message.trim()) return [];
    return [
      {
        type: typeof type === 'string' && WARNING_TYPES.has(type) ? (type as Warning['type']) : 'other',
        message,
      },
    ];
  });
}

/** The Chat Completions URL for a config. */
export function chatCompletionsUrl(config: OpenAICompatibleConfig): string {
  const root = config.baseUrl.replace(/\/+$/, '');
  if (config.azure) {
    return `${root}/openai/deployments/${encodeURIComponent(config.azure.deployment)}/chat/completions?api-version=${encodeURIComponent(config.azure.apiVersion)}`;
  }
  return `${root}/chat/completions`;
}

function headersFor(config: OpenAICompatibleConfig): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  };
  if (config.apiKey) {
    if (config.azure) headers['api-key'] = config.apiKey;
    else headers.authorization = `Bearer ${config.apiKey}`;
  }
  return headers;
}

/** OpenAI's strict mode needs every object closed and every property required. */
function isStrictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictCompatible);
  if (!schema || typeof schema !== 'object') return true;
  const record = schema as Record<string, unknown>;
  if (record.type === 'object' || record.properties) {
    const keys = Object.keys((record.properties ?? {}) as object);
    const required = (record.required ?? []) as string[];
    if (record.additionalProperties !== false || keys.some((key) => !required.includes(key))) return false;
  }
  return Object.values(record).every(isStrictCompatible);
}

/** The request body in OpenAI's wire format. */
export function toChatCompletionsBody(
  config: OpenAICompatibleConfig,
  request: GenerateRequest,
  jsonSchema: JsonSchema | undefined,
  stream: boolean,
) {
  return {
    ...(config.azure ? {} : { model: config.model }),
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.stop?.length ? { stop: [...request.stop] } : {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    ...(jsonSchema
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: request.responseFormat?.name ?? 'output',
              schema: jsonSchema,
              strict: isStrictCompatible(jsonSchema),
            },
          },
        }
      : {}),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
}

export function mapFinishReason(reason: string | null | undefined): FinishReason {
  if (reason === 'length') return 'length';
  if (reason === 'stop' || reason === 'tool_calls' || reason === 'function_call' || reason === 'eos')
    return 'stop';
  return reason ? 'error' : 'stop';
}

/** An HTTP failure as a typed error; `retryable` says whether another try may help. */
function httpError(
  config: OpenAICompatibleConfig,
  status: number,
  detail: string,
): { error: OfficemateError; retryable: boolean } {
  const where = config.baseUrl;
  const said = detail ? `: ${detail.slice(0, 300)}` : '';
  if (status === 401 || status === 403) {
    return {
      retryable: false,
      error: new OfficemateError(
        appError('model_auth', `The model server at ${where} rejected the API key (HTTP ${status})${said}`, {
          hint: 'Set the right key with OFFICEMATE_API_KEY or "apiKey" in officemate.config.json.',
        }),
      ),
    };
  }
  if (status === 404) {
    return {
      retryable: false,
      error: new OfficemateError(
        appError(
          'model_not_found',
          `The model server at ${where} has no model or route "${config.azure?.deployment ?? config.model}" (HTTP 404)${said}`,
          {
            hint: 'Check --model (GET BASE_URL/models lists them) and that --base-url ends with /v1 (for Azure: the resource URL and deployment).',
          },
        ),
      ),
    };
  }
  if (status === 429) {
    return {
      retryable: true,
      error: new OfficemateError(
        appError('rate_limited', `The model server at ${where} is rate limiting requests (HTTP 429)${said}`, {
          hint: 'Wait and retry, lower concurrency, or raise maxRetries in officemate.config.json.',
        }),
      ),
    };
  }
  if (status >= 500) {
    return {
      retryable: true,
      error: new OfficemateError(
        appError('model_unreachable', `The model server at ${where} failed (HTTP ${status})${said}`, {
          hint: 'Check the model server logs, or configure several endpoints so the router can fail over.',
        }),
      ),
    };
  }
  return {
    retryable: false,
    error: new OfficemateError(
      appError(
        'model_capability',
        `The model server at ${where} refused the request (HTTP ${status})${said}`,
        {
          hint: 'The server may not support an option sent (response_format json_schema, stop, seed); try without it or another server.',
        },
      ),
    ),
  };
}

function connectionError(config: OpenAICompatibleConfig, thrown: unknown): OfficemateError {
  const cause = (thrown as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (thrown as Error).message;
  return new OfficemateError(
    appError('model_unreachable', `Cannot reach the model server at ${config.baseUrl} (${reason}).`, {
      cause: thrown,
      hint: 'Start the server or fix --base-url / OFFICEMATE_BASE_URL.',
    }),
  );
}

function timeoutError(config: OpenAICompatibleConfig, timeoutMs: number): OfficemateError {
  return new OfficemateError(
    appError('timeout', `The model server at ${config.baseUrl} did not answer within ${timeoutMs} ms.`, {
      hint: 'Raise timeoutMs in officemate.config.json (or OFFICEMATE_TIMEOUT_MS), or use a faster model.',
    }),
  );
}

function backoffMs(attempt: number, baseMs: number, retryAfter: string | null): number {
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_BACKOFF_MS);
  const exponential = baseMs * 2 ** attempt;
  return Math.min(exponential / 2 + Math.random() * (exponential / 2), MAX_BACKOFF_MS);
}

export function createOpenAICompatibleModel(config: OpenAICompatibleConfig): LanguageModel {
  const timeoutMs = config.timeoutMs ?? 120_000;
  const maxRetries = config.maxRetries ?? 2;
  const retryBaseMs = config.retryBaseMs ?? 500;
  const modelId = config.azure?.deployment ?? config.model;
  const url = chatCompletionsUrl(config);

  async function attemptOnce(call: DriverCall, emitted: { any: boolean }): Promise<DriverResult> {
    const stream = call.onDelta !== undefined;
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(call.signal.reason);
    call.signal.addEventListener('abort', onOuterAbort, { once: true });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    arm();
    try {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: headersFor(config),
          body: JSON.stringify(toChatCompletionsBody(config, call.request, call.jsonSchema, stream)),
          signal: controller.signal,
        });
      } catch (thrown) {
        if (call.signal.aborted) throw thrown;
        if (timedOut) throw Object.assign(timeoutError(config, timeoutMs), { retryable: true });
        throw Object.assign(connectionError(config, thrown), { retryable: true });
      }
      if (!response.ok) {
        const detail = await response.text().catch(() => '');
        const message = safeErrorMessage(detail);
        const { error, retryable } = httpError(config, response.status, message);
        const retryAfter = response.headers.get('retry-after');
        // The wait the server asked for travels with the error (a router honours it).
        const typed = retryAfter ? new OfficemateError({ ...error.error, cause: { retryAfter } }) : error;
        throw Object.assign(typed, { retryable, retryAfter });
      }
      const warnings: Warning[] = [];
      if (!stream) {
        const body = (await response.json()) as ChatCompletionChunk;
        warnings.push(...readOfficemateWarnings(body.officemate_warnings));
        const choice = body.choices?.[0];
        const text = choice?.message?.content ?? '';
        return finishResult(text, choice?.finish_reason, body.usage, call.request, warnings, body.model);
      }
      if (!response.body)
        fail('model_unreachable', `The model server at ${config.baseUrl} sent an empty stream.`);
      let text = '';
      let finish: string | null | undefined;
      let usage: ChatCompletionChunk['usage'];
      let sawDone = false;
      let servedModel: string | undefined;
      try {
        for await (const data of readServerSentEvents(response.body)) {
          arm();
          if (data === '[DONE]') {
            sawDone = true;
            break;
          }
          let chunk: ChatCompletionChunk;
          try {
            chunk = JSON.parse(data) as ChatCompletionChunk;
          } catch {
            fail(
              'model_unreachable',
              `The model server at ${config.baseUrl} sent a stream event that is not JSON: ${data.slice(0, 100)}`,
            );
          }
          if (chunk.error)
            fail(
              'model_unreachable',
              `The model server at ${config.baseUrl} reported an error mid-stream: ${chunk.error.message ?? 'unknown'}`,
            );
          servedModel ??= chunk.model;
          if (chunk.usage) usage = chunk.usage;
          warnings.push(...readOfficemateWarnings(chunk.officemate_warnings));
          const choice = chunk.choices?.[0];
          const delta = choice?.delta?.content;
          if (delta) {
            text += delta;
            emitted.any = true;
            call.onDelta?.(delta);
          }
          if (choice?.finish_reason) finish = choice.finish_reason;
        }
      } catch (thrown) {
        if (call.signal.aborted || thrown instanceof OfficemateError) throw thrown;
        if (timedOut) throw Object.assign(timeoutError(config, timeoutMs), { retryable: !emitted.any });
        throw Object.assign(connectionError(config, thrown), { retryable: !emitted.any });
      }
      if (!sawDone && !finish) {
        throw Object.assign(
          new OfficemateError(
            appError(
              'model_unreachable',
              `The stream from the model server at ${config.baseUrl} ended before the answer was complete.`,
              {
                hint: 'The server or a proxy closed the connection early; retry, and check the server logs.',
              },
            ),
          ),
          { retryable: !emitted.any },
        );
      }
      return finishResult(text, finish, usage, call.request, warnings, servedModel);
    } finally {
      clearTimeout(timer);
      call.signal.removeEventListener('abort', onOuterAbort);
    }
  }

  async function run(call: DriverCall): Promise<DriverResult> {
    const emitted = { any: false };
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptOnce(call, emitted);
      } catch (thrown) {
        const retryable = (thrown as { retryable?: boolean }).retryable === true;
        if (call.signal.aborted || !retryable || attempt >= maxRetries) {
          if (retryable && attempt > 0 && thrown instanceof OfficemateError) {
            throw new OfficemateError({
              ...thrown.error,
              message: `${thrown.error.message} (gave up after ${attempt + 1} tries)`,
            });
          }
          throw thrown;
        }
        await abortableSleep(
          backoffMs(attempt, retryBaseMs, (thrown as { retryAfter?: string | null }).retryAfter ?? null),
          call.signal,
        );
      }
    }
  }

  return createModelFromDriver({ engine: 'openai-compatible', modelId, run });
}

function safeErrorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: string } | string; message?: string };
    if (typeof parsed.error === 'string') return parsed.error;
    return parsed.error?.message ?? parsed.message ?? body;
  } catch {
    return body;
  }
}

function finishResult(
  text: string,
  finish: string | null | undefined,
  usage: ChatCompletionChunk['usage'],
  request: GenerateRequest,
  warnings: Warning[],
  servedModel: string | undefined,
): DriverResult {
  let inputTokens = usage?.prompt_tokens;
  let outputTokens = usage?.completion_tokens;
  if (inputTokens === undefined || outputTokens === undefined) {
    warnings.push({
      type: 'unsupported',
      message: 'The server reported no token usage; counts are estimated from text length.',
    });
    inputTokens ??= request.messages.reduce((sum, message) => sum + estimateTokens(message.content), 0);
    outputTokens ??= text ? estimateTokens(text) : 0;
  }
  return {
    text,
    finishReason: mapFinishReason(finish),
    usage: usageOf(inputTokens, outputTokens),
    warnings: distinctWarnings(warnings),
    ...(servedModel ? { modelId: servedModel } : {}),
  };
}
