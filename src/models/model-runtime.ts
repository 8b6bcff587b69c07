/**
 * @module model-runtime
 * The model a process owns: created by the CLI's `main` or by `serve`, handed to skills
 * already metered for a user and skill, and released only when its owner shuts down. Skills
 * never create, meter or release models.
 *
 * @example
 * const runtime = createModelRuntime(() => resolveModelConfig(flags));
 * try { await skill.run(input, { model: runtime.forSkill('maya', 'deck'), ... }); }
 * finally { await runtime.close(); }
 */
import { createLanguageModelFromConfig, releaseLanguageModels } from './create-language-model.ts';
import type { LanguageModel } from './language-model.ts';
import { openUsageMeter, type UsageMeter } from './metering/usage-meter.ts';
import { withMetering } from './metering/with-metering.ts';
import type { ModelConfig } from './model-config.ts';

export type ModelRuntime = {
  /** The process's model, unmetered (built on first use). */
  model(): LanguageModel;
  /** The model metered for one user and skill (unmetered where the process keeps no meter). */
  forSkill(user: string, skill: string): LanguageModel;
  /** Closes the meter and frees local models; the owner calls it once, at shutdown. */
  close(): Promise<void>;
};

/** A runtime over a model and meter the caller already built (`serve`, tests). */
export function fixedModelRuntime(
  model: LanguageModel,
  options: { meter?: UsageMeter; release?: () => Promise<void> } = {},
): ModelRuntime {
  return {
    model: () => model,
    forSkill: (user, skill) =>
      options.meter ? withMetering(model, { meter: options.meter, user, skill }) : model,
    async close() {
      options.meter?.close();
      await options.release?.();
    },
  };
}

/**
 * A runtime that resolves configuration and builds the model only when a command first needs
 * it, so commands without a model start fast. Configured engines other than builtin are metered.
 */
export function lazyModelRuntime(resolveConfig: () => ModelConfig): ModelRuntime {
  let built: { model: LanguageModel; meter?: UsageMeter; release(): Promise<void> } | undefined;
  const build = () => {
    if (built) return built;
    const config = resolveConfig();
    const model = createLanguageModelFromConfig(config);
    const meter =
      config.engine === 'builtin'
        ? undefined
        : openUsageMeter({ path: config.usageDb, prices: config.prices });
    built = { model, ...(meter ? { meter } : {}), release: releaseLanguageModels };
    return built;
  };
  return {
    model: () => build().model,
    forSkill(user, skill) {
      const { model, meter } = build();
      return meter ? withMetering(model, { meter, user, skill }) : model;
    },
    async close() {
      if (!built) return;
      built.meter?.close();
      await built.release();
    },
  };
}
