/**
 * @module postgres
 * A throwaway PostgreSQL server for the test suite, started from Debian's binaries as the
 * `postgres` user (initdb refuses root) on 127.0.0.1 with fsync off.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findPostgresBin(): string | undefined {
  for (const version of ['17', '16', '15', '14', '13']) {
    const bin = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  return undefined;
}

export type TestPostgres = { url: string; stop(): void };

export function startPostgres(port = 55432 + (process.pid % 1000)): TestPostgres {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: run `npm run setup` (apt-get install postgresql).');
  const dataDir = mkdtempSync(join(tmpdir(), 'officemate-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    if (asRoot)
      execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' });
    else execFileSync(join(bin, program), args, { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dataDir]);
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(dataDir, 'server.log'),
    '-w',
    '-t',
    '30',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dataDir} -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
