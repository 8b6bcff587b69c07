/** `-o` paths: missing folders are made, unwritable paths are clear bad-input errors. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/helpers/paths.ts';
import { runCli } from '../../test/helpers/run-cli.ts';
import { OfficemateError } from '../lib/errors.ts';
import { writeOutputFile } from './write-output.ts';

const folders: string[] = [];
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'officemate-out-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function failureOf(run: Promise<unknown>): Promise<OfficemateError> {
  try {
    await run;
  } catch (thrown) {
    if (thrown instanceof OfficemateError) return thrown;
    throw thrown;
  }
  throw new Error('expected the write to fail');
}

describe('writeOutputFile', () => {
  it('makes the missing folders above the file', async () => {
    const path = join(scratch(), 'reports', '2026', 'notes.txt');
    await writeOutputFile(path, 'quarterly notes');
    expect(readFileSync(path, 'utf8')).toBe('quarterly notes');
  });

  it('names the path when it is a folder', async () => {
    const folder = scratch();
    const error = await failureOf(writeOutputFile(folder, 'x'));
    expect(error.code).toBe('bad_usage');
    expect(error.message).toBe(`Cannot write ${folder}: the path is a folder.`);
    expect(error.error.hint).toContain('-o');
  });

  it('names the path when a file stands where a folder should be', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'plan.txt'), 'a file');
    const path = join(folder, 'plan.txt', 'deck.pptx');
    const error = await failureOf(writeOutputFile(path, 'x'));
    expect(error.code).toBe('bad_usage');
    expect(error.message).toContain(`Cannot write ${path}`);
  });
});

describe('a command writing -o into a folder that does not exist yet', () => {
  it('writes the deck there instead of failing with the system error', async () => {
    const out = join(scratch(), 'decks', 'features.pptx');
    const run = await runCli([
      'deck',
      join(CORPUS, 'office', 'docx', 'tika_testWORD_features.docx'),
      '-o',
      out,
      '--json',
    ]);
    expect(run.stderr).not.toContain('ENOENT');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { path: string }).path).toBe(out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 with a JSON error naming the path when -o is a folder', async () => {
    const folder = scratch();
    const output = join(folder, 'taken.pptx');
    mkdirSync(output);
    const run = await runCli([
      'deck',
      join(CORPUS, 'office', 'docx', 'tika_testWORD_features.docx'),
      '-o',
      output,
      '--json',
    ]);
    expect(run.code).toBe(2);
    const error = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('bad_usage');
    expect(error.error.message).toBe(`Cannot write ${output}: the path is a folder.`);
  });
});
