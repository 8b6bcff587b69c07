/**
 * @module with-quota
 * Wraps a LanguageModel so every call first asks whether it may be made (a user's token
 * quota, say): when refused, `generate` fails and `stream` yields one error part with the
 * refusal, and the model underneath is never called.
 */
import type { AppError } from '../../lib/errors.ts';
import { failure, type Result } from '../../lib/result.ts';
import type { GenerateRequest, GenerateResponse, LanguageModel, ModelStreamPart } from '../language-model.ts';

/** Undefined when the call may go ahead; otherwise why not. */
export type CallCheck = () => Promise<AppError | undefined>;

/** The same model, each call checked first. */
export function withQuota(model: LanguageModel, check: CallCheck): LanguageModel {
  async function generate(request: GenerateRequest, signal?: AbortSignal): Promise<Result<GenerateResponse>> {
    const refused = await check();
    return refused ? failure(refused) : model.generate(request, signal);
  }
  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    const refused = await check();
    if (refused) {
      yield { type: 'error', error: refused };
      return;
    }
    yield* model.stream(request, signal);
  }
  return { specificationVersion: 'v1', engine: model.engine, modelId: model.modelId, generate, stream };
}
