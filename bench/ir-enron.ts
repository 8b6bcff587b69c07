/**
 * A second tuning collection of long documents for bench/ir.ts and bench/ir-tune.ts: known-item
 * search by subject over the longer messages of the corpus's Enron mailboxes
 * (../shared/corpus/email/enron; neither IR check collection, LISA or TIME, is read). The
 * collection `qmsum` (bench/ir-qmsum.ts) is meeting talk with 80 queries; this one is written
 * prose (memos, reports, forwarded newsletters, long replies), so that a choice about long
 * documents rests on two kinds of text:
 *
 * - documents: each distinct message of at least MIN_WORDS words, read by the product's mail
 *   reader, its own text followed by the text it quotes or forwards (the whole message as it
 *   was written), lines kept as written, without any `Subject:` line (a quoted or forwarded
 *   header would hold the query itself); no title. A message found in several folders, or
 *   twice in one, is one document (the first in path order).
 * - queries: each subject of those documents, `RE:`/`FW:` prefixes removed, as written, when it
 *   has at least MIN_TERMS content terms (after the product's stop words) and at most
 *   MAX_GROUP documents carry it (more means a recurring subject such as a daily report, not
 *   one conversation).
 * - judgments: every document carrying the subject (the message and its replies or forwards
 *   among the documents), grade 1; unjudged documents count as not relevant.
 *
 * Relevant documents are drawn from the collection as it is, so their lengths are distributed
 * as everyone's (no length is favoured by the way queries are chosen). Deterministic: the same
 * files give the same collection byte for byte.
 *
 *   node bin/run-ts.js bench/ir-enron.ts [OUT_DIR]   (default bench/out/ir/enron)
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from '../src/formats/read-file.ts';
import { analyzeQuery } from '../src/index/analyze.ts';
import { type Collection, writeCollection } from './ir-qmsum.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = process.env.ENRON_DIR ?? join(here, '..', '..', 'shared', 'corpus', 'email', 'enron');
export const ENRON_COLLECTION = join(here, 'out', 'ir', 'enron');
/** A document has at least this many words (the tuning abstracts run from 50 to 250). */
export const MIN_WORDS = 200;
/** A subject is a query when it has this many content terms or more. */
const MIN_TERMS = 2;
/** … and at most this many documents carry it. */
const MAX_GROUP = 5;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A subject without its reply and forward prefixes, as written. */
export function bareSubject(subject: string): string {
  let rest = subject.trim();
  for (;;) {
    const next = rest.replace(/^(?:re|fw|fwd)\s*:\s*/i, '');
    if (next === rest) return rest;
    rest = next;
  }
}

/** A message's text and what it quotes or forwards, without `Subject:` lines or blank lines. */
export function messageText(text: string, quoted: string | undefined): string {
  return [text, quoted ?? '']
    .join('\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && !/^subject\s*:/i.test(line))
    .join('\n');
}

/** The mbox files under `folder`, in path order. */
function mailboxes(folder: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...mailboxes(path));
    else if (name.endsWith('.mbox')) files.push(path);
  }
  return files;
}

export async function buildCollection(folder = SOURCE): Promise<Collection> {
  const docs: { id: string; subject: string; text: string }[] = [];
  const bodies = new Set<string>();
  for (const path of mailboxes(folder)) {
    const read = await readFile(path);
    if (!read.success || read.data.type !== 'mailbox') continue;
    const box = path.slice(folder.length + 1).replace(/\.mbox$/, '');
    for (const [position, message] of read.data.messages.entries()) {
      const text = messageText(message.text, message.quoted);
      const key = text.toLowerCase();
      if (words(text) < MIN_WORDS || bodies.has(key)) continue;
      bodies.add(key);
      docs.push({ id: `${box}/${position + 1}`, subject: bareSubject(message.subject), text });
    }
  }
  const groups = new Map<string, { subject: string; docs: string[] }>();
  for (const doc of docs) {
    const key = doc.subject.toLowerCase().replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { subject: doc.subject, docs: [] };
    group.docs.push(doc.id);
    groups.set(key, group);
  }
  const collection: Collection = {
    docs: docs.map((doc) => ({ id: doc.id, title: '', text: doc.text })),
    queries: [],
    qrels: [],
  };
  let number = 0;
  for (const group of groups.values()) {
    if (group.docs.length > MAX_GROUP || analyzeQuery(group.subject).length < MIN_TERMS) continue;
    const id = `q${++number}`;
    collection.queries.push({ id, text: group.subject });
    for (const doc of group.docs) collection.qrels.push({ query: id, doc, grade: 1 });
  }
  return collection;
}

/** Builds the collection into `out` (bench/ir-harness.ts calls this before each run). */
export async function ensureEnronCollection(out = ENRON_COLLECTION): Promise<string> {
  writeCollection(await buildCollection(), out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? ENRON_COLLECTION;
  const collection = await buildCollection();
  writeCollection(collection, out);
  const lengths = collection.docs.map((doc) => words(doc.text)).sort((a, b) => a - b);
  const judged = new Set(collection.qrels.map((j) => j.doc));
  const judgedLengths = lengths.length
    ? collection.docs
        .filter((doc) => judged.has(doc.id))
        .map((doc) => words(doc.text))
        .sort((a, b) => a - b)
    : [];
  console.log(
    `${out}: ${collection.docs.length} documents (words: median ${lengths[lengths.length >> 1]}, ` +
      `max ${lengths.at(-1)}; ${lengths.filter((n) => n > 300).length} over 300), ` +
      `${collection.queries.length} queries, ${collection.qrels.length} judgments ` +
      `(judged documents: median ${judgedLengths[judgedLengths.length >> 1]} words)`,
  );
}
