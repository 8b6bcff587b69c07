// Grid search of ranking parameters on Cranfield and ADI (not committed).
import { loadCollection } from '/tmp/ir-bench/lib/data.mjs';
import { evaluateRun } from '/tmp/ir-bench/lib/metrics.mjs';
import adapters from '/work/main/bench/ir-bench-adapter.mjs';
import { DEFAULT_RANK_PARAMS } from '/work/main/src/index/rank.ts';
import { search } from '/work/main/src/index/search.ts';

const cols = ['cranfield', 'adi'].map((name) => loadCollection(`/work/shared/corpus/ir/${name}`));
const base = adapters[0];
const states = [];
for (const col of cols) {
  const docs = col.docs.map((d) => ({ id: d.id, content: d.title ? `${d.title}\n${d.text}` : d.text }));
  states.push(await base.build(docs));
}
const grid = JSON.parse(process.argv[2]);
async function evalParams(p) {
  const out = [];
  for (const [i, col] of cols.entries()) {
    const run = new Map();
    for (const q of col.queries) {
      const r = await search(states[i].index, { query: q.text, k: 100, understand: false }, p);
      run.set(q.id, r.results.map((h) => ({ docid: String(states[i].byChunk.get(h.chunkId)), score: h.score })));
    }
    const ev = evaluateRun(col.qrels, run, { measures: ['ndcg_cut.10', 'map_cut.100', 'recall.100'], complete: true });
    out.push(ev.mean ?? ev);
  }
  return out;
}
for (const g of grid) {
  const p = { ...DEFAULT_RANK_PARAMS, ...g };
  const r = await evalParams(p);
  const fmt = (m) => JSON.stringify(m).slice(0, 200);
  console.log(JSON.stringify(g), '|', r.map(fmt).join(' | '));
}
