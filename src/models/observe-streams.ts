/**
 * @module observe-streams
 * Lets the owner of a model watch the text a skill's streamed calls produce, as it comes,
 * without the skill knowing: the CLI prints it and the server sends it as events while the
 * skill is still checking nothing. Each `stream` call opens its own listener; `generate`
 * calls pass through unobserved.
 *
 * @example
 * const watched = observeStreams(model, () => (delta) => process.stdout.write(delta));
 */
import type { GenerateRequest, LanguageModel, ModelStreamPart } from './language-model.ts';

/** Called once per streamed call; the listener it returns gets each piece of text. */
export type StreamListenerFactory = () => ((delta: string) => void) | undefined;

export function observeStreams(model: LanguageModel, open: StreamListenerFactory): LanguageModel {
  async function* stream(request: GenerateRequest, signal?: AbortSignal): AsyncIterable<ModelStreamPart> {
    const listener = open();
    for await (const part of model.stream(request, signal)) {
      if (part.type === 'text-delta') listener?.(part.delta);
      yield part;
    }
  }
  return {
    specificationVersion: 'v1',
    engine: model.engine,
    modelId: model.modelId,
    generate: (request, signal) => model.generate(request, signal),
    stream,
  };
}
