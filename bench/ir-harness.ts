/**
 * The reference harness of bench/ir.ts and bench/ir-tune.ts (../shared/tools/ir-bench): where
 * it lives, the tuning and check collections, and one run of it with our engine plugged in
 * through bench/ir-bench-adapter.mjs. The harness is copied to a scratch folder and installed
 * there (npm ci) on first use.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENRON_COLLECTION, ensureEnronCollection } from './ir-enron.ts';
import { ensureQmsumCollection, QMSUM_COLLECTION } from './ir-qmsum.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const shared = process.env.OFFICEMATE_SHARED ?? join(root, '..', 'shared');
const harnessSource = join(shared, 'tools', 'ir-bench');
export const HARNESS = process.env.OFFICEMATE_IR_BENCH ?? join(tmpdir(), 'officemate-ir-bench');
/**
 * Parameters are chosen on these collections only: three of abstracts from ../shared/corpus/ir
 * and two of long documents, built from the tuning half of the QMSum meetings (bench/ir-qmsum.ts)
 * and from the longer messages of the corpus's Enron mail (bench/ir-enron.ts).
 */
export const TUNING = ['cranfield', 'adi', 'cacm', 'qmsum', 'enron'];
/** Held out: looked at to check, never to choose. */
export const CHECK = ['lisa', 'time'];

export type EngineResult = {
  name: string;
  version?: string;
  metrics?: Record<string, number>;
  p50Ms?: number;
  p95Ms?: number;
  indexMs?: number;
  error?: string;
};
export type HarnessOutput = { collections: { name: string; engines: EngineResult[] }[] };

/**
 * Where a run writes its JSON in the harness folder: named after this process too, since the
 * folder is shared by every checkout on the machine and two runs at once must not read each
 * other's results (bench/ir.ts keeps its figures in bench/out/ir.json).
 */
export function resultPath(name: string): string {
  return join(HARNESS, `${name}-${process.pid}.json`);
}

/** Collections built by bench scripts, by name: their folder. */
const BUILT: Record<string, string> = { qmsum: QMSUM_COLLECTION, enron: ENRON_COLLECTION };

/** A collection's folder: built by a bench script (`qmsum`, `enron`), or ../shared/corpus/ir/NAME. */
export function collectionDir(name: string): string {
  return BUILT[name] ?? join(shared, 'corpus', 'ir', name);
}

/** Installs the harness once, and builds the collections made by bench scripts afresh. */
export async function prepareHarness(): Promise<void> {
  await ensureQmsumCollection();
  await ensureEnronCollection();
  if (existsSync(join(HARNESS, 'node_modules', 'lunr'))) return;
  mkdirSync(HARNESS, { recursive: true });
  cpSync(harnessSource, HARNESS, { recursive: true });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HARNESS, stdio: 'inherit' });
}

/**
 * Runs the harness on `collections` with `engines` (its JSON at `jsonPath`, removed once read);
 * `env` reaches our adapter (OFFICEMATE_RANK …), as do the collections' folders
 * (OFFICEMATE_IR_COLLECTIONS), where it reads each document's title. With `runsDir`, each
 * engine's ranking is written there as a TREC run (COLLECTION.ENGINE.native.run).
 */
export function runHarness(
  collections: readonly string[],
  engines: readonly string[],
  jsonPath: string,
  env: Record<string, string> = {},
  runsDir?: string,
): HarnessOutput {
  const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const args = ['--expose-gc', '--import', tsx, 'run.mjs'];
  const dirs = collections.map(collectionDir);
  for (const dir of dirs) args.push('--collection', dir);
  args.push(
    '--engine-module',
    join(here, 'ir-bench-adapter.mjs'),
    '--engines',
    engines.join(','),
    '--json',
    jsonPath,
  );
  if (runsDir) args.push('--runs-dir', runsDir);
  const run = spawnSync(process.execPath, args, {
    cwd: HARNESS,
    encoding: 'utf8',
    // The adapter reads each document's title from its collection (none where it has none).
    env: { ...process.env, OFFICEMATE_IR_COLLECTIONS: JSON.stringify(dirs), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    throw new Error(`ir-bench exited with ${run.status}`);
  }
  const output = JSON.parse(readFileSync(jsonPath, 'utf8')) as HarnessOutput;
  rmSync(jsonPath, { force: true });
  return output;
}

/** Each query's nDCG@10 in a TREC run written by `runHarness`, by the harness's own trec_eval semantics. */
export async function queryScores(collection: string, runFile: string): Promise<Map<string, number>> {
  const metrics = await import(pathToFileURL(join(HARNESS, 'lib', 'metrics.mjs')).href);
  const data = await import(pathToFileURL(join(HARNESS, 'lib', 'data.mjs')).href);
  const { qrels } = data.loadCollection(collectionDir(collection));
  const run = metrics.parseTrecRun(readFileSync(runFile, 'utf8'));
  const { perQuery } = metrics.evaluateRun(qrels, run, { measures: ['ndcg_cut.10'], complete: true });
  return new Map(
    [...perQuery].map(([id, values]: [string, Record<string, number>]) => [id, values['ndcg_cut.10']!]),
  );
}
