/**
 * @module model-config
 * Which engine and model to use, resolved from (lowest to highest precedence)
 * `$OFFICEMATE_HOME/officemate.config.json`, `./officemate.config.json`, `OFFICEMATE_*`
 * environment variables, and the `--engine/--model/--base-url/--timeout` flags. Where no
 * engine is named, the model implies it: a `.gguf` file is llama-cpp, a server URL (or a
 * model name beside one) is openai-compatible; a flag's implication beats an engine set
 * in a file or variable, so `--model ./x.gguf` alone runs that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { fail } from '../lib/errors.ts';
import { ENGINE_NAMES, type EngineName } from './language-model.ts';

export const CONFIG_FILE_NAME = 'officemate.config.json';

const Price = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() });

/** The model-related keys of officemate.config.json (other keys belong to other modules). */
export const ModelConfigFile = z.looseObject({
  engine: z.enum(ENGINE_NAMES).optional(),
  model: z.string().min(1).optional(),
  baseUrl: z.string().url().optional(),
  apiKey: z.string().optional(),
  /** Several base URLs serving the same model: a router with round robin and failover. */
  endpoints: z.array(z.string().url()).optional(),
  azure: z.object({ deployment: z.string().min(1), apiVersion: z.string().min(1) }).optional(),
  contextSize: z.number().int().positive().optional(),
  threads: z.number().int().positive().optional(),
  gpuLayers: z.union([z.literal('auto'), z.number().int().nonnegative()]).optional(),
  timeoutMs: z.number().int().positive().optional(),
  maxRetries: z.number().int().nonnegative().optional(),
  /** Prices per 1,000 tokens by model id, in your currency: { "gpt-4o-mini": { "input": 0.00015, "output": 0.0006 } }. */
  prices: z.record(z.string(), Price).optional(),
  /** Where metered usage is stored (default $OFFICEMATE_HOME/usage.db). */
  usageDb: z.string().optional(),
});
export type ModelConfigFile = z.infer<typeof ModelConfigFile>;

export type ModelPrice = z.infer<typeof Price>;

export type ModelConfig = {
  readonly engine: EngineName;
  readonly model?: string;
  readonly baseUrl?: string;
  readonly apiKey?: string;
  readonly endpoints?: readonly string[];
  readonly azure?: { readonly deployment: string; readonly apiVersion: string };
  readonly contextSize?: number;
  readonly threads: number;
  readonly gpuLayers: 'auto' | number;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly prices: Readonly<Record<string, ModelPrice>>;
  readonly usageDb: string;
  readonly home: string;
  /** The config files that were read, for `officemate models`. */
  readonly sources: readonly string[];
};

export type ModelConfigOptions = {
  readonly engine?: string;
  readonly model?: string;
  readonly baseUrl?: string;
  /** The longest one model call may take, in ms (a `--timeout` flag); beats the file and OFFICEMATE_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Officemate's home folder (default $OFFICEMATE_HOME or ~/.officemate). */
  readonly home?: string;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
};

function readConfigFile(path: string): ModelConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (thrown) {
    fail('bad_usage', `${path} is not valid JSON: ${(thrown as Error).message}.`, {
      path,
      hint: 'Fix the file or remove it.',
    });
  }
  const parsed = ModelConfigFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail('bad_usage', `${path}: "${issue?.path.join('.')}" ${issue?.message ?? 'is invalid'}.`, {
      path,
      hint: 'See docs/models.md for the configuration keys.',
    });
  }
  return parsed.data;
}

function envNumber(env: ModelConfigOptions['env'], name: string, min = 0): number | undefined {
  const raw = env?.[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    fail('bad_usage', `${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${raw}".`);
  return value;
}

function parseEngine(value: string, from: string): EngineName {
  if ((ENGINE_NAMES as readonly string[]).includes(value)) return value as EngineName;
  return fail('bad_usage', `Unknown engine "${value}" (from ${from}).`, {
    hint: `Use one of: ${ENGINE_NAMES.join(', ')}.`,
  });
}

function timeoutOption(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1)
    fail('bad_usage', `The model timeout must be a whole number of milliseconds, not "${value}".`);
  return value;
}

/**
 * The engine a model or server URL implies, when none is named: a `.gguf` file runs locally
 * (llama-cpp); a URL, or a model name where a URL is configured, is an OpenAI-compatible server.
 */
export function impliedEngine(
  model: string | undefined,
  baseUrl: string | undefined,
  serverConfigured: boolean,
): EngineName | undefined {
  if (model && /\.gguf$/i.test(model)) return 'llama-cpp';
  if (baseUrl) return 'openai-compatible';
  if (model && serverConfigured) return 'openai-compatible';
  return undefined;
}

