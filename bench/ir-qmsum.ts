/**
 * A tuning collection of long documents for bench/ir.ts and bench/ir-tune.ts, built from the
 * QMSum meetings of the tuning half only (../shared/corpus/meetings/qmsum/test, as
 * bench/qmsum.ts splits them; the val half is never read). The tuning collections Cranfield,
 * ADI and CACM are abstracts, nearly all one 300-word passage each, so they cannot choose how
 * a long document's passages and its whole-file score are put together; the check collection
 * TIME can, but is held out. This one can:
 *
 * - documents: each topic of a meeting's topic list (its annotated turn spans, in order), and
 *   each stretch of the meeting's turns that no topic covers, one "Speaker: words" line per
 *   turn, transcript markup such as `{vocalsound}` left out; no title (as TIME). A topic runs
 *   from 120 to 13,000 words, so most are several passages.
 * - queries: the meetings' specific queries (the general ones, "Summarize the meeting", have no
 *   span), as written.
 * - judgments, graded from the query's reference spans: 2 for the document holding most of the
 *   span's turns, 1 for any other holding at least a fifth of them; the rest unjudged, counted
 *   as not relevant. A query whose spans no document holds a fifth of is left out.
 *
 * The meetings of one series (ES2004a and ES2004d, TS3004a and TS3004d) discuss the same
 * product, so a query competes with topics of other meetings on the same subject.
 * Deterministic: the same files give the same collection byte for byte.
 *
 *   node bin/run-ts.js bench/ir-qmsum.ts [OUT_DIR]   (default bench/out/ir/qmsum)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QmsumSpan } from '../src/formats/transcript/read-qmsum.ts';
import { meetingsIn, QMSUM_HALVES } from './qmsum-meetings.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const QMSUM_COLLECTION = join(here, 'out', 'ir', 'qmsum');
/** A document judged relevant (grade 1) holds at least this share of the span's turns. */
const MIN_SHARE = 0.2;

type Doc = { id: string; title: string; text: string };
type Query = { id: string; text: string };
type Judgment = { query: string; doc: string; grade: number };
export type Collection = { docs: Doc[]; queries: Query[]; qrels: Judgment[] };

/** Transcript markup in braces ({disfmarker}, {vocalsound}, {gap}) is annotation, not speech. */
const spoken = (text: string) =>
  text
    .replace(/\{[a-z_]+\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const turnsOf = (spans: readonly QmsumSpan[], count: number): number[] => {
  const turns = new Set<number>();
  for (const span of spans)
    for (let turn = Math.max(0, span.start); turn <= Math.min(count - 1, span.end); turn++) turns.add(turn);
  return [...turns].sort((a, b) => a - b);
};

/** Maximal runs of turns in no topic, as turn lists. */
function uncovered(covered: ReadonlySet<number>, count: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let turn = 0; turn < count; turn++) {
    if (covered.has(turn)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(turn);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Grades of the documents (as turn sets) for one query's span turns: 2 the largest holder, 1 the others over MIN_SHARE. */
export function grade(span: readonly number[], docs: readonly (readonly number[])[]): number[] {
  const wanted = new Set(span);
  const held = docs.map((turns) => turns.filter((turn) => wanted.has(turn)).length);
  const most = Math.max(0, ...held);
  return held.map((count) => {
    if (span.length === 0 || count / span.length < MIN_SHARE) return 0;
    return count === most ? 2 : 1;
  });
}

/** The collection of one half's meetings (a folder under bench/qmsum-meetings.ts `QMSUM_DIR`; the tuning half's by default). */
export async function buildCollection(folder: string = QMSUM_HALVES.tuning): Promise<Collection> {
  const collection: Collection = { docs: [], queries: [], qrels: [] };
  for await (const { name, transcript, evaluation } of meetingsIn(folder)) {
    const meeting = name.replace(/\.json$/, '');
    const count = transcript.turns.length;
    const parts = evaluation.topics.map((topic) => turnsOf(topic.spans, count));
    const covered = new Set(parts.flat());
    parts.push(...uncovered(covered, count));
    const ids: string[] = [];
    for (const [position, turns] of parts.entries()) {
      const lines = turns
        .map((turn) => transcript.turns[turn]!)
        .map((turn) => ({ speaker: turn.speaker, words: spoken(turn.text) }))
        .filter((line) => line.words)
        .map((line) => `${line.speaker}: ${line.words}`);
      // A part with nothing spoken is no document (its id stays empty, so it is never judged).
      const id = lines.length > 0 ? `${meeting}-${position + 1}` : '';
      if (id) collection.docs.push({ id, title: '', text: lines.join('\n') });
      ids.push(id);
    }
    for (const [number, query] of evaluation.specific.entries()) {
      const grades = grade(turnsOf(query.spans, count), parts);
      const judged = grades
        .map((value, position) => ({ doc: ids[position]!, grade: value }))
        .filter((entry) => entry.grade > 0 && entry.doc);
      if (judged.length === 0) continue;
      const id = `${meeting}-q${number + 1}`;
      collection.queries.push({ id, text: query.query.trim() });
      for (const entry of judged) collection.qrels.push({ query: id, doc: entry.doc, grade: entry.grade });
    }
  }
  return collection;
}

/** Writes the collection in the harness's format (corpus.jsonl, queries.jsonl, qrels.tsv). */
export function writeCollection(collection: Collection, out: string): void {
  mkdirSync(out, { recursive: true });
  const jsonl = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
  writeFileSync(join(out, 'corpus.jsonl'), jsonl(collection.docs));
  writeFileSync(join(out, 'queries.jsonl'), jsonl(collection.queries));
  writeFileSync(
    join(out, 'qrels.tsv'),
    `query-id\tcorpus-id\tscore\n${collection.qrels.map((j) => `${j.query}\t${j.doc}\t${j.grade}`).join('\n')}\n`,
  );
}

/** Builds the collection into `out` (bench/ir-harness.ts calls this before each run). */
export async function ensureQmsumCollection(out = QMSUM_COLLECTION): Promise<string> {
  writeCollection(await buildCollection(), out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? QMSUM_COLLECTION;
  const collection = await buildCollection();
  writeCollection(collection, out);
  const words = collection.docs.map((doc) => doc.text.split(/\s+/).length).sort((a, b) => a - b);
  const grades = collection.qrels.reduce((n, j) => n + (j.grade === 2 ? 1 : 0), 0);
  console.log(
    `${out}: ${collection.docs.length} documents (words: median ${words[words.length >> 1]}, ` +
      `min ${words[0]}, max ${words.at(-1)}; ${words.filter((n) => n > 300).length} over 300), ` +
      `${collection.queries.length} queries, ${collection.qrels.length} judgments (${grades} of grade 2)`,
  );
}
