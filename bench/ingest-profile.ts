/**
 * The Enron ingest of bench/ingest.ts alone (no reading-only pass, no synthetic corpus), for
 * profiling and for comparing two versions of the code by CPU time rather than wall time (on
 * a loaded machine wall time is noise): `node --cpu-prof bin/run-ts.js bench/ingest-profile.ts`.
 * Prints chunks per second (one per message), the CPU time of the whole process (every
 * thread: the reading worker's included) and of the main thread alone; with `--json`, one
 * JSON line of the same figures. Folders named after the flags (under ../shared/corpus, e.g.
 * `office calendar contacts`) are indexed instead of the Enron mailboxes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPaths } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { mailFiles } from './enron-mailboxes.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const enron = join(shared, 'corpus', 'email', 'enron');

/** CPU seconds of the main thread (Linux: its /proc task entry; 0 elsewhere). */
function mainThreadSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

const work = mkdtempSync(join(tmpdir(), 'officemate-ingest-'));
try {
  const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const files = folders.length ? folders.map((folder) => join(shared, 'corpus', folder)) : mailFiles(enron);
  const index = await openIndex(join(work, 'enron.db'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const mainBefore = mainThreadSeconds();
  const summary = await indexPaths(index, files, { owner: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const main = mainThreadSeconds() - mainBefore;
  await index.close();
  const total = (used.user + used.system) / 1e6;
  if (process.argv.includes('--json'))
    console.log(JSON.stringify({ chunks: summary.chunks, seconds, cpu: total, mainCpu: main }));
  else
    console.log(
      `${summary.chunks} chunks in ${seconds.toFixed(2)} s = ${(summary.chunks / seconds).toFixed(0)} chunks/s${folders.length ? '' : ' (one per message)'}, CPU ${total.toFixed(2)} s (main thread ${main.toFixed(2)} s)`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}
