/**
 * @module models
 * `officemate models`: the configured engines and whether each is reachable. Checks are
 * cheap: the builtin engine is always there, a GGUF file is checked on disk (signature, not
 * loaded), an OpenAI-compatible server is asked for GET /models.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { EngineName } from '../../models/language-model.ts';
import { type ModelConfig, resolveModelConfig } from '../../models/model-config.ts';
import type { Command } from '../command.ts';

export type EngineStatus = {
  readonly engine: EngineName;
  readonly model: string;
  readonly active: boolean;
  readonly reachable: boolean;
  readonly detail: string;
  readonly baseUrl?: string;
};

function checkGguf(path: string): { reachable: boolean; detail: string } {
  if (!existsSync(path)) return { reachable: false, detail: `${path} does not exist` };
  const magic = Buffer.alloc(4);
  const handle = openSync(path, 'r');
  try {
    readSync(handle, magic, 0, 4, 0);
  } finally {
    closeSync(handle);
  }
  return magic.toString('latin1') === 'GGUF'
    ? { reachable: true, detail: 'GGUF file found' }
    : { reachable: false, detail: `${path} is not a GGUF file` };
}

async function checkServer(
  baseUrl: string,
  config: ModelConfig,
): Promise<{ reachable: boolean; detail: string }> {
  const root = baseUrl.replace(/\/+$/, '');
  const url = config.azure
    ? `${root}/openai/models?api-version=${config.azure.apiVersion}`
    : `${root}/models`;
  const headers: Record<string, string> = {};
  if (config.apiKey) {
    if (config.azure) headers['api-key'] = config.apiKey;
    else headers.authorization = `Bearer ${config.apiKey}`;
  }
  try {
    const response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(Math.min(config.timeoutMs, 5000)),
    });
    if (response.status === 401 || response.status === 403)
      return { reachable: false, detail: `the server rejected the API key (HTTP ${response.status})` };
    if (!response.ok) return { reachable: false, detail: `GET /models answered HTTP ${response.status}` };
    const body = (await response.json().catch(() => ({}))) as { data?: { id?: string }[] };
    const ids = (body.data ?? []).map((item) => item.id).filter(Boolean);
    return {
      reachable: true,
      detail: ids.length ? `serves ${ids.slice(0, 5).join(', ')}` : 'answered GET /models',
    };
  } catch (thrown) {
    const cause = (thrown as { cause?: { code?: string } }).cause?.code ?? (thrown as Error).message;
    return { reachable: false, detail: `cannot connect (${cause})` };
  }
}

/** Status of every engine the configuration names (builtin is always listed). */
export async function engineStatuses(config: ModelConfig): Promise<EngineStatus[]> {
  const statuses: EngineStatus[] = [
    {
      engine: 'builtin',
      model: 'builtin',
      active: config.engine === 'builtin',
      reachable: true,
      detail: 'deterministic skills, no model',
    },
  ];
  if (config.engine === 'llama-cpp' || config.model?.endsWith('.gguf')) {
    const model = config.engine === 'llama-cpp' || config.model?.endsWith('.gguf') ? config.model : undefined;
    const check = model ? checkGguf(model) : { reachable: false, detail: 'no --model PATH.gguf configured' };
    statuses.push({
      engine: 'llama-cpp',
      model: model ?? '',
      active: config.engine === 'llama-cpp',
      ...check,
    });
  }
  const urls = config.endpoints?.length ? config.endpoints : config.baseUrl ? [config.baseUrl] : [];
  if (config.engine === 'openai-compatible' && urls.length === 0) {
    statuses.push({
      engine: 'openai-compatible',
      model: config.model ?? '',
      active: true,
      reachable: false,
      detail: 'no --base-url configured',
    });
  }
  for (const baseUrl of urls) {
    const check = await checkServer(baseUrl, config);
    statuses.push({
      engine: 'openai-compatible',
      model: config.azure?.deployment ?? config.model ?? '',
      baseUrl,
      active: config.engine === 'openai-compatible',
      ...check,
    });
  }
  return statuses;
}

export const modelsCommand: Command = {
  name: 'models',
  summary: 'List configured engines and whether each is reachable.',
  usage: 'models [--json]',
  help: 'Configuration: --engine/--model/--base-url, OFFICEMATE_* variables, officemate.config.json (see docs/models.md).',
  async run(context) {
    const config = resolveModelConfig(context);
    const engines = await engineStatuses(config);
    if (context.json) {
      context.outJson({ engines, configFiles: config.sources });
      return 0;
    }
    for (const status of engines) {
      const mark = status.active ? '*' : ' ';
      context.out(
        `${mark} ${status.engine.padEnd(18)} ${(status.baseUrl ?? status.model).padEnd(40)} ${status.reachable ? 'reachable' : 'NOT reachable'}: ${status.detail}`,
      );
    }
    // On stdout with the table, so the two never interleave on a terminal.
    context.out(
      config.sources.length
        ? `config: ${config.sources.join(', ')}`
        : 'config: no officemate.config.json found (flags and OFFICEMATE_* only)',
    );
    return 0;
  },
};
