/**
 * @module nginx
 * A throwaway nginx running the repository's deploy/nginx.conf as it is, with only its
 * upstream ports and its listen line replaced, in a temporary prefix (pid, logs, temp files).
 * For the tests and the load benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

export const NGINX = '/usr/sbin/nginx';

export type TestNginx = { base: string; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The repository's site file with these upstream ports and this listen port. */
export function siteConfig(upstreamPorts: readonly number[], listenPort: number): string {
  const site = readFileSync(join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const servers = [...site.matchAll(/^\s*server 127\.0\.0\.1:\d+ (.*);$/gm)];
  if (servers.length === 0) throw new Error('deploy/nginx.conf has no upstream servers');
  const template = servers[0]![1]!;
  const upstream = upstreamPorts.map((port) => `    server 127.0.0.1:${port} ${template};`).join('\n');
  return site
    .replace(/(^\s*server 127\.0\.0\.1:\d+ .*;\n)+/m, `${upstream}\n`)
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${listenPort};`);
}

export async function startNginx(upstreamPorts: readonly number[]): Promise<TestNginx> {
  if (!existsSync(NGINX))
    throw new Error('nginx is not installed: run `node scripts/setup.mjs` (apt-get install nginx).');
  const prefix = mkdtempSync(join(tmpdir(), 'officemate-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      'http {',
      `  access_log off;`,
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      siteConfig(upstreamPorts, port),
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${stderr}`);
    const up = await fetch(`${base}/health`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
