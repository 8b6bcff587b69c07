/**
 * @module builtin-model
 * The `builtin` engine: no weights, no network. Skills check `model.engine === 'builtin'` and
 * take their deterministic path (extraction, ranking, templates), so the builtin engine is
 * never asked to write prose. When it is asked anyway (`officemate generate`, `/v1`), it does
 * not invent text: every call fails with the typed `model_capability` error whose hint says
 * how to configure a real model. A typed error (rather than a labelled fake answer) keeps
 * scripts and the HTTP API honest: nobody can mistake the reply for model output.
 */
import { fail } from '../../../lib/errors.ts';
import { createModelFromDriver } from '../../engine-driver.ts';
import type { LanguageModel } from '../../language-model.ts';

export const BUILTIN_MODEL_ID = 'builtin';

export const CONFIGURE_MODEL_HINT =
  'Configure a model: a local GGUF file (--engine llama-cpp --model PATH.gguf, or OFFICEMATE_ENGINE=llama-cpp OFFICEMATE_MODEL=PATH.gguf) ' +
  'or an OpenAI-compatible server (--engine openai-compatible --base-url URL --model NAME, with OFFICEMATE_API_KEY if it needs a key). ' +
  'See docs/models.md.';

export function createBuiltinModel(): LanguageModel {
  return createModelFromDriver({
    engine: 'builtin',
    modelId: BUILTIN_MODEL_ID,
    async run() {
      fail(
        'model_capability',
        'The builtin engine has no language model, so it cannot write free-form text or JSON.',
        {
          hint: CONFIGURE_MODEL_HINT,
        },
      );
    },
  });
}
