/**
 * Chinese (and Japanese) retrieval beside SQLite FTS5, on the office files of
 * ../shared/corpus that hold CJK text (there is no Chinese IR collection in the corpus).
 * Every chunk of those files, and of the corpus's text-heavy English Word files as
 * distractors, is one passage. Queries: from each CJK sentence, the middle four characters of
 * its longest CJK run (its key phrase); relevant = every passage containing that phrase.
 * Each query is run as written and converted to the other script (Simplified ↔ Traditional,
 * OpenCC), with the same judgments. Engines: Officemate's search, FTS5 `trigram` (phrase
 * query) and FTS5 `unicode61` (phrase query). Metrics as in bench/ir.ts (trec_eval semantics,
 * via ../shared/tools/ir-bench/lib/metrics.mjs). Prints a markdown table; writes
 * bench/out/chinese.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { readFile } from '../src/formats/read-file.ts';
import { chunkFile } from '../src/index/chunk-file.ts';
import { writeChunks } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { search } from '../src/index/search.ts';
import type { ChunkDraft } from '../src/index/types.ts';
import { splitSentences } from '../src/lib/text/sentences.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const office = join(shared, 'corpus', 'office');
const require = createRequire(import.meta.url);
const opencc = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
const toSimplified = opencc.Converter({ from: 't', to: 'cn' });
const toTraditional = opencc.Converter({ from: 'cn', to: 't' });

const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const PHRASE = 4;
const K = 100;

type Manifest = Record<string, { file: string; category: string; features?: Record<string, unknown> }[]>;
type Passage = { readonly id: string; readonly draft: ChunkDraft; readonly text: string };
type Query = { readonly id: string; readonly text: string };
type Ranked = { docid: string; score: number }[];

function corpusFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(office, 'manifest.json'), 'utf8')) as Manifest;
  const out: string[] = [];
  for (const [folder, files] of Object.entries(manifest))
    for (const file of files)
      if (Number(file.features?.cjk ?? 0) > 0 || (folder === 'docx' && file.category === 'realistic'))
        out.push(join(office, folder, file.file));
  return out.sort();
}

async function passages(): Promise<Passage[]> {
  const out: Passage[] = [];
  for (const path of corpusFiles()) {
    const parsed = await readFile(path);
    if (!parsed.success) continue;
    for (const draft of chunkFile(parsed.data, path))
      out.push({ id: String(out.length + 1), draft, text: `${draft.title}\n${draft.text}` });
  }
  return out;
}

const fold = (text: string) => toSimplified(text.normalize('NFKC'));

/** Queries and their judgments (every passage holding the phrase, compared in Simplified form). */
function makeQueries(docs: readonly Passage[]) {
  const folded = docs.map((doc) => fold(doc.text));
  const phrases = new Set<string>();
  for (const doc of docs)
    for (const sentence of splitSentences(doc.draft.text)) {
      const runs = [...sentence.text.matchAll(CJK_RUN)].map((match) => match[0]);
      const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length < PHRASE + 2) continue;
      const start = Math.floor((longest.length - PHRASE) / 2);
      phrases.add(longest.slice(start, start + PHRASE));
    }
  const queries: Query[] = [];
  const converted: Query[] = [];
  const qrels = new Map<string, Map<string, number>>();
  for (const phrase of [...phrases].sort()) {
    const key = fold(phrase);
    const relevant = new Map<string, number>();
    folded.forEach((text, i) => {
      if (text.includes(key)) relevant.set(docs[i]!.id, 1);
    });
    if (relevant.size === 0) continue;
    const id = String(queries.length + 1);
    queries.push({ id, text: phrase });
    const other = toSimplified(phrase) === phrase ? toTraditional(phrase) : toSimplified(phrase);
    converted.push({ id, text: other });
    qrels.set(id, relevant);
  }
  return { queries, converted, qrels };
}

async function officemate(docs: readonly Passage[]) {
  const index = await openIndex(':memory:');
  const ids = await writeChunks(
    index.store,
    {
      path: '/bench/chinese',
      hash: '1',
      size: 0,
      mtimeMs: 0,
      owner: 'bench',
      readers: ['*'],
      indexedAt: new Date(0).toISOString(),
    },
    docs.map((doc) => doc.draft),
  );
  const byChunk = new Map(ids.map((id, i) => [id, docs[i]!.id]));
  return {
    async run(query: string): Promise<Ranked> {
      const { results } = await search(index, { query, k: K, understand: false });
      return results.map((hit) => ({ docid: byChunk.get(hit.chunkId)!, score: hit.score }));
    },
    close: () => index.close(),
  };
}

function fts5(docs: readonly Passage[], tokenizer: 'trigram' | 'unicode61') {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(doc UNINDEXED, body, tokenize='${tokenizer}')`);
  const insert = db.prepare('INSERT INTO t (doc, body) VALUES (?, ?)');
  db.transaction(() => {
    for (const doc of docs) insert.run(doc.id, doc.text);
  })();
  const select = db.prepare(`SELECT doc, bm25(t) AS s FROM t WHERE t MATCH ? ORDER BY s LIMIT ${K}`);
  return {
    async run(query: string): Promise<Ranked> {
      const phrase = `"${query.replace(/"/g, '""')}"`;
      try {
        return (select.all(phrase) as { doc: string; s: number }[]).map((row) => ({
          docid: row.doc,
          score: -row.s,
        }));
      } catch {
        return [];
      }
    },
    close: async () => db.close(),
  };
}

async function main(): Promise<void> {
  const metricsPath = join(shared, 'tools', 'ir-bench', 'lib', 'metrics.mjs');
  const { evaluateRun } = (await import(pathToFileURL(metricsPath).href)) as {
    evaluateRun(
      qrels: Map<string, Map<string, number>>,
      run: Map<string, Ranked>,
      opts: { measures: string[]; complete: boolean },
    ): { mean: Record<string, number> };
  };
  const docs = await passages();
  const { queries, converted, qrels } = makeQueries(docs);
  const engines = {
    officemate: () => officemate(docs),
    'fts5 trigram': async () => fts5(docs, 'trigram'),
    'fts5 unicode61': async () => fts5(docs, 'unicode61'),
  };
  const lines = [
    `${docs.length} passages, ${queries.length} queries (four-character key phrases of CJK sentences).`,
    '',
    '| engine | queries | nDCG@10 | MAP@100 | R@100 |',
    '|---|---|---:|---:|---:|',
  ];
  const out: Record<string, Record<string, Record<string, number>>> = {};
  for (const [name, make] of Object.entries(engines)) {
    const engine = await make();
    const figures: Record<string, Record<string, number>> = {};
    out[name] = figures;
    for (const [label, set] of [
      ['as written', queries],
      ['other script', converted],
    ] as const) {
      const run = new Map<string, Ranked>();
      for (const query of set) run.set(query.id, await engine.run(query.text));
      const { mean } = evaluateRun(qrels, run, {
        measures: ['ndcg_cut.10', 'map_cut.100', 'recall.100'],
        complete: true,
      });
      figures[label] = mean;
      lines.push(
        `| ${name} | ${label} | ${mean['ndcg_cut.10']!.toFixed(4)} | ${mean['map_cut.100']!.toFixed(4)} | ${mean['recall.100']!.toFixed(4)} |`,
      );
    }
    await engine.close();
  }
  console.log(lines.join('\n'));
  mkdirSync(join(here, 'out'), { recursive: true });
  writeFileSync(
    join(here, 'out', 'chinese.json'),
    JSON.stringify({ passages: docs.length, queries: queries.length, engines: out }, null, 2),
  );
}

await main();
