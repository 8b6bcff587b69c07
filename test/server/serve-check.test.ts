/**
 * `officemate serve --check`: every deployment check passes on a working set-up (PostgreSQL,
 * a writable folder, a model server that answers, readable proxies, a built web app) and each
 * one names what is wrong otherwise, with exit 1.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeployment, formatChecks } from '../../src/cli/commands/serve-check.ts';
import { resolveModelConfig } from '../../src/models/model-config.ts';
import {
  replyJson,
  type ScriptedServer,
  startScriptedServer,
} from '../../src/models/testing/scripted-http-server.ts';
import { STRICT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;

describe.skipIf(!url && !STRICT)('serve --check', () => {
  let folder: string;
  let models: ScriptedServer;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'officemate-check-'));
    models = await startScriptedServer([
      replyJson(200, { object: 'list', data: [{ id: 'm', object: 'model' }] }),
    ]);
  });
  afterAll(async () => {
    await models.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('passes every check on a working deployment', async () => {
    const webRoot = join(folder, 'web');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Officemate</title>');
    const results = await checkDeployment({
      indexLocation: `${url}${url!.includes('?') ? '&' : '?'}schema=check_${process.pid}`,
      dataDir: join(folder, 'data'),
      config: resolveModelConfig({ engine: 'openai-compatible', model: 'm', baseUrl: models.baseUrl }),
      trustedProxies: ['127.0.0.1', '10.0.0.0/8'],
      host: '0.0.0.0',
      webRoot,
    });
    expect(formatChecks(results)).not.toContain('FAIL');
    expect(results.map((result) => result.check)).toEqual([
      'database',
      'data folder',
      'objects',
      'model',
      'trusted proxies',
      'web app',
    ]);
    expect(models.requests.at(-1)?.url).toBe('/v1/models');
  });

  it('names each misconfiguration and exits 1', async () => {
    // A file where the data folder should be; a closed database port; a model server that is gone.
    const notAFolder = join(folder, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const gone = await startScriptedServer([replyJson(200, {})]);
    const goneUrl = gone.baseUrl;
    await gone.close();
    const database = new URL(url!);
    database.port = '1';
    const { code, stdout } = await runCli([
      'serve',
      '--check',
      '--db',
      database.toString(),
      '--data',
      join(notAFolder, 'data'),
      '--engine',
      'openai-compatible',
      '--model',
      'm',
      '--base-url',
      goneUrl,
      '--trusted-proxy',
      'loopback,proxy.local',
    ]);
    expect(code).toBe(1);
    const line = (check: string) => stdout.split('\n').find((text) => text.includes(` ${check}: `)) ?? '';
    expect(line('database')).toMatch(/^FAIL database: .*cannot be opened/);
    expect(line('data folder')).toMatch(/^FAIL data folder: .*not writable/);
    expect(line('model')).toMatch(/^FAIL model: not answering: http:\/\/127\.0\.0\.1:\d+\/v1: ECONNREFUSED/);
    expect(line('trusted proxies')).toBe('FAIL trusted proxies: cannot read "proxy.local"');
    expect(stdout).toContain('Start PostgreSQL');
    expect(stdout).not.toContain(database.password || 'no-password-in-url');
  });
});
