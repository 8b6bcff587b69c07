/**
 * How often ask's retrieval finds the passage a workspace question's answer is in: for every
 * answerable mail, document and chat question of the tuning sets (the dev set's tuning half,
 * the own set, the fresh batches named), the rank of the first passage from the gold file (and,
 * for mail, the gold message) among what `retrieve` returns for the question as ask asks it,
 * as recall at 8 (what ask reads), 20 and 50. Reads the index the workspace-qa bench builds
 * (run that first).
 *
 *   node bin/run-ts.js bench/ask-retrieval.ts [--batches f,g,k,l,m,n,p,q,r,s,t] [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { retrievalQuestion } from '../src/chat/retrieval-query.ts';
import { retrieve } from '../src/chat/retrieve.ts';
import { openIndex } from '../src/index/open-index.ts';
import type { SearchHit } from '../src/index/types.ts';
import { half, type WorkspaceQuestion } from './workspace-qa-scoring.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = process.env.OFFICEMATE_SHARED ?? join(here, '..', '..', 'shared');
const CORPUS = join(SHARED, 'corpus');
const DB = join(here, 'out', 'workspace-qa', 'index.db');

const { values: flags } = parseArgs({
  options: {
    batches: { type: 'string', default: 'f,g,k,l,m,n,p,q,r,s,t' },
    show: { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
  },
});

type Question = WorkspaceQuestion;

function read(path: string): Question[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);
}

const batches = new Set(flags.batches.split(','));
const questions = [
  ...read(join(SHARED, 'eval', 'workspace-qa', 'dev.jsonl')).filter((q) => half(q.id) === 'tune'),
  ...read(join(here, 'workspace-qa-own.jsonl')),
  ...read(join(here, 'workspace-qa-fresh.jsonl')).filter((q) => batches.has(q.id.split('-')[0] ?? '')),
].filter((q) => !q.no_answer && ['mail', 'document', 'chat'].includes(q.kind));

function isGold(hit: SearchHit, q: Question): boolean {
  if (relative(CORPUS, hit.path) !== q.source.file) return false;
  if (!q.source.message_id) return true;
  const locator = hit.locator as { messageId?: string };
  return locator.messageId === q.source.message_id.replace(/^<|>$/g, '');
}

const index = await openIndex(DB);
const ranks: { q: Question; rank: number }[] = [];
try {
  for (const q of questions) {
    const query = flags.raw ? q.question : retrievalQuestion(q.question);
    const { results } = await retrieve(index, query, {
      k: 50,
      now: new Date(q.now),
      filters: { asUser: q.as ?? 'bench' },
    });
    const rank = results.findIndex((hit) => isGold(hit, q));
    ranks.push({ q, rank: rank < 0 ? Number.POSITIVE_INFINITY : rank + 1 });
  }
} finally {
  await index.close();
}

const at = (n: number, group: typeof ranks) => group.filter((r) => r.rank <= n).length;
console.log('| kind | n | gold in top 8 | top 20 | top 50 |');
console.log('|---|---|---|---|---|');
for (const kind of ['mail', 'document', 'chat', 'all']) {
  const group = ranks.filter((r) => kind === 'all' || r.q.kind === kind);
  console.log(`| ${kind} | ${group.length} | ${at(8, group)} | ${at(20, group)} | ${at(50, group)} |`);
}
if (flags.show)
  for (const { q, rank } of ranks.filter((r) => r.rank > 8))
    console.log(`${q.id} rank ${rank === Number.POSITIVE_INFINITY ? '>50' : rank}: ${q.question}`);
