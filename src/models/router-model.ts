/**
 * @module router-model
 * One model served by several replicas: each call goes to the next endpoint in turn (round
 * robin); when one is down (unreachable, timing out, rate limiting or failing with 5xx) the
 * call fails over to the next, and that endpoint is skipped for a cool-down period. A stream
 * fails over only before its first text, so no text is ever sent twice.
 */
import type { AppError, ErrorCode } from '../lib/errors.ts';
import { failure, type Result } from '../lib/result.ts';
import type { GenerateRequest, GenerateResponse, LanguageModel, ModelStreamPart } from './language-model.ts';

export type RouterConfig = {
  readonly models: readonly LanguageModel[];
  /** How long an endpoint that failed is skipped (default 30 s). */
  readonly cooldownMs?: number;
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

export function createRouterModel(config: RouterConfig): LanguageModel {
  if (config.models.length === 0) throw new RangeError('A router needs at least one model.');
  const cooldownMs = config.cooldownMs ?? 30_000;
  const now = config.now ?? Date.now;
  const downUntil = new Map<number, number>();
  let next = 0;

  /** Endpoint indexes to try, in order: healthy ones from the round-robin position, then the ones cooling down. */
  function order(): number[] {
    const start = next;
    next = (next + 1) % config.models.length;
    const all = config.models.map((_, offset) => (start + offset) % config.models.length);
    const healthy = all.filter((index) => (downUntil.get(index) ?? 0) <= now());
    return [...healthy, ...all.filter((index) => !healthy.includes(index))];
  }

  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    let last: Result<GenerateResponse> | undefined;
    for (const index of order()) {
      const model = config.models[index]!;
      const result = await model.generate(request, signal);
      if (result.success || !isFailoverError(result.error) || signal?.aborted) return result;
      downUntil.set(index, now() + cooldownMs);
      last = result;
    }
    return last ?? failure({ code: 'model_unreachable', message: 'No endpoint answered.' });
  }

  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    let lastError: ModelStreamPart | undefined;
    for (const index of order()) {
      const model = config.models[index]!;
      let started = false;
      let failedOver = false;
      for await (const part of model.stream(request, signal)) {
        if (part.type === 'error' && !started && isFailoverError(part.error) && !signal?.aborted) {
          downUntil.set(index, now() + cooldownMs);
          lastError = part;
          failedOver = true;
          break;
        }
        if (part.type === 'text-delta') started = true;
        yield part;
      }
      if (!failedOver) return;
    }
    if (lastError) yield lastError;
  }

  return {
    specificationVersion: 'v1',
    engine: 'router',
    modelId: config.models[0]!.modelId,
    generate,
    stream,
  };
}
