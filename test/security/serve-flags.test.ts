/**
 * Finding 6 and the client address of finding 2, from the command line: `officemate serve`
 * takes --trusted-proxy, --max-tokens and --tokens-per-day, documents them in its help, and
 * warns at start when /v1 listens beyond this machine without an API key.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v1ExposureWarning } from '../../src/cli/commands/serve.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('serve flags', () => {
  it('are documented in serve --help', async () => {
    const { code, stdout, stderr } = await runCli(['serve', '--help']);
    expect(code).toBe(0);
    const help = stdout + stderr;
    for (const flag of ['--trusted-proxy LIST', '--max-tokens N', '--tokens-per-day N', '--api-key KEY'])
      expect(help).toContain(flag);
  });

  it('refuse a trusted-proxy entry they cannot read, and quotas that are not whole positive numbers', async () => {
    const proxy = await runCli([
      'serve',
      '--port',
      '0',
      '--trusted-proxy',
      'loopback,10.0.0.0/99,proxy.local',
    ]);
    expect(proxy.code).toBe(2);
    expect(proxy.stderr).toContain('"10.0.0.0/99"');
    expect(proxy.stderr).toContain('"proxy.local"');
    expect(proxy.stderr).not.toContain('"loopback"');
    const tokens = await runCli(['serve', '--port', '0', '--max-tokens', '0']);
    expect(tokens.code).toBe(2);
    expect(tokens.stderr).toContain('--max-tokens');
    const quota = await runCli(['serve', '--port', '0', '--tokens-per-day', 'lots']);
    expect(quota.code).toBe(2);
    expect(quota.stderr).toContain('--tokens-per-day');
  });

  it('warn only when /v1 listens beyond loopback without a key', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost'])
      expect(v1ExposureWarning(host, undefined)).toBeUndefined();
    expect(v1ExposureWarning('0.0.0.0', 'secret')).toBeUndefined();
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'office.example.com']) {
      const warning = v1ExposureWarning(host, undefined);
      expect(warning).toContain(host);
      expect(warning).toContain('--api-key');
      expect(warning).toContain('--host 127.0.0.1');
    }
  });
});

describe('serve on every interface with the flags', () => {
  let home: string;
  let child: ChildProcess;
  let port: number;
  let stderr = '';

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'officemate-serve-flags-'));
    child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'bin', 'officemate.js'),
        'serve',
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--engine',
        'builtin',
        '--trusted-proxy',
        'loopback',
        '--max-tokens',
        '16',
        '--tokens-per-day',
        '40',
      ],
      { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
        const match = /http:\/\/0\.0\.0\.0:(\d+)[\s\S]*--host 127\.0\.0\.1/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('says at start that /v1 is reachable without a key, and what to do', () => {
    expect(stderr).toContain('warning: /v1 listens on 0.0.0.0');
    expect(stderr).toContain('--api-key');
  });

  it('caps max_tokens and keeps the daily quota', async () => {
    const ask = () =>
      fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }], max_tokens: 100_000 }),
      });
    // Each request reserves its capped max_tokens (16) before it reaches the model: two fit in
    // 40 tokens, the third does not. (Uncapped, the first would reserve 100,000 and be refused.)
    // The builtin engine then answers 400 (it writes no free text); the quota is what counts.
    const first = await ask();
    expect(first.status).toBe(400);
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe('model_capability');
    expect((await ask()).status).toBe(400);
    const third = await ask();
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
  });

  it('believes X-Forwarded-For from the trusted proxy for login limits', async () => {
    const attempt = (address: string) =>
      fetch(`http://127.0.0.1:${port}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ user: 'nobody', password: 'wrong-password' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt('203.0.113.7')).status);
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
    // Another client behind the same proxy is a different address, not locked out with the first.
    expect((await attempt('203.0.113.8')).status).toBe(401);
  });
});