/** Resolves the effective model configuration. Throws `bad_usage` for a broken config. */
export function resolveModelConfig(options: ModelConfigOptions = {}): ModelConfig {
  const env = options.env ?? process.env;
  const home = options.home ?? env.OFFICEMATE_HOME ?? join(homedir(), '.officemate');
  const cwd = options.cwd ?? process.cwd();
  const candidates = [join(home, CONFIG_FILE_NAME), join(cwd, CONFIG_FILE_NAME)];
  const sources = [...new Set(candidates.map((path) => resolve(path)))].filter((path) => existsSync(path));
  const file: ModelConfigFile = Object.assign({}, ...sources.map(readConfigFile));

  const fromEnv: ModelConfigFile = {
    ...(env.OFFICEMATE_ENGINE ? { engine: parseEngine(env.OFFICEMATE_ENGINE, 'OFFICEMATE_ENGINE') } : {}),
    ...(env.OFFICEMATE_MODEL ? { model: env.OFFICEMATE_MODEL } : {}),
    ...(env.OFFICEMATE_BASE_URL ? { baseUrl: env.OFFICEMATE_BASE_URL } : {}),
    ...(env.OFFICEMATE_API_KEY ? { apiKey: env.OFFICEMATE_API_KEY } : {}),
    ...(env.OFFICEMATE_ENDPOINTS
      ? {
          endpoints: env.OFFICEMATE_ENDPOINTS.split(',')
            .map((url) => url.trim())
            .filter(Boolean),
        }
      : {}),
    ...(env.OFFICEMATE_AZURE_DEPLOYMENT
      ? {
          azure: {
            deployment: env.OFFICEMATE_AZURE_DEPLOYMENT,
            apiVersion: env.OFFICEMATE_AZURE_API_VERSION ?? '2024-10-21',
          },
        }
      : {}),
    ...(envNumber(env, 'OFFICEMATE_CONTEXT_SIZE') !== undefined
      ? { contextSize: envNumber(env, 'OFFICEMATE_CONTEXT_SIZE') }
      : {}),
    ...(envNumber(env, 'OFFICEMATE_THREADS') !== undefined
      ? { threads: envNumber(env, 'OFFICEMATE_THREADS') }
      : {}),
    ...(env.OFFICEMATE_GPU_LAYERS
      ? { gpuLayers: env.OFFICEMATE_GPU_LAYERS === 'auto' ? 'auto' : envNumber(env, 'OFFICEMATE_GPU_LAYERS') }
      : {}),
    ...(envNumber(env, 'OFFICEMATE_TIMEOUT_MS', 1) !== undefined
      ? { timeoutMs: envNumber(env, 'OFFICEMATE_TIMEOUT_MS', 1) }
      : {}),
    ...(envNumber(env, 'OFFICEMATE_MAX_RETRIES') !== undefined
      ? { maxRetries: envNumber(env, 'OFFICEMATE_MAX_RETRIES') }
      : {}),
    ...(env.OFFICEMATE_USAGE_DB ? { usageDb: env.OFFICEMATE_USAGE_DB } : {}),
  };
  const merged: ModelConfigFile = { ...file, ...fromEnv };
  const model = options.model ?? merged.model;
  const baseUrl = options.baseUrl ?? merged.baseUrl;
  const engine = options.engine
    ? parseEngine(options.engine, '--engine')
    : (impliedEngine(options.model, options.baseUrl, Boolean(baseUrl || merged.endpoints?.length)) ??
      merged.engine ??
      impliedEngine(merged.model, merged.baseUrl ?? merged.endpoints?.[0], false) ??
      'builtin');
  return {
    engine,
    ...(model ? { model } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(merged.apiKey ? { apiKey: merged.apiKey } : {}),
    ...(merged.endpoints?.length ? { endpoints: merged.endpoints } : {}),
    ...(merged.azure ? { azure: merged.azure } : {}),
    ...(merged.contextSize ? { contextSize: merged.contextSize } : {}),
    threads: merged.threads ?? 1,
    gpuLayers: merged.gpuLayers ?? 'auto',
    // A local model on a CPU loads its weights and writes slowly: it gets longer by default.
    timeoutMs:
      timeoutOption(options.timeoutMs) ?? merged.timeoutMs ?? (engine === 'llama-cpp' ? 600_000 : 120_000),
    maxRetries: merged.maxRetries ?? 2,
    prices: merged.prices ?? {},
    usageDb: merged.usageDb ?? join(home, 'usage.db'),
    home,
    sources,
  };
}
