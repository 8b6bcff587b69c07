/**
 * @module circuit-breaker
 * A decorator over `LanguageModel` that bounds every call by the configured per-call timeout
 * and, once the model server times out or is unreachable (connection refused, HTTP 5xx),
 * opens the circuit: later calls fail at once with the error that opened it instead of each
 * waiting for its own timeout, so skills fall back to their builtin path quickly and
 * say so once. After `cooldownMs` (long-running servers) one call is let through to probe;
 * success closes the circuit again.
 *
 * @example
 * const model = withCircuitBreaker(createOpenAICompatibleModel(config), { timeoutMs: 30_000 });
 * const result = await model.generate(request, signal); // timeout → the next calls fail fast
 */
import { type AppError, appError, type ErrorCode } from '../lib/errors.ts';
import { failure, type Result } from '../lib/result.ts';
import type { GenerateRequest, GenerateResponse, LanguageModel, ModelStreamPart } from './language-model.ts';

export type CircuitBreakerOptions = {
  /** The longest one call may take (a stream: until its first text, and between two pieces of text). */
  readonly timeoutMs: number;
  /** How long the circuit stays open before one probe call is let through (default: one minute, so a long-running server recovers soon after its model does). */
  readonly cooldownMs?: number;
  readonly now?: () => number;
};

/** The circuit of a model, for `officemate models` and tests. */
export type CircuitState = {
  readonly open: boolean;
  /** The failure that opened it. */
  readonly cause?: AppError;
};

export type BreakerModel = LanguageModel & { circuit(): CircuitState };

/** Failures that say the server, not the request, is the problem. */
const OPENING_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['timeout', 'model_unreachable']);

/** Whether a failed call should open the circuit. */
export function opensCircuit(error: AppError): boolean {
  return OPENING_CODES.has(error.code);
}

function timeoutError(model: LanguageModel, timeoutMs: number): AppError {
  return appError(
    'timeout',
    `The ${model.engine} model "${model.modelId}" did not answer within ${timeoutMs} ms.`,
    {
      hint: 'Raise timeoutMs in officemate.config.json (or OFFICEMATE_TIMEOUT_MS), or use a faster model.',
    },
  );
}

/** The error every call gets while the circuit is open; the same text each time, so callers warn once. */
function openError(model: LanguageModel, cause: AppError, cooldownMs: number): AppError {
  return appError(
    cause.code,
    `The ${model.engine} model "${model.modelId}" is not used for now: an earlier call failed (${cause.message.replace(/\.$/, '')}); it is tried again ${Math.round(cooldownMs / 1000)} s after that failure.`,
    { hint: cause.hint ?? 'Check that the model server is running, then run the command again.' },
  );
}

export function withCircuitBreaker(model: LanguageModel, options: CircuitBreakerOptions): BreakerModel {
  const cooldownMs = options.cooldownMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cause: AppError | undefined;
  let openedAt = 0;
  let probing = false;

  /** Undefined when the call may go ahead; otherwise the error to return at once. */
  function admit(): AppError | undefined {
    if (!cause) return undefined;
    if (!probing && now() - openedAt >= cooldownMs) {
      probing = true;
      return undefined;
    }
    return openError(model, cause, cooldownMs);
  }

  function settle(error: AppError | undefined): void {
    probing = false;
    if (error && opensCircuit(error)) {
      cause = error;
      openedAt = now();
    } else if (!error) cause = undefined;
  }

  /** A signal that aborts with the caller's signal or when the timer fires (call `arm` to restart it). */
  function deadline(signal: AbortSignal | undefined) {
    const controller = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) controller.abort(signal.reason);
    else signal?.addEventListener('abort', onAbort, { once: true });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
    };
    const clear = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    arm();
    return { signal: controller.signal, arm, clear, timedOut: () => timedOut };
  }

  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    const refused = admit();
    if (refused) return failure(refused);
    const call = deadline(signal);
    const timedOut = new Promise<Result<GenerateResponse>>((resolve) =>
      call.signal.addEventListener(
        'abort',
        () => {
          if (call.timedOut()) resolve(failure(timeoutError(model, options.timeoutMs)));
        },
        { once: true },
      ),
    );
    try {
      // An engine that ignores the signal still cannot hold the caller past the deadline.
      const result = await Promise.race([model.generate(request, call.signal), timedOut]);
      const error = call.timedOut()
        ? timeoutError(model, options.timeoutMs)
        : result.success
          ? undefined
          : result.error;
      if (!signal?.aborted) settle(error);
      return error && call.timedOut() ? failure(error) : result;
    } finally {
      // A probe the caller cancelled settles nothing: the next call may probe again.
      probing = false;
      call.clear();
    }
  }

  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    const refused = admit();
    if (refused) {
      yield { type: 'error', error: refused };
      return;
    }
    const call = deadline(signal);
    const iterator = model.stream(request, call.signal)[Symbol.asyncIterator]();
    const timedOut = new Promise<IteratorResult<ModelStreamPart>>((resolve) =>
      call.signal.addEventListener(
        'abort',
        () => {
          if (call.timedOut())
            resolve({ done: false, value: { type: 'error', error: timeoutError(model, options.timeoutMs) } });
        },
        { once: true },
      ),
    );
    let settled = false;
    try {
      while (true) {
        const next = await Promise.race([iterator.next(), timedOut]);
        if (next.done) break;
        const part = next.value;
        if (part.type === 'text-delta') call.arm();
        if (part.type === 'finish' || part.type === 'error') {
          if (!signal?.aborted) settle(part.type === 'error' ? part.error : undefined);
          settled = true;
          yield part;
          return;
        }
        yield part;
      }
    } finally {
      if (!settled) probing = false;
      call.clear();
      if (call.timedOut()) void iterator.return?.();
    }
  }

  return {
    specificationVersion: 'v1',
    engine: model.engine,
    modelId: model.modelId,
    generate,
    stream,
    circuit: () => (cause ? { open: true, cause } : { open: false }),
  };
}
