/**
 * @module with-metering
 * Wraps a LanguageModel so every call (generate or stream, success or failure) is recorded
 * with the user and skill it was made for; and times a whole skill run.
 */
import type { AppError } from '../../lib/errors.ts';
import type { Result } from '../../lib/result.ts';
import type { GenerateRequest, GenerateResponse, LanguageModel, ModelStreamPart } from '../language-model.ts';
import { recordUsage, type UsageMeter } from './usage-meter.ts';

export type MeteringOptions = {
  readonly meter: UsageMeter;
  readonly user?: string;
  readonly skill?: string;
  readonly clock?: { now(): Date };
};

/** The same model, metered. */
export function withMetering(model: LanguageModel, options: MeteringOptions): LanguageModel {
  const base = { user: options.user ?? 'local', skill: options.skill ?? 'none', engine: model.engine };
  const at = () => options.clock?.now() ?? new Date();

  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    const startedAt = performance.now();
    const result = await model.generate(request, signal);
    if (result.success) {
      recordUsage(options.meter, {
        ...base,
        at: at(),
        engine: result.data.engine,
        model: result.data.modelId,
        inputTokens: result.data.usage.inputTokens,
        outputTokens: result.data.usage.outputTokens,
        latencyMs: result.data.timing.latencyMs,
      });
    } else {
      recordFailure(result.error, performance.now() - startedAt);
    }
    return result;
  }

  function recordFailure(error: AppError, latencyMs: number): void {
    recordUsage(options.meter, {
      ...base,
      at: at(),
      model: model.modelId,
      inputTokens: 0,
      outputTokens: 0,
      latencyMs,
      errorCode: error.code,
    });
  }

  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    const startedAt = performance.now();
    let recorded = false;
    try {
      for await (const part of model.stream(request, signal)) {
        if (part.type === 'finish') {
          recordUsage(options.meter, {
            ...base,
            at: at(),
            model: model.modelId,
            inputTokens: part.usage.inputTokens,
            outputTokens: part.usage.outputTokens,
            latencyMs: part.timing.latencyMs,
          });
          recorded = true;
        } else if (part.type === 'error') {
          recordFailure(part.error, performance.now() - startedAt);
          recorded = true;
        }
        yield part;
      }
    } finally {
      if (!recorded)
        recordFailure(
          { code: 'aborted', message: 'The stream was closed early.' },
          performance.now() - startedAt,
        );
    }
  }

  return { specificationVersion: 'v1', engine: model.engine, modelId: model.modelId, generate, stream };
}

/**
 * Runs a skill and records one `skill-run` row (latency, engine, model, outcome). Token
 * totals stay on the model-call rows, so reports never count them twice.
 */
export async function meterSkillRun<T>(
  options: MeteringOptions & { readonly model: LanguageModel },
  run: () => Promise<Result<T>>,
): Promise<Result<T>> {
  const startedAt = performance.now();
  const result = await run();
  recordUsage(options.meter, {
    kind: 'skill-run',
    at: options.clock?.now() ?? new Date(),
    user: options.user ?? 'local',
    skill: options.skill ?? 'none',
    engine: options.model.engine,
    model: options.model.modelId,
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: Math.round((performance.now() - startedAt) * 10) / 10,
    ...(result.success ? {} : { errorCode: result.error.code }),
  });
  return result;
}
