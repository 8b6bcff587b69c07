/**
 * Ingest and search speed.
 * 1. The Enron mailboxes in ../shared/corpus/email: messages per second through
 *    `indexPaths` (read, thread, chunk, analyse, write) and peak memory, beside the time of
 *    reading alone (the formats layer) measured in the same run.
 * 2. A synthetic corpus of 100,000 chunks (Zipf-distributed vocabulary, deterministic): search
 *    p50/p95 latency, with and without feedback, beside SQLite FTS5 (bm25) on the same text.
 * Prints markdown tables; writes bench/out/ingest.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { splitMbox } from '../src/formats/mail/mbox-splitter.ts';
import { parseWithMailparser } from '../src/formats/mail/parse-message.ts';
import { readFile } from '../src/formats/read-file.ts';
import { BATCH_CHUNKS, fileWrite, indexPaths } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { search } from '../src/index/search.ts';
import type { FileWrite } from '../src/index/store.ts';
import type { ChunkDraft } from '../src/index/types.ts';
import { seededRandom as random } from '../src/lib/random.ts';
import { mailFiles } from './enron-mailboxes.ts';
import { vocabulary, zipfSampler } from './synthetic-corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const enron = join(shared, 'corpus', 'email', 'enron');
const CHUNKS = Number(process.env.OFFICEMATE_BENCH_CHUNKS ?? 100_000);
const QUERIES = 300;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function benchEnron(work: string) {
  const files = mailFiles(enron);
  let started = performance.now();
  let messages = 0;
  for (const file of files) {
    const result = await readFile(file);
    if (result.success && result.data.type === 'mailbox') messages += result.data.messages.length;
  }
  const readSeconds = (performance.now() - started) / 1000;
  // The same messages through mailparser alone (the reader before the simple-message fast path).
  started = performance.now();
  for (const file of files) for (const raw of splitMbox(readFileSync(file))) await parseWithMailparser(raw);
  const mailparserSeconds = (performance.now() - started) / 1000;
  const index = await openIndex(join(work, 'enron.db'));
  const rssBefore = process.memoryUsage().rss;
  started = performance.now();
  const summary = await indexPaths(index, files, { owner: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  started = performance.now();
  const again = await indexPaths(index, files, { owner: 'bench' });
  const rerunSeconds = (performance.now() - started) / 1000;
  await index.close();
  return {
    files: files.length,
    messages,
    chunks: summary.chunks,
    errors: summary.errors.length,
    seconds,
    messagesPerSecond: messages / seconds,
    readOnlySeconds: readSeconds,
    readOnlyMessagesPerSecond: messages / readSeconds,
    mailparserOnlySeconds: mailparserSeconds,
    peakRssMiB: mb(peakRss),
    rssBeforeMiB: mb(rssBefore),
    unchangedRerunSeconds: rerunSeconds,
    unchangedSkipped: again.skipped,
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'pel',
  'dri',
  'no',
  'su',
  'gar',
  'bex',
  'tin',
  'mor',
  'ali',
  'quo',
  'zen',
  'fa',
  'rum',
  'het',
];

async function benchSearch(work: string) {
  const words = vocabulary(30_000, SYLLABLES);
  const next = random(42);
  const sample = zipfSampler(words.length, next);
  const docs: { title: string; text: string }[] = [];
  for (let i = 0; i < CHUNKS; i++) {
    const length = 40 + Math.floor(next() * 120);
    const body: string[] = [];
    for (let w = 0; w < length; w++) body.push(words[sample()]!);
    docs.push({ title: `${words[sample()]} ${words[sample()]} ${words[sample()]}`, text: body.join(' ') });
  }
  // Queries: 2-4 words, drawn from the same distribution (as users type), so some are common.
  const queries: string[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const count = 2 + Math.floor(next() * 3);
    queries.push(
      Array.from({ length: count }, () => words[Math.min(words.length - 1, 20 + sample())]!).join(' '),
    );
  }

  const index = await openIndex(join(work, 'synthetic.db'));
  let started = performance.now();
  const perFile = 1000;
  // Written as `officemate index` writes files it reads: in batches of up to BATCH_CHUNKS
  // chunks, one transaction each.
  let batch: FileWrite[] = [];
  let batchChunks = 0;
  const flush = async () => {
    if (batch.length > 0) await index.store.writeFiles(batch);
    batch = [];
    batchChunks = 0;
  };
  for (let start = 0; start < docs.length; start += perFile) {
    const drafts: ChunkDraft[] = docs.slice(start, start + perFile).map((doc, offset) => ({
      type: 'document',
      title: doc.title,
      text: doc.text,
      locator: { paragraph: start + offset + 1 },
      people: [],
    }));
    if (batchChunks > 0 && batchChunks + drafts.length > BATCH_CHUNKS) await flush();
    batch.push(
      fileWrite(
        {
          path: `/synthetic/file-${start / perFile}.md`,
          hash: String(start),
          size: 0,
          mtimeMs: 0,
          owner: 'bench',
          readers: ['bench'],
          indexedAt: new Date(0).toISOString(),
        },
        drafts,
      ),
    );
    batchChunks += drafts.length;
  }
  await flush();
  const buildSeconds = (performance.now() - started) / 1000;

  const measure = async (run: (query: string) => Promise<unknown> | unknown) => {
    for (const query of queries.slice(0, 20)) await run(query);
    const times: number[] = [];
    for (const query of queries) {
      const begin = performance.now();
      await run(query);
      times.push(performance.now() - begin);
    }
    times.sort((a, b) => a - b);
    return {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      mean: times.reduce((sum, time) => sum + time, 0) / times.length,
    };
  };
  const ours = await measure((query) => search(index, { query, k: 10, understand: false }));
  const oursNoFeedback = await measure((query) =>
    search(index, { query, k: 10, understand: false, feedback: false }),
  );
  const oursUnderstood = await measure((query) =>
    search(index, { query, k: 10, filters: { asUser: 'bench' } }),
  );
  await index.close();

  const fts = new Database(join(work, 'fts5.db'));
  fts.pragma('journal_mode = WAL');
  fts.exec("CREATE VIRTUAL TABLE docs USING fts5(title, text, tokenize='porter unicode61')");
  started = performance.now();
  const insert = fts.prepare('INSERT INTO docs (title, text) VALUES (?, ?)');
  fts.transaction(() => {
    for (const doc of docs) insert.run(doc.title, doc.text);
  })();
  const ftsBuildSeconds = (performance.now() - started) / 1000;
  const ftsQuery = fts.prepare(
    "SELECT rowid, bm25(docs, 2.0, 1.0) AS score, snippet(docs, 1, '', '', '…', 30) AS snippet FROM docs WHERE docs MATCH ? ORDER BY score LIMIT 10",
  );
  const ftsTimes = await measure((query) => ftsQuery.all(query.split(' ').join(' OR ')));
  fts.close();
  return {
    chunks: CHUNKS,
    queries: QUERIES,
    buildSeconds,
    ours,
    oursNoFeedback,
    oursUnderstood,
    ftsBuildSeconds,
    fts5: ftsTimes,
  };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'officemate-bench-ingest-'));
  try {
    const mail = process.env.OFFICEMATE_BENCH_SKIP_MAIL
      ? {
          files: 0,
          messages: 0,
          chunks: 0,
          errors: 0,
          seconds: 1,
          messagesPerSecond: 0,
          readOnlySeconds: 1,
          readOnlyMessagesPerSecond: 0,
          mailparserOnlySeconds: 1,
          peakRssMiB: 0,
          rssBeforeMiB: 0,
          unchangedRerunSeconds: 0,
          unchangedSkipped: 0,
        }
      : await benchEnron(work);
    const speed = await benchSearch(work);
    const f = (value: number, digits = 1) => value.toFixed(digits);
    console.log('### Ingest: Enron mailboxes');
    console.log('');
    console.log('| measure | value |');
    console.log('|---|---:|');
    console.log(`| mbox files / messages / chunks | ${mail.files} / ${mail.messages} / ${mail.chunks} |`);
    console.log(
      `| index (read, thread, chunk, analyse, write) | ${f(mail.seconds, 2)} s = **${f(mail.messagesPerSecond, 0)} messages/s** |`,
    );
    console.log(
      `| reading alone (formats layer, same messages) | ${f(mail.readOnlySeconds, 2)} s = ${f(mail.readOnlyMessagesPerSecond, 0)} messages/s |`,
    );
    console.log(
      `| reading with mailparser alone (no fast path, same messages) | ${f(mail.mailparserOnlySeconds, 2)} s = ${f(mail.messages / mail.mailparserOnlySeconds, 0)} messages/s |`,
    );
    console.log(`| indexing work beyond reading | ${f(mail.seconds - mail.readOnlySeconds, 2)} s |`);
    console.log(`| peak memory (RSS) | ${mail.peakRssMiB} MiB |`);
    console.log(
      `| second run, nothing changed | ${f(mail.unchangedRerunSeconds, 2)} s (${mail.unchangedSkipped} files skipped) |`,
    );
    console.log('');
    console.log(
      `### Search latency: synthetic corpus of ${speed.chunks.toLocaleString('en')} chunks, ${speed.queries} queries of 2-4 words, k=10`,
    );
    console.log('');
    console.log('| engine | build s | p50 ms | p95 ms | mean ms |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(
      `| officemate (BM25F + feedback, default) | ${f(speed.buildSeconds)} | ${f(speed.ours.p50, 2)} | ${f(speed.ours.p95, 2)} | ${f(speed.ours.mean, 2)} |`,
    );
    console.log(
      `| officemate, feedback off | | ${f(speed.oursNoFeedback.p50, 2)} | ${f(speed.oursNoFeedback.p95, 2)} | ${f(speed.oursNoFeedback.mean, 2)} |`,
    );
    console.log(
      `| officemate, query understanding + reader filter | | ${f(speed.oursUnderstood.p50, 2)} | ${f(speed.oursUnderstood.p95, 2)} | ${f(speed.oursUnderstood.mean, 2)} |`,
    );
    console.log(
      `| SQLite FTS5 bm25 (peer) | ${f(speed.ftsBuildSeconds)} | ${f(speed.fts5.p50, 2)} | ${f(speed.fts5.p95, 2)} | ${f(speed.fts5.mean, 2)} |`,
    );
    console.log('');
    console.log(
      `Targets: at least 1,000 messages/s (measured ${f(mail.messagesPerSecond, 0)}); p95 under 50 ms at 100,000 chunks (measured ${f(speed.ours.p95, 1)} ms).`,
    );
    mkdirSync(join(here, 'out'), { recursive: true });
    writeFileSync(join(here, 'out', 'ingest.json'), JSON.stringify({ mail, search: speed }, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
