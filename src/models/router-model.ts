/**
 * @module router-model
 * One model served by several replicas. Each call goes to the replica that costs least now:
 * (requests in flight + 1) × its recent latency (an average that fades while the replica is
 * idle, so a slow one is tried again later), unmeasured replicas first, ties in turn. When a
 * replica fails (unreachable, timing out, rate limiting or failing with 5xx) the call moves to
 * the next at once, and that replica is left out for the wait its Retry-After asked for, or a
 * cool-down. What the router learns is kept across its calls. A stream fails over only before
 * its first text, so no text is ever sent twice.
 *
 * Replicas behind a router should not retry on their own (`maxRetries: 0`): the next replica
 * is the retry.
 */
import type { AppError, ErrorCode } from '../lib/errors.ts';
import { failure, type Result } from '../lib/result.ts';
import type { GenerateRequest, GenerateResponse, LanguageModel, ModelStreamPart } from './language-model.ts';

export type RouterConfig = {
  readonly models: readonly LanguageModel[];
  /** How long a replica that failed without a Retry-After is left out (default 30 s). */
  readonly cooldownMs?: number;
  /** Half-life of a replica's measured latency while it gets no calls (default 30 s). */
  readonly latencyHalfLifeMs?: number;
  readonly now?: () => number;
};

const FAILOVER_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'model_unreachable',
  'timeout',
  'rate_limited',
]);

export function isFailoverError(error: AppError): boolean {
  return FAILOVER_CODES.has(error.code);
}

/** The wait a server asked for with Retry-After (seconds or an HTTP date), in ms; undefined when none. */
export function retryAfterMs(error: AppError, now = Date.now()): number | undefined {
  const value = (error.cause as { retryAfter?: unknown } | undefined)?.retryAfter;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** What the router knows of one replica. */
type Health = {
  inFlight: number;
  /** Average latency of recent successful calls (ms); undefined until one is measured. */
  latencyMs?: number;
  measuredAt: number;
  /** Left out until then. */
  downUntil: number;
  /** The server named the wait (Retry-After): never called before it is over. */
  strict: boolean;
};

/** Weight of a new latency sample in the average. */
const LATENCY_WEIGHT = 0.3;

export function createRouterModel(config: RouterConfig): LanguageModel {
  if (config.models.length === 0) throw new RangeError('A router needs at least one model.');
  const cooldownMs = config.cooldownMs ?? 30_000;
  const halfLifeMs = config.latencyHalfLifeMs ?? 30_000;
  const now = config.now ?? Date.now;
  const health: Health[] = config.models.map(() => ({
    inFlight: 0,
    measuredAt: 0,
    downUntil: 0,
    strict: false,
  }));
  let turn = 0;

  const recentLatency = (entry: Health, at: number) =>
    entry.latencyMs === undefined ? 0 : entry.latencyMs * 0.5 ** ((at - entry.measuredAt) / halfLifeMs);

  /**
   * Replicas to try, in order: the available ones by cost (ties in turn), then those cooling
   * down after an error; never one whose Retry-After has not passed.
   */
  function order(): number[] {
    const at = now();
    const start = turn;
    turn = (turn + 1) % config.models.length;
    const all = config.models.map((_, offset) => (start + offset) % config.models.length);
    const cost = (index: number) => (health[index]!.inFlight + 1) * recentLatency(health[index]!, at);
    const available = all.filter((index) => health[index]!.downUntil <= at);
    available.sort((left, right) => cost(left) - cost(right));
    const cooling = all.filter((index) => health[index]!.downUntil > at && !health[index]!.strict);
    return [...available, ...cooling];
  }

  function succeeded(index: number, latencyMs: number): void {
    const entry = health[index]!;
    const at = now();
    entry.latencyMs =
      entry.latencyMs === undefined
        ? latencyMs
        : (1 - LATENCY_WEIGHT) * recentLatency(entry, at) + LATENCY_WEIGHT * latencyMs;
    entry.measuredAt = at;
    entry.downUntil = 0;
    entry.strict = false;
  }

  function failed(index: number, error: AppError): void {
    const entry = health[index]!;
    const asked = retryAfterMs(error, now());
    entry.downUntil = now() + (asked ?? cooldownMs);
    entry.strict = asked !== undefined;
  }

  /** The failure when no replica may be called now: the soonest one's wait. */
  function allWaiting(): Result<never> {
    const soonest = Math.min(...health.map((entry) => entry.downUntil));
    const seconds = Math.max(1, Math.ceil((soonest - now()) / 1000));
    return failure({
      code: 'rate_limited',
      message: `Every model replica asked to wait; the first is free again in ${seconds} s.`,
      hint: 'Retry after that, or add replicas.',
      cause: { retryAfter: String(seconds) },
    });
  }

  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    let last: Result<GenerateResponse> | undefined;
    for (const index of order()) {
      const entry = health[index]!;
      const startedAt = now();
      entry.inFlight++;
      let result: Result<GenerateResponse>;
      try {
        result = await config.models[index]!.generate(request, signal);
      } finally {
        entry.inFlight--;
      }
      if (result.success) {
        succeeded(index, now() - startedAt);
        return result;
      }
      if (!isFailoverError(result.error) || signal?.aborted) return result;
      failed(index, result.error);
      last = result;
    }
    return last ?? allWaiting();
  }

  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    let lastError: ModelStreamPart | undefined;
    for (const index of order()) {
      const entry = health[index]!;
      const startedAt = now();
      let started = false;
      let failedOver = false;
      entry.inFlight++;
      try {
        for await (const part of config.models[index]!.stream(request, signal)) {
          if (part.type === 'error' && !started && isFailoverError(part.error) && !signal?.aborted) {
            failed(index, part.error);
            lastError = part;
            failedOver = true;
            break;
          }
          if (part.type === 'text-delta') started = true;
          if (part.type === 'finish') succeeded(index, now() - startedAt);
          yield part;
        }
      } finally {
        entry.inFlight--;
      }
      if (!failedOver) return;
    }
    if (lastError) {
      yield lastError;
      return;
    }
    const waiting = allWaiting();
    if (!waiting.success) yield { type: 'error', error: waiting.error };
  }

  return {
    specificationVersion: 'v1',
    engine: 'router',
    modelId: config.models[0]!.modelId,
    generate,
    stream,
  };
}
