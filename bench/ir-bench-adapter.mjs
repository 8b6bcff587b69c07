// Officemate's search as an engine for ../shared/tools/ir-bench (`--engine-module`).
// Run the harness under tsx so this module can load our TypeScript:
//   node --import tsx run.mjs --collection DIR --engine-module /path/to/bench/ir-bench-adapter.mjs
// Each document becomes one chunk (title: first line, body: the rest) in a fresh SQLite index
// in memory; queries go through the same `search()` the CLI uses, with query understanding
// off (test queries are plain text). OFFICEMATE_RANK='{"k1":1.1,...}' overrides parameters.

import { writeChunks } from '../src/index/index-paths.ts';
import { openIndex } from '../src/index/open-index.ts';
import { DEFAULT_RANK_PARAMS } from '../src/index/rank.ts';
import { search } from '../src/index/search.ts';

const params = {
  ...DEFAULT_RANK_PARAMS,
  ...(process.env.OFFICEMATE_RANK ? JSON.parse(process.env.OFFICEMATE_RANK) : {}),
};

function draft(doc) {
  const content = String(doc.content ?? '');
  const newline = content.indexOf('\n');
  const title = newline > 0 ? content.slice(0, newline) : '';
  const body = newline > 0 ? content.slice(newline + 1) : content;
  return { type: 'document', title, text: body, locator: { line: 1 }, people: [], data: { docId: doc.id } };
}

function makeAdapter(name, overrides) {
  const rank = { ...params, ...overrides };
  return {
    name,
    pkg: undefined,
    note: `officemate search: BM25F (k1=${rank.k1}, body b=${rank.bodyB}, title x${rank.titleWeight}) + feedback (${rank.feedbackDocs} docs, ${rank.feedbackTerms} terms, ${rank.feedbackWeight})`,
    async build(docs) {
      const index = await openIndex(':memory:');
      const byChunk = new Map();
      const size = 200;
      for (let start = 0; start < docs.length; start += size) {
        const slice = docs.slice(start, start + size);
        const ids = await writeChunks(
          index.store,
          {
            path: `/collection/part-${start / size}`,
            hash: String(start),
            size: 0,
            mtimeMs: 0,
            owner: 'bench',
            readers: ['*'],
            indexedAt: new Date(0).toISOString(),
          },
          slice.map(draft),
        );
        for (const [position, id] of ids.entries()) byChunk.set(id, slice[position].id);
      }
      return { index, byChunk };
    },
    async search(state, query, k) {
      const response = await search(state.index, { query, k, understand: false }, rank);
      return response.results.map((hit) => ({ id: state.byChunk.get(hit.chunkId), score: hit.score }));
    },
  };
}

export default [makeAdapter('officemate', {}), makeAdapter('officemate-nofb', { feedbackTerms: 0 })];
