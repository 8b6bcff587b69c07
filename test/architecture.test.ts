/**
 * The layer rules (.dependency-cruiser.cjs) hold for the code: nothing imports up the layers
 * (lib ← formats ← index ← skills ← chat ← server/cli/mcp, models ← skills, web → protocol)
 * and there are no import circles. A small probe shows the rules do catch both.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/paths.ts';

const run = promisify(execFile);
const DEPCRUISE = join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');

type Violation = { rule: { name: string }; from: string; to: string };

async function violations(cwd: string, paths: string[]): Promise<Violation[]> {
  const { stdout } = await run(
    process.execPath,
    [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'json', '--no-progress'],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('layers', () => {
  it('no module imports up the layers or in a circle', async () => {
    const found = await violations(REPO_ROOT, ['src', 'web/src']);
    expect(found.map((item) => `${item.rule.name}: ${item.from} → ${item.to}`)).toEqual([]);
  }, 120_000);

  it('the rules catch an upward import and a circle', async () => {
    const probe = mkdtempSync(join(tmpdir(), 'officemate-layers-'));
    try {
      mkdirSync(join(probe, 'src', 'lib'), { recursive: true });
      mkdirSync(join(probe, 'src', 'cli'), { recursive: true });
      writeFileSync(
        join(probe, 'tsconfig.json'),
        '{ "compilerOptions": { "allowImportingTsExtensions": true } }',
      );
      writeFileSync(
        join(probe, 'src', 'lib', 'helper.ts'),
        "import { x } from '../cli/command.ts';\nexport const y = x;\n",
      );
      writeFileSync(
        join(probe, 'src', 'cli', 'command.ts'),
        "import { y } from '../lib/helper.ts';\nexport const x = 1;\nexport const z = y;\n",
      );
      const names = (await violations(probe, ['src'])).map((item) => item.rule.name);
      expect(names).toContain('lib-is-the-bottom');
      expect(names).toContain('no-circular');
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  }, 60_000);
});
