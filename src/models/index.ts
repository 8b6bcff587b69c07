/**
 * @module models
 * What the rest of Officemate uses from the model layer. Engines are reached through
 * `createLanguageModel`; skills code against `LanguageModel` and build prompts with `buildPrompt`.
 */

export { type CircuitState, opensCircuit, withCircuitBreaker } from './circuit-breaker.ts';
export {
  createLanguageModel,
  createLanguageModelFromConfig,
  releaseLanguageModels,
} from './create-language-model.ts';
export { CONFIGURE_MODEL_HINT, createBuiltinModel } from './engines/builtin/builtin-model.ts';
export { createLlamaCppModel } from './engines/llama-cpp/llama-cpp-model.ts';
export { createOpenAICompatibleModel } from './engines/openai-compatible/openai-compatible-model.ts';
export * from './language-model.ts';
export {
  meterSkillRun,
  openConfiguredUsageMeter,
  openUsageMeter,
  queryUsage,
  recordUsage,
  type UsageMeter,
  withMetering,
} from './metering/index.ts';
export { type ModelConfig, type ModelConfigOptions, resolveModelConfig } from './model-config.ts';
export { buildPrompt, DATA_RULE, type PromptPart } from './prompt.ts';
export { createRouterModel } from './router-model.ts';
export {
  DEFAULT_CONTEXT_TOKENS,
  dataTokenBudget,
  estimateTextTokens,
  fitToBudget,
  textSize,
} from './token-budget.ts';
