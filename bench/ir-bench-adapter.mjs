// Officemate's search as an engine for ../shared/tools/ir-bench (`--engine-module`).
// Run the harness under tsx so this module can load our TypeScript:
//   node --import tsx run.mjs --collection DIR --engine-module /path/to/bench/ir-bench-adapter.mjs
// The harness hands every engine one flat text per document: the collection's title, a line
// break and its text, or the text alone where the collection has no title (TIME). Each
// document reaches our engine as a file with those fields would: its title (where the
// collection has one) is the file's title, as a document's title property or heading is, and
// no other line becomes one; the text is read as lines (the collections' texts keep no blank
// lines, so a line is the smallest unit the chunker packs) and chunked by the same chunker as
// indexed files (sections of at most 300 words), one file per document in a fresh SQLite index
// in memory (so each passage's file is its document, for the ranking's document-level
// evidence). The title is told apart from the text by the collection's own corpus.jsonl, read
// from the folders in OFFICEMATE_IR_COLLECTIONS (bench/ir-harness.ts sets it); a document not
// found there gets no title. Queries go through the same `search()` the CLI uses, with query
// understanding off (test queries are plain text), and each document is scored from its
// passages (`aggregatePassages`). `officemate-whole` indexes every document as one chunk
// instead. OFFICEMATE_RANK='{"k1":1.1,...}' overrides ranking parameters,
// OFFICEMATE_CHUNK_WORDS the chunk size, OFFICEMATE_PASSAGE_DECAY the aggregation's decay,
// OFFICEMATE_SECOND_OWN (screening only) the weight of each document's second passage's own score.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregatePassages } from '../src/index/aggregate.ts';
import { chunkFile } from '../src/index/chunk-file.ts';
import { writeChunks } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { DEFAULT_RANK_PARAMS } from '../src/index/rank.ts';
import { search } from '../src/index/search.ts';

const params = {
  ...DEFAULT_RANK_PARAMS,
  ...(process.env.OFFICEMATE_RANK ? JSON.parse(process.env.OFFICEMATE_RANK) : {}),
};

/** Chunk size in words, as for indexed files; 0 keeps each document whole. */
const CHUNK_WORDS = Number(process.env.OFFICEMATE_CHUNK_WORDS ?? 300);
/**
 * Weight of each further passage of a document relative to the one before. 0 (the best
 * passage alone) was best on the tuning collections, with these chunks and with 60-word ones.
 */
const PASSAGE_DECAY = Number(process.env.OFFICEMATE_PASSAGE_DECAY ?? 0);
/**
 * Screening only: weight of a document's second passage's own score (without the document's
 * share, read from the same search with documentWeight 0) added to its best passage's score.
 */
const SECOND_OWN = Number(process.env.OFFICEMATE_SECOND_OWN ?? 0);

/**
 * Title and text of every document of the collections named in OFFICEMATE_IR_COLLECTIONS (a
 * JSON array of folders), keyed by the flat text the harness builds from them.
 */
