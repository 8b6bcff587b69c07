/**
 * Compares the ingest CPU time of two copies of the code (A and B, each a checkout with its own
 * bench/ingest-profile.ts), running them alternately, one fresh process per run, so a change
 * of load hits both sides alike. Give the same folder twice for an A/A control: its spread is
 * the noise any A/B difference must beat.
 *
 *   node bin/run-ts.js bench/ingest-ab.ts /path/to/a /path/to/b [rounds] [corpus folders...]
 *
 * Prints each run and, per side, the median and range of total and main-thread CPU seconds and
 * of wall time.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

type Run = { chunks: number; seconds: number; cpu: number; mainCpu: number };

const [a, b, roundsArg, ...folders] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: ingest-ab.ts DIR_A DIR_B [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 4);
const shared = process.env.OFFICEMATE_SHARED ?? resolve('..', 'shared');

function once(root: string): Run {
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin', 'run-ts.js'), join(root, 'bench', 'ingest-profile.ts'), '--json', ...folders],
    { cwd: root, env: { ...process.env, OFFICEMATE_SHARED: shared }, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Run;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
for (let round = 0; round < rounds; round++) {
  // Alternate which side goes first, so neither always runs after the other.
  const order: ['A' | 'B', string][] =
    round % 2 === 0
      ? [
          ['A', a],
          ['B', b],
        ]
      : [
          ['B', b],
          ['A', a],
        ];
  for (const [side, root] of order) {
    const run = once(root);
    runs[side].push(run);
    console.log(
      `${side} round ${round + 1}: ${run.chunks} chunks, ${run.seconds.toFixed(2)} s wall, CPU ${run.cpu.toFixed(2)} s (main ${run.mainCpu.toFixed(2)} s)`,
    );
  }
}
for (const side of ['A', 'B'] as const) {
  const cpu = runs[side].map((run) => run.cpu);
  const main = runs[side].map((run) => run.mainCpu);
  const wall = runs[side].map((run) => run.seconds);
  const spread = (values: number[]) =>
    `median ${median(values).toFixed(2)} s (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
  console.log(`${side}: CPU ${spread(cpu)}, main thread ${spread(main)}, wall ${spread(wall)}`);
}
const ratio = median(runs.B.map((run) => run.cpu)) / median(runs.A.map((run) => run.cpu));
const wallRatio = median(runs.B.map((run) => run.seconds)) / median(runs.A.map((run) => run.seconds));
console.log(`B/A total CPU: ${ratio.toFixed(3)}, wall: ${wallRatio.toFixed(3)}`);
