/**
 * Start-up as whole processes: `officemate --version`, `--help` of several commands,
 * `convert` of a small real file, and a deck from a report of about ten pages (the real .docx
 * nearest 4,000 words), each the median of several runs. Measured twice: the
 * compiled CLI (dist/, as installed) and the TypeScript sources through tsx (development);
 * the peer is a bare `node -e ""` in the same run. Targets: help under 300 ms, convert under
 * 500 ms, the deck under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'office');
const RUNS = Number(process.env.STARTUP_RUNS ?? 5);

type Entry = {
  file: string;
  category: string;
  bytes: number;
  features?: { words?: number; headings?: number };
};
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { docx: Entry[] };
const realistic = manifest.docx.filter((item) => item.category === 'realistic');
const report = [...realistic].sort(
  (a, b) => Math.abs((a.features?.words ?? 0) - 4000) - Math.abs((b.features?.words ?? 0) - 4000),
)[0]!;
const small = [...realistic].sort((a, b) => a.bytes - b.bytes)[0]!;
const out = mkdtempSync(join(tmpdir(), 'officemate-startup-'));

function median(command: string[], env: Record<string, string>): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, command, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    if (result.status !== 0) throw new Error(`${command.join(' ')} exited ${result.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const cli = join(root, 'bin', 'officemate.js');
const cases: [string, string[], number][] = [
  ['--version', ['--version'], 300],
  ['deck --help', ['deck', '--help'], 300],
  ['ask --help', ['ask', '--help'], 300],
  ['analyze --help', ['analyze', '--help'], 300],
  [
    `convert ${small.file} (${Math.round(small.bytes / 1024)} KB)`,
    ['convert', join(corpus, 'docx', small.file)],
    500,
  ],
  [
    `deck ${report.file} (${report.features?.words} words)`,
    ['deck', join(corpus, 'docx', report.file), '-o', join(out, 'deck.pptx'), '--quiet'],
    1000,
  ],
];

const compiled = existsSync(join(root, 'dist', 'BUILT'));
if (!compiled) console.log('(dist/ is missing: run `npm run build:cli` to measure the compiled CLI)\n');
const peer = median(['-e', ''], {});
console.log(`peer: bare \`node -e ""\` ${peer.toFixed(0)} ms (median of ${RUNS})\n`);
console.log('| process | compiled (ms) | × node | target | tsx sources (ms) | × node |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, args, target] of cases) {
  const built = compiled ? median([cli, ...args], {}) : Number.NaN;
  const sources = median([cli, ...args], { OFFICEMATE_TSX: '1' });
  const mark = Number.isNaN(built) ? '' : built <= target ? ' ✓' : ' ✗';
  console.log(
    `| \`${name}\` | ${built.toFixed(0)} | ${(built / peer).toFixed(1)} | <${target}${mark} | ${sources.toFixed(0)} | ${(sources / peer).toFixed(1)} |`,
  );
}
rmSync(out, { recursive: true, force: true });
