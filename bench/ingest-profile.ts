/**
 * The Enron ingest of bench/ingest.ts alone (no reading-only pass, no synthetic corpus), for
 * profiling: `node --cpu-prof bin/run-ts.js bench/ingest-profile.ts`. Prints chunks per second
 * (one per message) and the CPU time of all threads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexPaths } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { mailFiles } from './enron-mailboxes.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const enron = join(shared, 'corpus', 'email', 'enron');

const work = mkdtempSync(join(tmpdir(), 'officemate-ingest-'));
try {
  const files = mailFiles(enron);
  const index = await openIndex(join(work, 'enron.db'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = await indexPaths(index, files, { owner: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await index.close();
  console.log(
    `${summary.chunks} chunks in ${seconds.toFixed(2)} s = ${(summary.chunks / seconds).toFixed(0)} chunks/s (one per message), CPU ${((used.user + used.system) / 1e6).toFixed(2)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
