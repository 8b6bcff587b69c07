/**
 * @module lazy-model-runtime
 * The CLI's model runtime: nothing about models is imported until a command runs a skill
 * (`ready()`), and configuration is resolved and the model built only when a skill first
 * uses it, so `--help`, `convert` and skills without a model start fast. Configured engines
 * other than builtin are metered. `main` closes it once, after the command.
 */
import type { ModelConfig, ModelConfigOptions } from './model-config.ts';
import type { ModelRuntime } from './model-runtime.ts';

type Modules = {
  create: typeof import('./create-language-model.ts');
  meter: typeof import('./metering/usage-meter.ts');
  metering: typeof import('./metering/with-metering.ts');
  config: typeof import('./model-config.ts');
};

export function lazyModelRuntime(options: ModelConfigOptions): ModelRuntime {
  let modules: Modules | undefined;
  let built:
    | {
        model: ReturnType<Modules['create']['createLanguageModelFromConfig']>;
        contextTokens?: number;
        meter?: ReturnType<Modules['meter']['openUsageMeter']>;
      }
    | undefined;
  const loaded = (): Modules => {
    if (!modules) throw new Error('The model runtime is used before ready().');
    return modules;
  };
  const build = () => {
    if (built) return built;
    const { create, meter, config } = loaded();
    const resolved: ModelConfig = config.resolveModelConfig(options);
    const model = create.createLanguageModelFromConfig(resolved);
    const usage =
      resolved.engine === 'builtin'
        ? undefined
        : meter.openUsageMeter({ path: resolved.usageDb, prices: resolved.prices });
    built = {
      model,
      ...(usage ? { meter: usage } : {}),
      ...(resolved.contextSize ? { contextTokens: resolved.contextSize } : {}),
    };
    return built;
  };
  return {
    async ready() {
      if (modules) return;
      const [create, meter, metering, config] = await Promise.all([
        import('./create-language-model.ts'),
        import('./metering/usage-meter.ts'),
        import('./metering/with-metering.ts'),
        import('./model-config.ts'),
      ]);
      modules = { create, meter, metering, config };
    },
    model: () => build().model,
    contextTokens: () => build().contextTokens,
    forSkill(user, skill) {
      const { model, meter } = build();
      return meter ? loaded().metering.withMetering(model, { meter, user, skill }) : model;
    },
    async close() {
      if (!built || !modules) return;
      built.meter?.close();
      await modules.create.releaseLanguageModels();
    },
  };
}
