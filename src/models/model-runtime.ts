/**
 * @module model-runtime
 * The model a process owns: created by the CLI's `main` or by `serve`, handed to skills
 * already metered for a user and skill, and released only when its owner shuts down. Skills
 * never create, meter or release models.
 *
 * @example
 * const runtime = lazyModelRuntime(() => resolveModelConfig(flags));   // lazy-model-runtime.ts
 * await runtime.ready();
 * try { await skill.run(input, { model: runtime.forSkill('maya', 'deck'), ... }); }
 * finally { await runtime.close(); }
 */
import type { LanguageModel } from './language-model.ts';
import type { UsageMeter } from './metering/usage-meter.ts';
import { withMetering } from './metering/with-metering.ts';

export type ModelRuntime = {
  /** Loads the engine modules (never weights); call before `model()` or `forSkill()`. */
  ready(): Promise<void>;
  /** The process's model, unmetered (built on first use). */
  model(): LanguageModel;
  /** The model metered for one user and skill (unmetered where the process keeps no meter). */
  forSkill(user: string, skill: string): LanguageModel;
  /** The configured context window in tokens (`contextSize`), when one is set. */
  contextTokens(): number | undefined;
  /** Closes the meter and frees local models; the owner calls it once, at shutdown. */
  close(): Promise<void>;
};

/** A runtime over a model and meter the caller already built (`serve`, tests). */
export function fixedModelRuntime(
  model: LanguageModel,
  options: {
    meter?: UsageMeter;
    release?: () => Promise<void>;
    contextTokens?: number;
    /** When calls are recorded as made (default the system clock). */
    clock?: { now(): Date };
  } = {},
): ModelRuntime {
  return {
    ready: async () => {},
    model: () => model,
    contextTokens: () => options.contextTokens,
    forSkill: (user, skill) =>
      options.meter
        ? withMetering(model, {
            meter: options.meter,
            user,
            skill,
            ...(options.clock ? { clock: options.clock } : {}),
          })
        : model,
    async close() {
      options.meter?.close();
      await options.release?.();
    },
  };
}
