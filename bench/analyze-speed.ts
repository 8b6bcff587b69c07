/**
 * Speed of `officemate analyze` on a generated 1,000,000-row, 10-column CSV, next to DuckDB
 * running the same aggregates (column statistics, correlations, group totals, monthly sums)
 * in the same run, and next to a pure JavaScript streaming pass over the same file. Each
 * runs in its own process; time is wall clock, memory is peak RSS (/usr/bin/time).
 * Run alone: node bin/run-ts.js bench/analyze-speed.ts [--rows N]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000;
const FILE = join('/tmp', 'officemate-bench', `analyze-${ROWS}.csv`);
const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Nordics', 'Iberia', 'Benelux'];
const PRODUCTS = Array.from({ length: 20 }, (_, i) => `Product ${String.fromCharCode(65 + i)}`);
const CHANNELS = ['Online', 'Retail', 'Partner', 'Direct'];

async function generate(): Promise<void> {
  if (existsSync(FILE)) return;
  mkdirSync(dirname(FILE), { recursive: true });
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const out = createWriteStream(FILE);
  out.write('id,date,region,product,channel,units,price,revenue,cost,discount\n');
  const start = Date.UTC(2021, 0, 1);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(start + Math.floor((i / ROWS) * 1460) * 86_400_000).toISOString().slice(0, 10);
    const units = 1 + Math.floor(next() * 20);
    const price = Number((10 + next() * 90).toFixed(2));
    const revenue = Number((units * price * (1 + i / ROWS / 2)).toFixed(2));
    const cost = Number((revenue * (0.4 + next() * 0.2)).toFixed(2));
    chunk += `${i + 1},${date},${REGIONS[i % 8]},${PRODUCTS[Math.floor(next() * 20)]},${CHANNELS[i % 4]},${units},${price},${revenue},${cost},${(next() * 0.3).toFixed(3)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

type Measured = { seconds: number; peakMiB: number; ok: boolean; note: string };

function measure(args: string[]): Measured {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kib] = line.split(' ').map(Number);
  return {
    seconds: seconds ?? Number.NaN,
    peakMiB: (kib ?? 0) / 1024,
    ok: result.status === 0,
    note: result.status === 0 ? '' : result.stderr.slice(0, 300),
  };
}

const mode = process.argv[2];
if (mode === '--duckdb-only') {
  // The aggregates analyze runs, straight through DuckDB.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const file = process.argv[3]!;
  const m = ['units', 'price', 'revenue', 'cost', 'discount'];
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto('${file}')`);
  await connection.runAndReadAll('DESCRIBE t');
  const pairs: string[] = [];
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) pairs.push(`corr(${m[i]}, ${m[j]})`);
  await connection.runAndReadAll(
    `SELECT count(*), ${m.map((c) => `sum(${c}), avg(${c}), min(${c}), max(${c}), stddev_samp(${c})`).join(', ')}, approx_count_distinct(region), approx_count_distinct(product), approx_count_distinct(channel), ${pairs.join(', ')} FROM t`,
  );
  for (const category of ['region', 'product', 'channel']) {
    await connection.runAndReadAll(
      `SELECT ${category}, count(*), ${m.map((c) => `sum(${c}), sum(${c}::DOUBLE * ${c})`).join(', ')} FROM t GROUP BY 1 ORDER BY 1`,
    );
  }
  await connection.runAndReadAll(
    `SELECT strftime(date_trunc('month', date), '%Y-%m'), ${m.map((c) => `sum(${c})`).join(', ')} FROM t GROUP BY 1 ORDER BY 1`,
  );
  connection.closeSync();
  instance.closeSync();
} else if (mode === '--js-only') {
  // The same aggregates in plain JavaScript over the streaming CSV parser (no DuckDB).
  const { iterateCsvRows } = await import('../src/formats/csv/read-csv.ts');
  const file = process.argv[3]!;
  const measures = [5, 6, 7, 8, 9];
  const stats = measures.map(() => ({ n: 0, sum: 0, squares: 0, min: Infinity, max: -Infinity }));
  const groups = [2, 3, 4].map(() => new Map<string, Float64Array>());
  const months = new Map<string, Float64Array>();
  const cross = new Float64Array(25);
  let first = true;
  for await (const batch of iterateCsvRows(file)) {
    for (const row of batch) {
      if (first) {
        first = false;
        continue;
      }
      const values = measures.map((index) => Number(row[index]));
      values.forEach((value, k) => {
        const s = stats[k]!;
        s.n++;
        s.sum += value;
        s.squares += value * value;
        if (value < s.min) s.min = value;
        if (value > s.max) s.max = value;
        for (let l = 0; l < 5; l++) cross[k * 5 + l]! += value * values[l]!;
      });
      [2, 3, 4].forEach((column, g) => {
        const key = row[column]!;
        let sums = groups[g]!.get(key);
        if (!sums) {
          sums = new Float64Array(11);
          groups[g]!.set(key, sums);
        }
        sums[0]!++;
        values.forEach((value, k) => {
          sums![1 + k * 2]! += value;
          sums![2 + k * 2]! += value * value;
        });
      });
      const month = row[1]!.slice(0, 7);
      let sums = months.get(month);
      if (!sums) {
        sums = new Float64Array(5);
        months.set(month, sums);
      }
      values.forEach((value, k) => {
        sums![k]! += value;
      });
    }
  }
  if (stats[0]!.n === 0) process.exitCode = 1;
} else {
  await generate();
  const size = statSync(FILE).size;
  const cli = measure([process.execPath, 'bin/officemate.js', 'analyze', FILE, '--json']);
  const duck = measure([process.execPath, 'bin/run-ts.js', 'bench/analyze-speed.ts', '--duckdb-only', FILE]);
  const js = measure([process.execPath, 'bin/run-ts.js', 'bench/analyze-speed.ts', '--js-only', FILE]);
  const ratio = cli.seconds / duck.seconds;
  console.log(
    `File: ${ROWS.toLocaleString('en-US')} rows × 10 columns, ${(size / 1024 / 1024).toFixed(0)} MiB (generated to ${FILE}). Each line is its own process, start-up included.\n`,
  );
  console.log('| run | time | peak memory | vs DuckDB (time) | ok |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| \`officemate analyze\` (typing, statistics, insight tests; DuckDB inside) | ${cli.seconds.toFixed(2)} s | ${cli.peakMiB.toFixed(0)} MiB | ${ratio.toFixed(2)}x (target ≤ 1.5x) | ${cli.ok ? 'yes' : `no: ${cli.note}`} |`,
  );
  console.log(
    `| DuckDB alone, same aggregates | ${duck.seconds.toFixed(2)} s | ${duck.peakMiB.toFixed(0)} MiB | 1.00x | ${duck.ok ? 'yes' : `no: ${duck.note}`} |`,
  );
  console.log(
    `| plain JavaScript streaming pass, same aggregates | ${js.seconds.toFixed(2)} s | ${js.peakMiB.toFixed(0)} MiB | ${(js.seconds / duck.seconds).toFixed(2)}x | ${js.ok ? 'yes' : `no: ${js.note}`} |`,
  );
  mkdirSync(join(here, 'out'), { recursive: true });
  writeFileSync(
    join(here, 'out', 'analyze-speed.json'),
    JSON.stringify({ rows: ROWS, bytes: size, analyze: cli, duckdb: duck, javascript: js, ratio }, null, 2),
  );
}
