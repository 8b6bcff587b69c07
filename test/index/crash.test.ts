/**
 * Crash safety: `officemate index` is killed with SIGKILL at several moments of a real
 * ingest, then resumed; the index opens, passes the integrity check and holds exactly the
 * chunks of a clean run (no duplicates, nothing lost).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index/open-index.ts';
import { CORPUS, REPO_ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-crash-'));
const mail = join(work, 'mail');
cpSync(join(CORPUS, 'email', 'enron', 'allen-p'), mail, { recursive: true });
const cli = join(REPO_ROOT, 'bin', 'officemate.js');

afterAll(() => rmSync(work, { recursive: true, force: true }));

function runIndex(
  db: string,
  killAfterMs?: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [cli, 'index', mail, '--db', db, '--owner', 'ann', '--json', '-q'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let timer: NodeJS.Timeout | undefined;
    if (killAfterMs !== undefined) {
      // Start the clock once the process has opened the index (it prints nothing before the end).
      timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

async function snapshot(db: string) {
  const index = await openIndex(db);
  try {
    const files = await index.store.listFiles();
    const stats = await index.store.stats();
    const integrity = await index.store.integrityCheck();
    const chunks = await index.store.queryChunks({ limit: 100_000, offset: 0 });
    const keys = chunks.map((chunk) => `${chunk.path}#${chunk.locator.messageId ?? ''}#${chunk.hash}`);
    return {
      files: files.map((file) => [file.path, file.chunks, file.hash]),
      chunks: stats.chunks,
      integrity,
      keys: keys.sort(),
    };
  } finally {
    await index.close();
  }
}

describe('crash safety', () => {
  it('survives repeated kill -9 during ingest and resumes without duplicates', async () => {
    const clean = join(work, 'clean.db');
    const started = Date.now();
    const cleanRun = await runIndex(clean);
    const cleanMs = Date.now() - started;
    expect(cleanRun.code).toBe(0);
    const expected = await snapshot(clean);
    expect(expected.chunks).toBeGreaterThan(100);

    const crashed = join(work, 'crashed.db');
    const kills: (NodeJS.Signals | null)[] = [];
    // Kill points scale with how long a whole ingest takes on this machine, so at least the
    // first two runs are always cut short, on fast machines as on slow ones, and when the clean
    // run was timed under twice the load the later runs meet (each run resumes where the last
    // stopped, so the shares add up).
    for (const share of [0.2, 0.3, 0.45, 0.6]) {
      const delay = Math.round(cleanMs * share);
      const run = await runIndex(crashed, delay);
      kills.push(run.signal);
      const midway = await snapshot(crashed);
      expect(midway.integrity.problems).toEqual([]);
      expect(new Set(midway.keys).size).toBe(midway.keys.length);
    }
    expect(kills.filter((signal) => signal === 'SIGKILL').length).toBeGreaterThanOrEqual(2);
    const resumed = await runIndex(crashed);
    expect(resumed.code).toBe(0);
    const after = await snapshot(crashed);
    expect(after.integrity.problems).toEqual([]);
    expect(after.chunks).toBe(expected.chunks);
    expect(after.files).toEqual(expected.files);
    expect(after.keys).toEqual(expected.keys);

    const check = spawnSync(process.execPath, [cli, 'index', '--check', '--db', crashed, '--json'], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).integrity.ok).toBe(true);
  }, 240_000);
});
