/**
 * @module create-language-model
 * Configuration → engine. Commands pass their CommandContext (which carries --engine,
 * --model, --base-url and the home folder); everything else comes from `OFFICEMATE_*`
 * variables and officemate.config.json (see model-config.ts and docs/models.md).
 * Construction is cheap and never loads weights: llama.cpp loads on the first call.
 *
 * @example
 * const model = createLanguageModel(context);           // in a command
 * if (model.engine === 'builtin') return deterministicPath();
 * const result = await model.generate({ messages, maxTokens: 300 }, signal);
 */
import { fail } from '../lib/errors.ts';
import type { Result } from '../lib/result.ts';
import { withCircuitBreaker } from './circuit-breaker.ts';
import { createBuiltinModel } from './engines/builtin/builtin-model.ts';
import { createLlamaCppModel, disposeLlamaModels } from './engines/llama-cpp/llama-cpp-model.ts';
import { createOpenAICompatibleModel } from './engines/openai-compatible/openai-compatible-model.ts';
import type { LanguageModel } from './language-model.ts';
import { openUsageMeter, type UsageMeter } from './metering/usage-meter.ts';
import { meterSkillRun, withMetering } from './metering/with-metering.ts';
import { type ModelConfig, type ModelConfigOptions, resolveModelConfig } from './model-config.ts';
import { createRouterModel } from './router-model.ts';

/**
 * Builds the model for an already-resolved configuration. Real engines come behind a circuit
 * breaker: each call is bounded by `timeoutMs`, and after a timeout or an unreachable server
 * the later calls fail at once, so skills fall back to builtin without waiting again.
 */
export function createLanguageModelFromConfig(config: ModelConfig): LanguageModel {
  const engine = createEngine(config);
  return engine.engine === 'builtin' ? engine : withCircuitBreaker(engine, { timeoutMs: config.timeoutMs });
}

function createEngine(config: ModelConfig): LanguageModel {
  switch (config.engine) {
    case 'builtin':
      return createBuiltinModel();
    case 'llama-cpp':
      if (!config.model) {
        fail('bad_usage', 'The llama-cpp engine needs a GGUF model file.', {
          hint: 'Pass --model PATH.gguf, or set OFFICEMATE_MODEL or "model" in officemate.config.json.',
        });
      }
      return createLlamaCppModel({
        modelPath: config.model,
        threads: config.threads,
        gpuLayers: config.gpuLayers,
        ...(config.contextSize ? { contextSize: config.contextSize } : {}),
      });
    case 'openai-compatible': {
      const urls = config.endpoints?.length ? config.endpoints : config.baseUrl ? [config.baseUrl] : [];
      if (urls.length === 0) {
        fail('bad_usage', 'The openai-compatible engine needs the server URL.', {
          hint: 'Pass --base-url http://HOST:PORT/v1, or set OFFICEMATE_BASE_URL or "baseUrl" in officemate.config.json.',
        });
      }
      const model = config.model ?? config.azure?.deployment;
      if (!model) {
        fail('bad_usage', 'The openai-compatible engine needs a model name.', {
          hint: 'Pass --model NAME (GET BASE_URL/models lists them), or set OFFICEMATE_MODEL or "model" in officemate.config.json.',
        });
      }
      const models = urls.map((baseUrl) =>
        createOpenAICompatibleModel({
          baseUrl,
          model,
          timeoutMs: config.timeoutMs,
          // Behind a router, a failing replica hands the call to the next at once.
          maxRetries: urls.length > 1 ? 0 : config.maxRetries,
          ...(config.apiKey ? { apiKey: config.apiKey } : {}),
          ...(config.azure ? { azure: config.azure } : {}),
        }),
      );
      return models.length === 1 ? models[0]! : createRouterModel({ models });
    }
  }
}

/** Resolves configuration from flags, environment and config files, then builds the model. */
export function createLanguageModel(options: ModelConfigOptions = {}): LanguageModel {
  return createLanguageModelFromConfig(resolveModelConfig(options));
}

/** Frees local models (llama.cpp) so a command's process can exit promptly. */
export async function releaseLanguageModels(): Promise<void> {
  await disposeLlamaModels();
}

export type CommandModel = {
  readonly model: LanguageModel;
  readonly config: ModelConfig;
  readonly meter: UsageMeter;
  /** Runs a skill, recording one skill-run row (latency, outcome) beside its metered model calls. */
  runSkill<T>(run: (model: LanguageModel) => Promise<Result<T>>): Promise<Result<T>>;
  /** Closes the usage database and frees local models; call it before the command returns. */
  close(): Promise<void>;
};

/**
 * The configured model for one command, metered for a user and skill.
 *
 * @example
 * const session = openCommandModel({ ...context, skill: 'summarize-meeting' });
 * try { result = await session.runSkill((model) => summarizeMeeting(input, { model, ... })); }
 * finally { await session.close(); }
 */
export function openCommandModel(
  options: ModelConfigOptions & { readonly skill: string; readonly user?: string },
): CommandModel {
  const config = resolveModelConfig(options);
  const meter = openUsageMeter({ path: config.usageDb, prices: config.prices });
  const user = options.user ?? process.env.OFFICEMATE_USER ?? 'local';
  const model = withMetering(createLanguageModelFromConfig(config), { meter, user, skill: options.skill });
  return {
    model,
    config,
    meter,
    runSkill: (run) => meterSkillRun({ meter, model, user, skill: options.skill }, () => run(model)),
    async close() {
      meter.close();
      await releaseLanguageModels();
    },
  };
}
