import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/helpers/run-cli.ts';
import { indexPaths } from '../index/index-paths.ts';
import { withIndex } from '../index/open-index.ts';
import { openUsageMeter, queryUsage } from '../models/metering/usage-meter.ts';
import { resolveModelConfig } from '../models/model-config.ts';
import {
  hang,
  replyCompletion,
  type ScriptedServer,
  startScriptedServer,
} from '../models/testing/scripted-http-server.ts';

const ANSWER = JSON.stringify({
  sentences: [{ text: 'The canteen opens at 11:30 and closes at 14:00.', sources: [1] }],
  no_answer: false,
});

let folder: string;
let db: string;
let doc: string;
let table: string;
let server: ScriptedServer;
const saved = { ...process.env };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'engine-selection-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  doc = join(work, 'canteen.md');
  writeFileSync(doc, '# Canteen\n\nThe canteen opens at 11:30 and closes at 14:00. Soup costs 4 euros.\n');
  table = join(folder, 'sales.csv');
  writeFileSync(table, 'region,revenue\nNorth,120\nSouth,80\nEast,95\n');
  db = join(folder, 'index.db');
  await withIndex(db, (index) => indexPaths(index, [work], { owner: 'ines' }));
  server = await startScriptedServer([replyCompletion(ANSWER)]);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** A fresh home (config and usage.db) for one run. */
function home(config?: object): string {
  const path = mkdtempSync(join(folder, 'home-'));
  if (config) writeFileSync(join(path, 'officemate.config.json'), JSON.stringify(config));
  process.env.OFFICEMATE_HOME = path;
  return path;
}

const ask = (...extra: string[]) =>
  runCli(['ask', 'When does the canteen open?', '--as', 'ines', '--db', db, '--json', ...extra]);

describe('engine selection is the same for every skill', () => {
  it('--model FILE.gguf implies llama-cpp, --base-url implies openai-compatible, flags beat files', () => {
    const env = {};
    const path = mkdtempSync(join(folder, 'cfg-'));
    const cwd = mkdtempSync(join(folder, 'cwd-'));
    expect(resolveModelConfig({ home: path, cwd, env, model: './tiny.gguf' }).engine).toBe('llama-cpp');
    expect(resolveModelConfig({ home: path, cwd, env, baseUrl: 'http://h/v1', model: 'm' }).engine).toBe(
      'openai-compatible',
    );
    expect(resolveModelConfig({ home: path, cwd, env: { OFFICEMATE_MODEL: 'a.gguf' } }).engine).toBe(
      'llama-cpp',
    );
    writeFileSync(
      join(path, 'officemate.config.json'),
      JSON.stringify({ engine: 'openai-compatible', baseUrl: 'http://h/v1', model: 'm' }),
    );
    expect(resolveModelConfig({ home: path, cwd, env }).engine).toBe('openai-compatible');
    expect(resolveModelConfig({ home: path, cwd, env, model: 'other' }).engine).toBe('openai-compatible');
    expect(resolveModelConfig({ home: path, cwd, env, model: './x.gguf' }).engine).toBe('llama-cpp');
    expect(resolveModelConfig({ home: path, cwd, env, model: './x.gguf', engine: 'builtin' }).engine).toBe(
      'builtin',
    );
    expect(resolveModelConfig({ home: path, cwd, env, timeoutMs: 2500 }).timeoutMs).toBe(2500);
  });

  it('ask uses a model chosen by --base-url and --model alone, metered under the user, skill and model', async () => {
    const usageHome = home();
    const before = server.requests.length;
    const { code, stdout } = await ask('--base-url', server.baseUrl, '--model', 'scripted');
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value).toMatchObject({ engine: 'openai-compatible', found: true });
    expect(value.answer).toBe('The canteen opens at 11:30 and closes at 14:00. [1]');
    expect(server.requests.length).toBe(before + 1);
    const meter = openUsageMeter({ path: join(usageHome, 'usage.db') });
    try {
      expect(queryUsage(meter, { by: 'skill' })).toEqual([expect.objectContaining({ key: 'ask', calls: 1 })]);
      expect(queryUsage(meter, { by: 'user' }).map((row) => row.key)).toEqual(['ines']);
      expect(queryUsage(meter, { by: 'model' }).map((row) => row.key)).toEqual(['scripted']);
    } finally {
      meter.close();
    }
  });

  it('OFFICEMATE_* variables choose the model for ask, summarize and analyze --batch', async () => {
    home();
    process.env.OFFICEMATE_ENGINE = 'openai-compatible';
    process.env.OFFICEMATE_BASE_URL = server.baseUrl;
    process.env.OFFICEMATE_MODEL = 'scripted';
    let count = server.requests.length;
    expect(JSON.parse((await ask()).stdout).engine).toBe('openai-compatible');
    expect(server.requests.length).toBe(++count);
    const summary = await runCli(['summarize', doc, '--json']);
    expect(summary.code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(count);
    count = server.requests.length;
    const batch = join(folder, 'questions.jsonl');
    writeFileSync(
      batch,
      `${JSON.stringify({ id: 1, table, question: 'which region had the most revenue?' })}\n`,
    );
    const analyzed = await runCli(['analyze', '--batch', batch]);
    expect(JSON.parse(analyzed.stdout.trim()).id).toBe(1);
    expect(server.requests.length).toBeGreaterThan(count);
  });

  it('the config file chooses the model too', async () => {
    home({ baseUrl: server.baseUrl, model: 'scripted' });
    const before = server.requests.length;
    expect(JSON.parse((await ask()).stdout).engine).toBe('openai-compatible');
    expect(server.requests.length).toBe(before + 1);
  });

  it('--timeout bounds a model call: the builtin answer comes back with the timeout in warnings', async () => {
    home();
    const slow = await startScriptedServer([hang]);
    try {
      const started = performance.now();
      const { code, stdout } = await ask('--base-url', slow.baseUrl, '--model', 'm', '--timeout', '0.5');
      expect(code).toBe(0);
      const value = JSON.parse(stdout);
      expect(value).toMatchObject({ engine: 'builtin', found: true });
      expect(value.warnings).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/did not answer within 500 ms \(timeout\)/),
        }),
      ]);
      expect(performance.now() - started).toBeLessThan(20_000);
      const bad = await ask('--timeout', 'soon');
      expect(bad.code).toBe(2);
      expect(JSON.parse(bad.stdout).error.message).toMatch(/--timeout soon is not a number of seconds/);
    } finally {
      await slow.close();
    }
  });
});
