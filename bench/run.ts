/**
 * `npm run bench`: runs every benchmark in turn, each as its own process (so peak-memory
 * figures do not mix), and prints their markdown tables. Pass names to run a subset:
 * `npm run bench -- ir qmsum`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const BENCHMARKS = [
  'ir',
  'chinese',
  'ingest',
  'models',
  'qmsum',
  'grounding',
  'recap-context',
  'recap-checklist',
  'ask-latency',
  'workspace-qa',
  'ask-prompt',
  'wikitablequestions',
  'dabench',
  'plain-questions',
  'insights',
  'analyze-speed',
  'deck',
  'threads',
  'mail-checklist',
  'load',
  'startup',
] as const;

const wanted = process.argv.slice(2);
const selected = wanted.length ? BENCHMARKS.filter((name) => wanted.includes(name)) : BENCHMARKS;
mkdirSync(join(here, 'out'), { recursive: true });
let failed = 0;
for (const name of selected) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n## ${name}\n\n(not present)`);
    continue;
  }
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--expose-gc', join(root, 'bin', 'run-ts.js'), file], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`\n(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${result.status})`);
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
