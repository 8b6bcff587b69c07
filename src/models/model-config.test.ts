import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OfficemateError } from '../lib/errors.ts';
import { createLanguageModel } from './create-language-model.ts';
import { resolveModelConfig } from './model-config.ts';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'officemate-config-'));
  const home = join(root, 'home');
  const cwd = join(root, 'work');
  mkdirSync(home);
  mkdirSync(cwd);
  return { home, cwd };
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (thrown) {
    return thrown instanceof OfficemateError ? thrown.code : 'not typed';
  }
  return undefined;
}

describe('model configuration', () => {
  it('defaults to the builtin engine, one thread, usage.db in home', () => {
    const { home, cwd } = folders();
    const config = resolveModelConfig({ home, cwd, env: {} });
    expect(config).toMatchObject({
      engine: 'builtin',
      threads: 1,
      gpuLayers: 'auto',
      usageDb: join(home, 'usage.db'),
      sources: [],
    });
    expect(createLanguageModel({ home, cwd, env: {} }).engine).toBe('builtin');
  });

  it('layers home file < working-folder file < OFFICEMATE_* variables < flags', () => {
    const { home, cwd } = folders();
    writeFileSync(
      join(home, 'officemate.config.json'),
      JSON.stringify({
        engine: 'llama-cpp',
        model: 'home.gguf',
        threads: 3,
        prices: { a: { input: 1, output: 2 } },
      }),
    );
    writeFileSync(
      join(cwd, 'officemate.config.json'),
      JSON.stringify({ model: 'cwd.gguf', contextSize: 2048, other: { ignored: true } }),
    );
    expect(resolveModelConfig({ home, cwd, env: {} })).toMatchObject({
      engine: 'llama-cpp',
      model: 'cwd.gguf',
      threads: 3,
      contextSize: 2048,
      prices: { a: { input: 1, output: 2 } },
    });
    const env = {
      OFFICEMATE_MODEL: 'env.gguf',
      OFFICEMATE_THREADS: '2',
      OFFICEMATE_BASE_URL: 'http://127.0.0.1:1/v1',
    };
    expect(resolveModelConfig({ home, cwd, env })).toMatchObject({ model: 'env.gguf', threads: 2 });
    const flags = resolveModelConfig({
      home,
      cwd,
      env,
      engine: 'openai-compatible',
      model: 'flag-model',
      baseUrl: 'http://127.0.0.1:2/v1',
    });
    expect(flags).toMatchObject({
      engine: 'openai-compatible',
      model: 'flag-model',
      baseUrl: 'http://127.0.0.1:2/v1',
    });
    expect(
      createLanguageModel({ home, cwd, env, engine: 'openai-compatible', model: 'flag-model' }).engine,
    ).toBe('openai-compatible');
  });

  it('builds a router when several endpoints are configured, and the Azure variant from its variables', () => {
    const { home, cwd } = folders();
    const router = createLanguageModel({
      home,
      cwd,
      env: {
        OFFICEMATE_ENGINE: 'openai-compatible',
        OFFICEMATE_MODEL: 'm',
        OFFICEMATE_ENDPOINTS: 'http://a:1/v1, http://b:1/v1',
      },
    });
    expect(router.engine).toBe('router');
    const azure = createLanguageModel({
      home,
      cwd,
      env: {
        OFFICEMATE_ENGINE: 'openai-compatible',
        OFFICEMATE_BASE_URL: 'https://x.openai.azure.com',
        OFFICEMATE_AZURE_DEPLOYMENT: 'prod',
        OFFICEMATE_API_KEY: 'k',
      },
    });
    expect(azure.modelId).toBe('prod');
  });

  it('says what is wrong with a bad configuration', () => {
    const { home, cwd } = folders();
    expect(codeOf(() => resolveModelConfig({ home, cwd, env: {}, engine: 'gpt' }))).toBe('bad_usage');
    expect(codeOf(() => createLanguageModel({ home, cwd, env: {}, engine: 'llama-cpp' }))).toBe('bad_usage');
    expect(
      codeOf(() => createLanguageModel({ home, cwd, env: {}, engine: 'openai-compatible', model: 'm' })),
    ).toBe('bad_usage');
    writeFileSync(join(cwd, 'officemate.config.json'), '{ "engine": ');
    expect(codeOf(() => resolveModelConfig({ home, cwd, env: {} }))).toBe('bad_usage');
    writeFileSync(join(cwd, 'officemate.config.json'), JSON.stringify({ threads: 'many' }));
    try {
      resolveModelConfig({ home, cwd, env: {} });
    } catch (thrown) {
      expect((thrown as OfficemateError).error.message).toContain('threads');
      expect((thrown as OfficemateError).error.path).toContain('officemate.config.json');
    }
  });
});
