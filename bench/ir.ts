/**
 * Retrieval quality: Officemate's search against MiniSearch, lunr, wink-bm25-text-search and
 * SQLite FTS5 on Cranfield and ADI, all run in one process by the reference harness
 * (../shared/tools/ir-bench) with our engine plugged in through bench/ir-bench-adapter.mjs.
 * The harness is copied to a scratch folder and installed there (npm ci) on first use.
 * Prints a markdown table; writes bench/out/ir.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const shared = process.env.OFFICEMATE_SHARED ?? join(root, '..', 'shared');
const harnessSource = join(shared, 'tools', 'ir-bench');
const harness = process.env.OFFICEMATE_IR_BENCH ?? join(tmpdir(), 'officemate-ir-bench');
const collections = ['cranfield', 'adi'].map((name) => join(shared, 'corpus', 'ir', name));
const PEERS = ['minisearch', 'minisearch+porter', 'lunr', 'wink-bm25', 'sqlite-fts5'];
const OURS = ['officemate', 'officemate-nofb'];

type EngineResult = {
  name: string;
  version?: string;
  metrics?: Record<string, number>;
  p50Ms?: number;
  p95Ms?: number;
  indexMs?: number;
  error?: string;
};
type Output = { collections: { name: string; engines: EngineResult[] }[] };

function prepareHarness(): void {
  if (existsSync(join(harness, 'node_modules', 'lunr'))) return;
  mkdirSync(harness, { recursive: true });
  cpSync(harnessSource, harness, { recursive: true });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: harness, stdio: 'inherit' });
}

function main(): void {
  prepareHarness();
  const jsonPath = join(harness, 'officemate-ir.json');
  const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const args = [
    '--expose-gc',
    '--import',
    tsx,
    'run.mjs',
    ...collections.flatMap((dir) => ['--collection', dir]),
  ];
  args.push(
    '--engine-module',
    join(here, 'ir-bench-adapter.mjs'),
    '--engines',
    [...PEERS, ...OURS].join(','),
    '--json',
    jsonPath,
  );
  const run = spawnSync(process.execPath, args, {
    cwd: harness,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    throw new Error(`ir-bench exited with ${run.status}`);
  }
  const output = JSON.parse(readFileSync(jsonPath, 'utf8')) as Output;
  const lines: string[] = [];
  const gains: number[] = [];
  for (const collection of output.collections) {
    lines.push(
      `### ${collection.name}`,
      '',
      '| engine | nDCG@10 | MAP@100 | R@100 | p50 ms | p95 ms |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const engine of collection.engines) {
      const m = engine.metrics;
      if (!m) {
        lines.push(`| ${engine.name} | error | | | | |`);
        continue;
      }
      lines.push(
        `| ${engine.name} | ${m['ndcg_cut.10']!.toFixed(4)} | ${m['map_cut.100']!.toFixed(4)} | ${m['recall.100']!.toFixed(4)} | ${engine.p50Ms!.toFixed(2)} | ${engine.p95Ms!.toFixed(2)} |`,
      );
    }
    const peers = collection.engines.filter((engine) => PEERS.includes(engine.name) && engine.metrics);
    const best = peers.reduce((a, b) =>
      (a.metrics!['ndcg_cut.10'] ?? 0) >= (b.metrics!['ndcg_cut.10'] ?? 0) ? a : b,
    );
    const ours = collection.engines.find((engine) => engine.name === 'officemate');
    if (ours?.metrics && best.metrics) {
      const gain = ours.metrics['ndcg_cut.10']! / best.metrics['ndcg_cut.10']! - 1;
      gains.push(gain);
      lines.push(
        '',
        `officemate vs the best peer (${best.name}) on nDCG@10: ${(gain * 100).toFixed(1)}%`,
        '',
      );
    }
  }
  const average = gains.reduce((sum, gain) => sum + gain, 0) / (gains.length || 1);
  lines.push(
    `Average nDCG@10 gain over the best peer per collection: ${(average * 100).toFixed(1)}% (target: at least 5%).`,
  );
  console.log(lines.join('\n'));
  mkdirSync(join(here, 'out'), { recursive: true });
  writeFileSync(
    join(here, 'out', 'ir.json'),
    JSON.stringify({ ...output, averageGain: average, gains }, null, 2),
  );
}

main();
