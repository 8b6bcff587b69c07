/**
 * Finding 1 on the command line: a 10-line calendar with `DURATION:P999999999999999999W`
 * made `officemate convert` and `officemate index` run forever at full CPU. Both now fail
 * that file fast with `file_too_complex`; `index` goes on with the rest of the folder. Both
 * read in the isolated reader's worker thread, so the wall-time and heap budgets bound them
 * too (`convert --time-limit` sets the time).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.ts';
import { HUGE_DURATION_ICS } from './hostile-files.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-cli-budgets-'));
const folder = join(work, 'files');
mkdirSync(folder);
writeFileSync(join(folder, 'endless.ics'), HUGE_DURATION_ICS);
copyFileSync(join(EXAMPLES, 'Calendar.ics'), join(folder, 'team.ics'));
const cli = join(REPO_ROOT, 'bin', 'officemate.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, OFFICEMATE_USER: 'maya' },
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the endless calendar on the command line', () => {
  it('convert fails fast with file_too_complex and exit code 2', () => {
    const converted = run('convert', join(folder, 'endless.ics'), '--json');
    expect(converted.error).toBeUndefined();
    expect(converted.status).toBe(2);
    expect(`${converted.stdout}${converted.stderr}`).toContain('file_too_complex');
  });

  it('convert reads in the worker, under its wall time', () => {
    // Any real read takes longer than 10 ms in a fresh worker: only a bounded read stops.
    const stopped = run('convert', join(folder, 'team.ics'), '--time-limit', '0.01');
    expect(stopped.error).toBeUndefined();
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain('reading it took over 0.01 s');
    const endless = run('convert', join(folder, 'endless.ics'), '--time-limit', '30');
    expect(endless.status).toBe(2);
    expect(endless.stderr).toContain('endless.ics is too complex to read');
    const read = run('convert', join(folder, 'team.ics'), '--to', 'json');
    expect(read.status).toBe(0);
    expect((JSON.parse(read.stdout) as { type: string }).type).toBe('calendar');
    const bad = run('convert', join(folder, 'team.ics'), '--time-limit', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--time-limit');
  });

  it('index reports the file and indexes the rest of the folder', () => {
    const indexed = run('index', folder, '--db', join(work, 'index.db'), '--json', '-q');
    expect(indexed.error).toBeUndefined();
    const summary = JSON.parse(indexed.stdout) as { files: number; errors: { path: string; code: string }[] };
    expect(summary.files).toBe(1);
    expect(summary.errors).toEqual([expect.objectContaining({ code: 'file_too_complex' })]);
    expect(summary.errors[0]?.path).toContain('endless.ics');
  });
});
