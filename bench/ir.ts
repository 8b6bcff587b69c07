/**
 * Retrieval quality: Officemate's search against every JavaScript library of the reference
 * harness (../shared/tools/ir-bench: MiniSearch, Orama, lunr, wink-bm25-text-search,
 * FlexSearch) and SQLite FTS5, all run in one process with our engine plugged in through
 * bench/ir-bench-adapter.mjs (bench/ir-harness.ts), on every collection of ../shared/corpus/ir. Ranking parameters
 * were chosen on the tuning collections (Cranfield, ADI, CACM: scientific and technical
 * abstracts, graded and binary judgments) and are checked on the others (LISA: library-science
 * abstracts; TIME: long news articles), reported apart; bench/ir-tune.ts varies parameters on
 * the tuning collections alone. Prints markdown tables; writes bench/out/ir.json
 * (bench/out/ir-NAMES.json for `--collections NAME,...`, a subset). The tuning collections of
 * long documents `qmsum` (meeting topics) and `enron` (mail) are built by bench/ir-qmsum.ts and
 * bench/ir-enron.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHECK,
  type HarnessOutput as Output,
  prepareHarness,
  resultPath,
  runHarness,
  TUNING,
} from './ir-harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const PEERS = [
  'minisearch',
  'minisearch+porter',
  'orama',
  'orama+stop',
  'lunr',
  'wink-bm25',
  'flexsearch',
  'sqlite-fts5',
];
const REFERENCE = ['bm25-ref(0.9,0.4)', 'bm25-ref(1.2,0.75)'];
const OURS = ['officemate', 'officemate-nofb', 'officemate-whole'];
const METRICS = [
  ['ndcg_cut.10', 'nDCG@10'],
  ['map_cut.100', 'MAP@100'],
  ['recall.100', 'R@100'],
] as const;

type Ratios = { collection: string; best: Record<string, string>; ratio: Record<string, number> };

const fixed = (value: number | undefined, digits = 4) => (value === undefined ? '' : value.toFixed(digits));

/** Our figures over the best library's on the same collection, metric by metric. */
function ratios(collection: Output['collections'][number]): Ratios | undefined {
  const ours = collection.engines.find((engine) => engine.name === 'officemate')?.metrics;
  const peers = collection.engines.filter((engine) => PEERS.includes(engine.name) && engine.metrics);
  if (!ours || peers.length === 0) return undefined;
  const best: Record<string, string> = {};
  const ratio: Record<string, number> = {};
  for (const [key] of METRICS) {
    const top = peers.reduce((a, b) => ((a.metrics![key] ?? 0) >= (b.metrics![key] ?? 0) ? a : b));
    best[key] = top.name;
    ratio[key] = ours[key]! / top.metrics![key]!;
  }
  return { collection: collection.name, best, ratio };
}

function table(collection: Output['collections'][number]): string[] {
  const lines = [
    `### ${collection.name} (${TUNING.includes(collection.name) ? 'tuning' : 'check'})`,
    '',
    '| engine | nDCG@10 | MAP@100 | R@100 | p50 ms | p95 ms |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const engine of collection.engines) {
    const m = engine.metrics;
    if (!m) lines.push(`| ${engine.name} | error | | | | |`);
    else
      lines.push(
        `| ${engine.name} | ${fixed(m['ndcg_cut.10'])} | ${fixed(m['map_cut.100'])} | ${fixed(m['recall.100'])} | ${fixed(engine.p50Ms, 2)} | ${fixed(engine.p95Ms, 2)} |`,
      );
  }
  return lines;
}

function summary(label: string, rows: readonly Ratios[]): string[] {
  const lines = [
    `### Officemate over the best library, ${label} collections`,
    '',
    '| collection | nDCG@10 | MAP@100 | R@100 | best library (nDCG@10) |',
    '|---|---:|---:|---:|---|',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.collection} | ${fixed(row.ratio['ndcg_cut.10'], 3)}x | ${fixed(row.ratio['map_cut.100'], 3)}x | ${fixed(row.ratio['recall.100'], 3)}x | ${row.best['ndcg_cut.10']} |`,
    );
  const mean = (key: string) => rows.reduce((sum, row) => sum + row.ratio[key]!, 0) / (rows.length || 1);
  lines.push(
    `| mean | ${fixed(mean('ndcg_cut.10'), 3)}x | ${fixed(mean('map_cut.100'), 3)}x | ${fixed(mean('recall.100'), 3)}x | |`,
    '',
  );
  return lines;
}

/** `--collections a,b` runs those alone (e.g. a new tuning collection without the check ones). */
function chosenCollections(): string[] {
  const at = process.argv.indexOf('--collections');
  if (at < 0) return [...TUNING, ...CHECK];
  const names = (process.argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !TUNING.includes(name) && !CHECK.includes(name));
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`ir: --collections takes names of ${[...TUNING, ...CHECK].join(', ')}`);
  return names;
}

async function main(): Promise<void> {
  const collections = chosenCollections();
  await prepareHarness();
  const output = runHarness(collections, [...PEERS, ...REFERENCE, ...OURS], resultPath('officemate-ir'));
  const lines: string[] = [];
  const rows: Ratios[] = [];
  for (const collection of output.collections) {
    lines.push(...table(collection), '');
    const row = ratios(collection);
    if (row) rows.push(row);
  }
  const tuning = rows.filter((row) => TUNING.includes(row.collection));
  const check = rows.filter((row) => CHECK.includes(row.collection));
  if (tuning.length > 0) lines.push(...summary('tuning', tuning));
  if (check.length > 0) lines.push(...summary('check', check));
  lines.push('Target on the check collections: at least 1.05x on average and 1.0x on each (nDCG@10).');
  console.log(lines.join('\n'));
  mkdirSync(join(here, 'out'), { recursive: true });
  const all = collections.length === TUNING.length + CHECK.length;
  const file = all ? 'ir.json' : `ir-${collections.join('-')}.json`;
  writeFileSync(join(here, 'out', file), JSON.stringify({ ...output, tuning, check }, null, 2));
}

await main();
