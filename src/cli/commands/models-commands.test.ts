import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, TINY_MODEL } from '../../../test/helpers/paths.ts';
import { runCli } from '../../../test/helpers/run-cli.ts';
import { validateJsonSchema } from '../../models/json-schema.ts';
import {
  replyCompletion,
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from '../../models/testing/scripted-http-server.ts';

/** Runs the CLI in process with the given arguments. */
const cli = (...argv: string[]) => runCli(argv);

const json = (text: string) => JSON.parse(text.trim().split('\n').at(-1) ?? 'null');

let home: string;
let server: ScriptedServer;
const previousHome = process.env.OFFICEMATE_HOME;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'officemate-cli-'));
  process.env.OFFICEMATE_HOME = home;
  server = await startScriptedServer([
    (response, request) =>
      request.url.endsWith('/models')
        ? replyJson(200, { object: 'list', data: [{ id: 'remote-model' }] })(response, request)
        : replyCompletion('remote says hi')(response, request),
  ]);
});

afterAll(async () => {
  if (previousHome === undefined) delete process.env.OFFICEMATE_HOME;
  else process.env.OFFICEMATE_HOME = previousHome;
  await server.close();
});

describe('officemate generate', () => {
  it('with the builtin engine fails honestly (exit 1) with model_capability and how to configure a model', async () => {
    const result = await cli('generate', 'Write a poem', '--json');
    expect(result.code).toBe(1);
    const body = json(result.stdout);
    expect(body.error.code).toBe('model_capability');
    expect(body.error.hint).toContain('--engine llama-cpp');
  });

  it('runs one call through llama-cpp, prints text, engine and usage, and meters it', async () => {
    const result = await cli(
      'generate',
      'Once upon a time',
      '--engine',
      'llama-cpp',
      '--model',
      TINY_MODEL,
      '--max-tokens',
      '8',
      '--temperature',
      '0',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const body = json(result.stdout);
    expect(body.text.length).toBeGreaterThan(0);
    expect(body).toMatchObject({ engine: 'llama-cpp', model: 'stories260K.gguf', finishReason: 'length' });
    expect(body.usage.outputTokens).toBe(8);
    // The builtin refusal in the test above is metered too, as a failed call with no tokens.
    const usage = json((await cli('usage', '--by', 'skill', '--json')).stdout);
    expect(usage.rows).toEqual([
      expect.objectContaining({
        skill: 'generate',
        calls: 2,
        failures: 1,
        outputTokens: 8,
        inputTokens: body.usage.inputTokens,
      }),
    ]);
    const byEngine = json((await cli('usage', '--by', 'engine', '--since', '1d', '--json')).stdout);
    expect(byEngine.rows.map((row: { engine: string }) => row.engine)).toEqual(['builtin', 'llama-cpp']);
  });

  it('prints the validated object with --schema', async () => {
    const schemaPath = join(home, 'schema.json');
    const schema = {
      type: 'object',
      properties: { ok: { type: 'boolean' }, n: { type: 'integer' } },
      required: ['ok', 'n'],
      additionalProperties: false,
    };
    writeFileSync(schemaPath, JSON.stringify(schema));
    const result = await cli(
      'generate',
      'JSON please',
      '--engine',
      'llama-cpp',
      '--model',
      TINY_MODEL,
      '--schema',
      schemaPath,
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(validateJsonSchema(json(result.stdout).object, schema)).toEqual([]);
  });

  it('runs through an OpenAI-compatible server', async () => {
    const result = await cli(
      'generate',
      'hello',
      '--engine',
      'openai-compatible',
      '--base-url',
      server.baseUrl,
      '--model',
      'remote-model',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('remote says hi');
    expect(result.stderr).toMatch(/openai-compatible .* 7 tokens in, 5 out/);
  });

  it('reports a missing GGUF file with the path and exits 1', async () => {
    const result = await cli(
      'generate',
      'x',
      '--engine',
      'llama-cpp',
      '--model',
      join(home, 'missing.gguf'),
      '--json',
    );
    expect(result.code).toBe(1);
    expect(json(result.stdout).error).toMatchObject({
      code: 'model_not_found',
      path: join(home, 'missing.gguf'),
    });
  });

  it('rejects bad flags with exit 2', async () => {
    expect((await cli('generate', 'x', '--temperature', 'hot')).code).toBe(2);
    expect((await cli('generate')).code).toBe(2);
    expect((await cli('usage', '--by', 'colour')).code).toBe(2);
  });
});

describe('officemate models', () => {
  it('lists builtin, the GGUF file and the server, each with whether it is reachable', async () => {
    const result = await cli(
      'models',
      '--engine',
      'openai-compatible',
      '--base-url',
      server.baseUrl,
      '--model',
      'remote-model',
      '--json',
    );
    expect(result.code).toBe(0);
    const { engines } = json(result.stdout);
    expect(engines[0]).toMatchObject({ engine: 'builtin', reachable: true, active: false });
    expect(engines[1]).toMatchObject({
      engine: 'openai-compatible',
      reachable: true,
      active: true,
      detail: 'serves remote-model',
    });
    const gguf = json((await cli('models', '--engine', 'llama-cpp', '--model', TINY_MODEL, '--json')).stdout);
    expect(gguf.engines[1]).toMatchObject({ engine: 'llama-cpp', reachable: true, active: true });
    const down = json(
      (await cli('models', '--engine', 'openai-compatible', '--base-url', 'http://127.0.0.1:9/v1', '--json'))
        .stdout,
    );
    expect(down.engines[1]).toMatchObject({ reachable: false });
    expect(down.engines[1].detail).toMatch(/cannot connect/);
  });
});

describe('officemate serve', () => {
  it('serves /health and /v1/chat/completions from a GGUF model, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'bin', 'officemate.js'),
        'serve',
        '--port',
        '0',
        '--engine',
        'llama-cpp',
        '--model',
        TINY_MODEL,
      ],
      {
        env: { ...process.env, OFFICEMATE_HOME: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      let stderr = '';
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
      });
      const health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', engine: 'llama-cpp' });
      const response = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }], max_tokens: 5 }),
      });
      const body = (await response.json()) as { usage: { completion_tokens: number } };
      expect(body.usage.completion_tokens).toBe(5);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