function collectionFields() {
  const fields = new Map();
  for (const dir of JSON.parse(process.env.OFFICEMATE_IR_COLLECTIONS ?? '[]')) {
    for (const line of readFileSync(join(dir, 'corpus.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      const title = String(record.title ?? '');
      const text = String(record.text ?? '');
      fields.set(title ? `${title}\n${text}` : text, { title, body: text });
    }
  }
  return fields;
}

const FIELDS = collectionFields();
let unknown = 0;

/** The document's own title and text; a text the collections do not hold is all body. */
function split(doc) {
  const content = String(doc.content ?? '');
  const known = FIELDS.get(content);
  if (known) return known;
  if (unknown++ === 0)
    process.stderr.write(
      'ir-bench-adapter: a document is not in the collections of OFFICEMATE_IR_COLLECTIONS; it gets no title (run through bench/ir.ts or bench/ir-tune.ts)\n',
    );
  return { title: '', body: content };
}

function wholeDraft(doc) {
  const { title, body } = split(doc);
  return [{ type: 'document', title, text: body, locator: { line: 1 }, people: [], data: { docId: doc.id } }];
}

function chunkedDrafts(doc) {
  const { title, body } = split(doc);
  const blocks = body
    .split('\n')
    .map((line, index) => ({ kind: 'paragraph', text: line, locator: { paragraph: index + 1 } }));
  const parsed = { type: 'document', format: 'txt', metadata: { title }, blocks };
  const chunks = chunkFile(parsed, `/collection/${doc.id}.txt`, { maxWords: CHUNK_WORDS });
  // A document without a title keeps an empty one, as `wholeDraft` does, rather than its made-up file name.
  const drafts = chunks.map((chunk) => ({ ...chunk, title, data: { docId: doc.id } }));
  return drafts.length > 0 ? drafts : wholeDraft(doc);
}

/** A fresh in-memory index of `docs`, one file per document, and each chunk's document. */
async function buildIndex(docs, draft) {
  const index = await openIndex(':memory:');
  const byChunk = new Map();
  for (const [position, doc] of docs.entries()) {
    const ids = await writeChunks(
      index.store,
      {
        path: `/collection/${position}.txt`,
        hash: String(position),
        size: 0,
        mtimeMs: 0,
        owner: 'bench',
        readers: ['*'],
        indexedAt: new Date(0).toISOString(),
      },
      draft(doc),
    );
    for (const id of ids) byChunk.set(id, doc.id);
  }
  return { index, byChunk };
}

function makeAdapter(name, overrides, { whole = CHUNK_WORDS === 0 } = {}) {
  const rank = { ...params, ...overrides };
  const draft = whole ? wholeDraft : chunkedDrafts;
  return {
    name,
    pkg: undefined,
    note: `officemate search${whole ? ', one chunk per document' : `, chunks of ${CHUNK_WORDS} words, best passage per document, plus ${rank.documentWeight} x the document's score${rank.fileFieldWeight > 0 ? `, the rest of the document as a field at ${rank.fileFieldWeight}` : ''}`}: BM25F (k1=${rank.k1}, body b=${rank.bodyB}, title x${rank.titleWeight}) + feedback (${rank.feedbackDocs} ${rank.feedbackFileChunks > 0 ? `files, up to ${rank.feedbackFileChunks} passages each` : 'passages'}, ${rank.feedbackTerms} terms, ${rank.feedbackWeight}, less beyond ${rank.feedbackFullUpTo} query terms, docs weighted by ${rank.feedbackLikelihoodMu > 0 ? `query likelihood (mu=${rank.feedbackLikelihoodMu})` : 'score'})${rank.proximityWeight > 0 ? ` + term proximity (${rank.proximityWeight}, within ${rank.proximityWindow} words)` : ''}`,
    async build(docs) {
      return buildIndex(docs, draft);
    },
    async search(state, query, k) {
      // Several passages may come from one document: read deeper, then score documents.
      const depth = whole ? k : k * 3;
      const response = await search(state.index, { query, k: depth, understand: false }, rank);
      const passages = response.results.map((hit) => ({
        document: state.byChunk.get(hit.chunkId),
        score: hit.score,
      }));
      let documents = aggregatePassages(passages, PASSAGE_DECAY);
      if (SECOND_OWN > 0 && !whole) {
        const own = await search(
          state.index,
          { query, k: depth * 2, understand: false },
          { ...rank, documentWeight: 0 },
        );
        const ownScore = new Map(own.results.map((hit) => [hit.chunkId, hit.score]));
        const seconds = new Map();
        const firsts = new Set();
        for (const hit of response.results) {
          const document = state.byChunk.get(hit.chunkId);
          if (!firsts.has(document)) firsts.add(document);
          else if (!seconds.has(document)) seconds.set(document, ownScore.get(hit.chunkId) ?? 0);
        }
        documents = documents
          .map((doc) => ({ ...doc, score: doc.score + SECOND_OWN * (seconds.get(doc.document) ?? 0) }))
          .sort((a, b) => b.score - a.score);
      }
      return documents.slice(0, k).map((doc) => ({ id: doc.document, score: doc.score }));
    },
  };
}

export default [
  makeAdapter('officemate', {}),
  makeAdapter('officemate-nofb', { feedbackTerms: 0 }),
  makeAdapter('officemate-whole', {}, { whole: true }),
];
