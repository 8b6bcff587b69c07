/**
 * `officemate serve` on a fresh workspace says at start that nobody can sign in yet and how to
 * add the first account; with an account it says nothing of the kind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noAccountsNote, servingLine } from '../../src/cli/commands/serve.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('noAccountsNote', () => {
  it('names the command that adds the first account, only when there is none', () => {
    expect(noAccountsNote(1, false)).toBeUndefined();
    const note = noAccountsNote(0, false);
    expect(note).toContain('officemate users add NAME --admin --password-stdin');
    expect(note).not.toContain('--data');
    expect(noAccountsNote(0, true)).toContain('same --data and --db');
  });
});

describe('servingLine', () => {
  it('names the builtin engine once, and a configured model beside its engine', () => {
    const builtin = servingLine('builtin', 'builtin', 'http://127.0.0.1:8080');
    expect(builtin).toBe(
      'officemate serving the builtin engine on http://127.0.0.1:8080 (OpenAI-compatible API at /v1). Ctrl-C stops.',
    );
    expect(servingLine('llama-cpp', 'tiny-7b.gguf', 'http://127.0.0.1:9')).toContain(
      'serving tiny-7b.gguf through llama-cpp on http://127.0.0.1:9',
    );
  });
});

/** Starts serve on a free port and returns its stderr once it is listening (and then stops it). */
async function startupLines(home: string): Promise<string> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'officemate.js'), 'serve', '--port', '0', '--engine', 'builtin'],
    { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
        // The account line, when it comes, is written right after the listening line.
        if (/Ctrl-C stops\.\n/.test(stderr))
          setTimeout(() => {
            clearTimeout(timer);
            resolve(stderr);
          }, 300);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('officemate serve on a fresh workspace', () => {
  const home = mkdtempSync(join(tmpdir(), 'officemate-first-run-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('says how to add the first account, and stops saying it once there is one', async () => {
    const fresh = await startupLines(home);
    expect(fresh).toContain('no accounts yet');
    expect(fresh).toContain('officemate users add NAME --admin --password-stdin');

    const added = await addAccount(home);
    expect(added).toBe(0);
    expect(await startupLines(home)).not.toContain('no accounts yet');
  }, 150_000);
});

async function addAccount(home: string): Promise<number> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'officemate.js'), 'users', 'add', 'morgan', '--password-stdin'],
    { env: { ...process.env, OFFICEMATE_HOME: home }, stdio: ['pipe', 'ignore', 'pipe'] },
  );
  child.stdin.end('a long enough password');
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

describe('officemate serve with a --data folder it cannot make', () => {
  it('exits 2 naming the folder, before opening anything (was: the raw ENOTDIR, exit 1)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'officemate-bad-data-'));
    try {
      writeFileSync(join(home, 'notes.txt'), 'a file, not a folder');
      const data = join(home, 'notes.txt', 'server');
      const run = await runCli(['serve', '--data', data, '--port', '0', '--engine', 'builtin', '--json']);
      expect(run.code).toBe(2);
      const error = JSON.parse(run.stdout) as { error: { code: string; message: string; hint: string } };
      expect(error.error.code).toBe('bad_usage');
      expect(error.error.message).toBe(
        `Cannot use ${data} as the data folder: the path has a file where a folder should be.`,
      );
      expect(error.error.hint).toContain('--data');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
